import { describe, expect, it } from 'vitest'
import { findMoney } from '../../../src/extract/normalize/index.js'

const moneyIn = (text: string) => findMoney(text).map((m) => [m.text, m.money])

describe('findMoney', () => {
  it("reads 'over a billion-dollar investment' as USD 1e9, qualifier over", () => {
    expect(moneyIn('Zorvath Capital plans over a billion-dollar investment in Qaratau.')).toEqual([
      ['over a billion-dollar', { value: 1e9, currency: 'USD', qualifier: 'over' }],
    ])
  })

  it.each([
    ['$1.1 billion', 1.1e9, 'USD'],
    ['USD 900 million', 9e8, 'USD'],
    ['USD $900 million', 9e8, 'USD'],
    ['US$2.5bn', 2.5e9, 'USD'],
    ['€12 billion', 12e9, 'EUR'],
    ['€2bn', 2e9, 'EUR'],
    ['£40m', 4e7, 'GBP'],
    ['1.5 billion yuan', 1.5e9, 'CNY'],
    ['7.7 billion tenge', 7.7e9, 'KZT'],
    ['9.4 billion tenge', 9.4e9, 'KZT'],
    ['KZT 7.7bn', 7.7e9, 'KZT'],
    ['50 million rubles', 5e7, 'RUB'],
    ['$40-million', 4e7, 'USD'],
  ])('reads %s exactly as %d %s', (amount, value, currency) => {
    const text = `Zorvath Capital committed ${amount} to the Qaratau project.`
    expect(moneyIn(text)).toEqual([[amount, { value, currency, qualifier: 'exact' }]])
  })

  it.each([
    ['about', 'approx'],
    ['around', 'approx'],
    ['approximately', 'approx'],
    ['nearly', 'approx'],
    ['almost', 'approx'],
    ['roughly', 'approx'],
    ['an estimated', 'approx'],
    ['estimated at', 'approx'],
    ['more than', 'over'],
    ['over', 'over'],
    ['exceeding', 'over'],
    ['surpassed', 'over'],
    ['up to', 'up-to'],
  ])("reads '%s $1.3 billion' with qualifier %s", (word, qualifier) => {
    const [match] = findMoney(`The Qaratau project cost ${word} $1.3 billion last year.`)
    expect(match?.text).toBe(`${word} $1.3 billion`)
    expect(match?.money).toEqual({ value: 1.3e9, currency: 'USD', qualifier })
  })

  it('reads a range as its low end, qualifier over, and keeps both ends', () => {
    const [match] = findMoney('Zorvath will spend $1-2 billion on Qaratau.')
    expect(match?.money).toEqual({ value: 1e9, currency: 'USD', qualifier: 'over' })
    expect(match?.range).toEqual({ low: 1e9, high: 2e9 })
  })

  it('ignores numbers with no currency, lowercase codes and weights in pounds', () => {
    expect(
      findMoney('The Qaratau mine holds 5,000 tonnes; try 5 million; 40 million pounds of U3O8.'),
    ).toEqual([])
    expect(findMoney('A billion people watched.')).toEqual([])
  })

  it('searches only the window and reports offsets into the whole text', () => {
    const text = 'Zorvath paid $5 million. Qaratau got €7m.'
    const found = findMoney(text, 25)
    expect(found.map((m) => m.text)).toEqual(['€7m'])
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('€7m')
  })
})
