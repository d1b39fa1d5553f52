import { describe, expect, it } from 'vitest'
import { findPercents, findQuantities } from '../../../src/extract/normalize/index.js'

const quantityIn = (text: string) => {
  const [match] = findQuantities(text)
  return match && { text: match.text, ...match.quantity, material: match.material }
}

describe('findQuantities', () => {
  it.each([
    ['5,000 tonnes', 5000, 't'],
    ['2,000 tonnes a year', 2000, 't/yr'],
    ['2,000 tonnes per year', 2000, 't/yr'],
    ['2,000 t/yr', 2000, 't/yr'],
    ['2,000 tpa', 2000, 't/yr'],
    ['1.5 million tonnes of ore a year', 1.5e6, 't ore/yr'],
    ['410,000 tonnes of WO3', 410000, 't WO3'],
    ['410,000 t WO3', 410000, 't WO3'],
    ['142 kt WO3', 142000, 't WO3'],
    ['142,000 tonnes of tungsten trioxide (WO3)', 142000, 't WO3'],
    ['23,000 tU', 23000, 't'],
    ['23,000 tonnes of uranium', 23000, 't'],
    ['300 kt/yr', 300000, 't/yr'],
    ['20 Mt', 2e7, 't'],
    ['153 million tonnes of iron ore', 1.53e8, 't'],
    ['5,000 tonnes of tungsten a year', 5000, 't/yr'],
    ['4,000 tonnes a year of separated rare-earth oxides', 4000, 't/yr'],
  ])('reads %s as %d %s', (quantity, value, unit) => {
    expect(quantityIn(`The Qaratau deposit reports ${quantity}, Zorvath said.`)).toMatchObject({
      text: quantity,
      value,
      unit,
    })
  })

  it('names the material after "of", or the one a unit implies', () => {
    expect(quantityIn('Qaratau holds 3,100 tonnes of antimony metal.')?.material).toBe(
      'antimony metal',
    )
    expect(quantityIn('Qaratau holds 33,000 tU of reserves.')?.material).toBe('uranium')
  })

  it('keeps the qualifier and reads "mt" as metric tonnes, not millions', () => {
    const [match] = findQuantities(
      'Qaratau holds an estimated 172,000 tonnes of WO3; and 5 mt of copper.',
    )
    expect(match?.qualifier).toBe('approx')
    expect(findQuantities('5 mt of copper')[0]?.quantity).toEqual({ value: 5, unit: 't' })
  })

  it('does not read years or bare numbers as quantities', () => {
    expect(findQuantities('From 2025 to 2027 Zorvath hired 1,100 people.')).toEqual([])
  })
})

describe('findPercents', () => {
  it("reads 'a 70% stake' as 70, a stake", () => {
    expect(findPercents('Zorvath Capital took a 70% stake in Qaratau.')).toEqual([
      { start: 23, end: 26, text: '70%', value: 70, qualifier: 'exact', isStake: true },
    ])
  })

  it("reads '49.979 percent' and '30 per cent' with their values", () => {
    const found = findPercents(
      'Zorvath sold 49.979 percent of Qaratau and kept 30 per cent of the mill.',
    )
    expect(found.map((p) => [p.text, p.value, p.isStake])).toEqual([
      ['49.979 percent', 49.979, false],
      ['30 per cent', 30, false],
    ])
  })

  it('keeps a qualifier: "about 40% of world output" is approx', () => {
    expect(findPercents('Qaratau supplies about 40% of world output.')[0]).toMatchObject({
      text: 'about 40%',
      value: 40,
      qualifier: 'approx',
    })
  })
})
