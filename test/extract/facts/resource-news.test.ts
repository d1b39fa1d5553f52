import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

// Sentences shaped like mining and wire copy, with invented names only.
const NAMES = { Qaratau: 'place', Kestrel: 'place', 'Vell Minerals': 'organization' } as const

const resources = (text: string) => ofType(factsOf(text, NAMES), 'resource')
const one = (text: string) => {
  const facts = resources(text)
  expect(facts).toHaveLength(1)
  return facts[0]
}

describe('what a deposit holds', () => {
  it('reads "holds an estimated 1.2 million tonnes of"', () => {
    expect(
      one('The Qaratau deposit holds an estimated 1.2 million tonnes of copper.'),
    ).toMatchObject({
      holder: 'place:qaratau',
      mineral: 'mineral:copper',
      quantity: { value: 1_200_000, unit: 't' },
      kind: 'resource',
    })
  })

  it('reads "is estimated to contain"', () => {
    expect(
      one('The Kestrel field is estimated to contain about 40,000 tonnes of lithium.'),
    ).toMatchObject({
      holder: 'place:kestrel',
      mineral: 'mineral:lithium',
      quantity: { value: 40_000, unit: 't' },
      kind: 'resource',
    })
  })

  it('reads "reserves of X at Y are put at" with Y as the holder', () => {
    expect(one('Reserves of tungsten at Qaratau are put at 90,000 tonnes.')).toMatchObject({
      holder: 'place:qaratau',
      mineral: 'mineral:tungsten',
      quantity: { value: 90_000, unit: 't' },
      kind: 'reserve',
    })
  })

  it('reads "X\'s reserves of Y are put at"', () => {
    expect(one("Kazakhstan's reserves of chromium are put at 230 million tonnes.")).toMatchObject({
      holder: 'country:KZ',
      mineral: 'mineral:chromium',
      quantity: { value: 230_000_000, unit: 't' },
      kind: 'reserve',
    })
  })

  it('reads "proven reserves stand at"', () => {
    expect(one('Proven reserves at the Kestrel mine stand at 147 tonnes of gold.')).toMatchObject({
      holder: 'place:kestrel',
      mineral: 'mineral:gold',
      quantity: { value: 147, unit: 't' },
      kind: 'reserve',
    })
  })
})

describe('shares of the world', () => {
  it('reads "holds X% of the world\'s known reserves of"', () => {
    expect(
      one("Kazakhstan holds about 12% of the world's known reserves of uranium."),
    ).toMatchObject({
      holder: 'country:KZ',
      mineral: 'mineral:uranium',
      share_percent: 12,
      kind: 'reserve',
    })
  })

  it('reads "ranks second in the world with X% of global reserves"', () => {
    expect(
      one('Tajikistan ranks third in the world with 8% of global antimony reserves.'),
    ).toMatchObject({
      holder: 'country:TJ',
      mineral: 'mineral:antimony',
      share_percent: 8,
      kind: 'reserve',
    })
  })

  it('reads "accounts for X% of global output"', () => {
    expect(one('Kazakhstan accounts for 43% of global uranium output.')).toMatchObject({
      holder: 'country:KZ',
      mineral: 'mineral:uranium',
      share_percent: 43,
      kind: 'output',
    })
  })

  it('reads "a 20% share of world production"', () => {
    expect(one('Kyrgyzstan has a 20% share of world antimony production.')).toMatchObject({
      holder: 'country:KG',
      mineral: 'mineral:antimony',
      share_percent: 20,
      kind: 'output',
    })
  })
})

describe('output and capacity', () => {
  it('reads "the mine produced 2,300 tonnes of concentrate last year"', () => {
    expect(
      one('The Kestrel mine produced 2,300 tonnes of tungsten concentrate last year.'),
    ).toMatchObject({
      holder: 'place:kestrel',
      mineral: 'mineral:tungsten',
      quantity: { value: 2300, unit: 't' },
      kind: 'output',
    })
  })

  it('reads "output is planned at" as capacity in ore a year', () => {
    expect(
      one('Output at the Qaratau tungsten mine is planned at 500,000 tonnes of ore a year.'),
    ).toMatchObject({
      holder: 'place:qaratau',
      mineral: 'mineral:tungsten',
      quantity: { value: 500_000, unit: 't ore/yr' },
      kind: 'capacity',
    })
  })

  it('reads "will have capacity to process" as capacity', () => {
    expect(
      one(
        'The Kestrel plant will have the capacity to process 1 million tonnes of copper ore a year.',
      ),
    ).toMatchObject({
      holder: 'place:kestrel',
      mineral: 'mineral:copper',
      quantity: { value: 1_000_000, unit: 't ore/yr' },
      kind: 'capacity',
    })
  })

  it('reads "production is expected to reach" as capacity', () => {
    expect(
      one('Production at the Qaratau mine is expected to reach 3,000 tonnes of lithium a year.'),
    ).toMatchObject({
      holder: 'place:qaratau',
      mineral: 'mineral:lithium',
      quantity: { value: 3000, unit: 't/yr' },
      kind: 'capacity',
    })
  })

  it('reads output in kilograms as tonnes', () => {
    expect(one('The Kestrel mine produced 1,500 kilograms of gold in 2024.')).toMatchObject({
      holder: 'place:kestrel',
      mineral: 'mineral:gold',
      quantity: { value: 1.5, unit: 't' },
      kind: 'output',
    })
  })
})

describe('not resources', () => {
  it('makes nothing of deposits listed without a number', () => {
    expect(resources('The Qaratau field contains deposits of copper, zinc and lead.')).toEqual([])
  })

  it('makes nothing of a qualitative claim', () => {
    expect(resources("Kazakhstan holds some of the world's largest reserves of chromium.")).toEqual(
      [],
    )
  })

  it('makes nothing of exports, sales or prices', () => {
    expect(resources('Kazakhstan exported 12,000 tonnes of uranium to France in 2024.')).toEqual([])
    expect(resources('Vell Minerals sold 2,000 tonnes of copper from Kestrel last year.')).toEqual(
      [],
    )
  })

  it('makes nothing of a stake in a company', () => {
    expect(resources('Vell Minerals holds a 30% stake in the Qaratau copper mine.')).toEqual([])
  })

  it('makes nothing of a growth rate', () => {
    expect(
      resources('Copper production at Kestrel rose 12% last year, Vell Minerals said.'),
    ).toEqual([])
  })
})
