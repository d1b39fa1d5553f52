import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

const statementsOf = (text: string, invented: Parameters<typeof factsOf>[1] = {}) =>
  ofType(factsOf(text, invented), 'statement')

describe('pronoun attribution', () => {
  it('gives "she said" to the person named in the paragraph before, and keeps her for the next quote', () => {
    const text =
      'Mara Lind, an analyst at Zorvath Metrics in Qaratau, said buyers had changed.\n\n“Nobody asked about antimony five years ago,” she said. “Now the calls come every week.”'
    const found = statementsOf(text, { 'Mara Lind': 'person', 'Zorvath Metrics': 'organization' })
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ['person:mara-lind', 'Nobody asked about antimony five years ago,'],
      ['person:mara-lind', 'Now the calls come every week.'],
    ])
  })

  it('reads "he told reporters" the same way', () => {
    const text =
      'Tobin Carrow spoke after the vote.\n\n“We will not sell the mine,” he told reporters.'
    expect(statementsOf(text, { 'Tobin Carrow': 'person' })[0]?.speaker).toBe('person:tobin-carrow')
  })

  it('skips a person named only inside an earlier quote', () => {
    const text =
      'The committee met on Monday.\n\n“Tobin Carrow was right,” a delegate said.\n\n“The price is too low,” she said.'
    expect(statementsOf(text, { 'Tobin Carrow': 'person' })).toEqual([])
  })

  it('makes nothing of "she said" when no person is in range', () => {
    const text =
      'Mara Lind opened the forum.\n\nThe talks went on.\n\nPrices fell.\n\nBuyers waited.\n\n“We are ready,” she said.'
    expect(statementsOf(text, { 'Mara Lind': 'person' })).toEqual([])
  })

  it('gives "the analyst said" to the last person whose role holds "analyst"', () => {
    const text =
      'Mara Lind, an analyst at Zorvath Metrics, spoke at the forum. Deputy Minister Tobin Carrow also attended.\n\n“The ore is not the problem,” the analyst said.'
    const found = statementsOf(text, { 'Zorvath Metrics': 'organization' })
    expect(found.map((s) => s.speaker)).toEqual(['person:mara-lind'])
  })

  it('makes nothing of "the company said" when no person holds that role', () => {
    const text =
      'Mara Lind, an analyst at Zorvath Metrics, spoke at the forum.\n\n“Output will double,” the company said.'
    expect(statementsOf(text, { 'Zorvath Metrics': 'organization' })).toEqual([])
  })
})
