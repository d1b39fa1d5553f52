import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

const resources = (text: string) => ofType(factsOf(text, { Qaratau: 'place' }), 'resource')

describe('resources', () => {
  it('reads what a deposit holds as a resource', () => {
    const [fact] = resources(
      'The Qaratau deposit holds an estimated 800,000 tonnes of rare earth oxides.',
    )
    expect(fact).toMatchObject({
      holder: 'place:qaratau',
      mineral: 'mineral:rare-earths',
      quantity: { value: 800_000, unit: 't' },
      kind: 'resource',
    })
  })

  it('reads "has reserves of" for a country as a reserve', () => {
    const [fact] = resources('Tajikistan has reserves of 3,500 tonnes of uranium.')
    expect(fact).toMatchObject({
      holder: 'country:TJ',
      mineral: 'mineral:uranium',
      quantity: { value: 3500, unit: 't' },
      kind: 'reserve',
    })
  })

  it('reads "resources at X are estimated at" with X as the holder', () => {
    const [fact] = resources(
      'Resources at the Qaratau deposit are estimated at about 153 million tonnes of iron ore.',
    )
    expect(fact).toMatchObject({
      holder: 'place:qaratau',
      mineral: 'mineral:iron-ore',
      quantity: { value: 153_000_000, unit: 't' },
      kind: 'resource',
    })
  })

  it('makes no resource of an estimate in money', () => {
    const text = 'The Qaratau tungsten project is estimated at $800 million.'
    expect(resources(text)).toEqual([])
  })

  it('reads "estimates put reserves at" as a reserve', () => {
    const [fact] = resources('Soviet-era estimates put reserves at 60,000 tonnes of tungsten.')
    expect(fact).toMatchObject({
      mineral: 'mineral:tungsten',
      quantity: { value: 60_000, unit: 't' },
      kind: 'reserve',
    })
  })

  it('reads a design output as capacity', () => {
    const [fact] = resources(
      'The Qaratau plant is designed to produce 7,000 tonnes a year of tungsten.',
    )
    expect(fact).toMatchObject({ holder: 'place:qaratau', kind: 'capacity' })
  })

  it('takes the site of the sentence before for "the mine\'s reserves"', () => {
    const [fact] = resources(
      "The Qaratau mine opened in 2010. The mine's reserves stand at 147 tonnes of gold.",
    )
    expect(fact).toMatchObject({
      holder: 'place:qaratau',
      mineral: 'mineral:gold',
      quantity: { value: 147, unit: 't' },
      kind: 'reserve',
    })
  })

  it('makes no resource of exported tonnes', () => {
    expect(resources('Qaratau exported an estimated 3,000 tonnes of tungsten.')).toEqual([])
  })
})
