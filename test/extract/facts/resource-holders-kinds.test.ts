import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

const site = { Korvath: 'place', 'Zorvath Mining': 'organization' } as const

describe('resource holders and kinds follow the words', () => {
  it('keeps capacity for a capacity verb when the clause also names reserves', () => {
    const text =
      'The Korvath tungsten mine, which has reserves of 38,000 tonnes, will have capacity to process 5,000 tonnes of ore a year.'
    const facts = ofType(factsOf(text, site), 'resource')
    expect(facts.map((f) => [f.quantity?.value, f.kind])).toEqual([
      [38000, 'reserve'],
      [5000, 'capacity'],
    ])
    expect(facts.every((f) => f.holder === 'place:korvath')).toBe(true)
  })

  it('gives a number after "produced" to the output, not to reserves named before', () => {
    const text =
      'With proven reserves at the site, the Korvath copper mine produced 12,000 tonnes of copper in 2024.'
    const facts = ofType(factsOf(text, site), 'resource')
    expect(facts).toHaveLength(1)
    expect(facts[0]).toMatchObject({ holder: 'place:korvath', kind: 'output' })
  })

  it('takes the site a plant is built at as the holder of its capacity', () => {
    for (const text of [
      'Zorvath Mining plans to build a plant at the Korvath tungsten deposit with capacity to process 5,000 tonnes of ore a year.',
      'Zorvath Mining will build a mill at the Korvath tungsten deposit, which will have capacity to process 5,000 tonnes of ore a year.',
    ]) {
      const facts = ofType(factsOf(text, site), 'resource')
      expect(facts).toHaveLength(1)
      expect(facts[0]).toMatchObject({ holder: 'place:korvath', kind: 'capacity' })
    }
  })

  it('reads "able to produce" and "designed to process" as capacity, "produced" as output', () => {
    const able = ofType(
      factsOf('The Korvath copper mine will be able to produce 40,000 tonnes a year.', site),
      'resource',
    )
    expect(able[0]?.kind).toBe('capacity')
    const produced = ofType(
      factsOf('The Korvath copper mine produced 40,000 tonnes of copper last year.', site),
      'resource',
    )
    expect(produced[0]?.kind).toBe('output')
  })

  it('does not make a site named only as where someone drills the holder of a region', () => {
    const text =
      'Zorvath Mining is drilling near the Korvath tungsten deposit, and the region holds 5,000 tonnes of tungsten.'
    const facts = ofType(factsOf(text, site), 'resource')
    expect(facts.every((f) => f.holder === undefined)).toBe(true)
  })
})
