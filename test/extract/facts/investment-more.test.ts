import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

const ORGS = {
  'Zorvath Holdings': 'organization',
  'Vell Minerals': 'organization',
  'Qaratau Mining': 'organization',
  'Qaratau LLP': 'organization',
  'Belmor LLP': 'organization',
  'Zorvath Bank': 'organization',
  'Zorvath Fund': 'organization',
  Kestrel: 'place',
} as const

const investments = (text: string) => ofType(factsOf(text, ORGS), 'investment')

describe('equity', () => {
  it('makes the buyer of a stake in a mine the investor and the mine the site', () => {
    const [fact, ...rest] = investments(
      'Zorvath Holdings acquired a 49.5% stake in the Kestrel mine from Vell Minerals.',
    )
    expect(rest).toEqual([])
    expect(fact).toMatchObject({
      investor: 'organization:zorvath-holdings',
      site: 'place:kestrel',
      stake_percent: 49.5,
      instrument: 'equity',
      status: 'completed',
    })
    expect(fact?.recipient).toBeUndefined()
  })

  it('makes the buyer, not the seller, the investor of a sold stake', () => {
    const facts = investments(
      'Vell Minerals has sold its 30% stake in Qaratau Mining to Zorvath Holdings.',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]).toMatchObject({
      investor: 'organization:zorvath-holdings',
      recipient: 'organization:qaratau-mining',
      stake_percent: 30,
      instrument: 'equity',
      status: 'completed',
    })
  })

  it('makes one planned fact per company whose stake will be sold', () => {
    const facts = investments(
      'Vell Minerals will sell 30% stakes in Qaratau LLP and Belmor LLP to Zorvath Holdings.',
    )
    expect(facts.map((f) => f.recipient)).toEqual([
      'organization:qaratau-llp',
      'organization:belmor-llp',
    ])
    for (const fact of facts) {
      expect(fact.investor).toBe('organization:zorvath-holdings')
      expect(fact.stake_percent).toBe(30)
      expect(fact.status).toBe('planned')
    }
  })

  it('does not read a sale of goods as a sale of a stake', () => {
    const text =
      'Vell Minerals sold 2,000 tonnes of uranium worth $300 million to Zorvath Holdings.'
    expect(investments(text)).toEqual([])
  })

  it('reads "took a 70% share in X" as equity in X', () => {
    const [fact] = investments('Zorvath Holdings took a 70% share in Qaratau Mining.')
    expect(fact).toMatchObject({
      investor: 'organization:zorvath-holdings',
      recipient: 'organization:qaratau-mining',
      stake_percent: 70,
      instrument: 'equity',
    })
  })

  it('makes nothing of "took a" without a stake', () => {
    expect(investments('Zorvath Holdings took a decision to raise output by 30%.')).toEqual([])
  })

  it('reads "bought X for $Z" as a completed acquisition', () => {
    const [fact] = investments('Zorvath Holdings bought Qaratau Mining for $120 million.')
    expect(fact).toMatchObject({
      investor: 'organization:zorvath-holdings',
      recipient: 'organization:qaratau-mining',
      amount: { value: 120_000_000, currency: 'USD' },
      status: 'completed',
    })
  })

  it('leaves a retained stake alone', () => {
    expect(investments('Qaratau Mining will keep a 30% stake in the venture.')).toEqual([])
    expect(investments('Qaratau Mining retains its 30% stake in the venture.')).toEqual([])
  })
})

describe('financing', () => {
  it('reads a letter of interest for up to an amount', () => {
    const [fact] = investments(
      'Zorvath Bank issued a letter of interest for up to $900 million for the Kestrel tungsten project.',
    )
    expect(fact).toMatchObject({
      investor: 'organization:zorvath-bank',
      site: 'place:kestrel',
      amount: { value: 900_000_000, qualifier: 'up-to' },
      instrument: 'letter-of-interest',
      status: 'announced',
    })
  })

  it('reads a pledge as announced financing', () => {
    const [fact] = investments(
      'The Zorvath Fund pledged €10 billion for critical minerals projects in Kazakhstan.',
    )
    expect(fact).toMatchObject({
      investor: 'organization:zorvath-fund',
      recipient_country: 'country:KZ',
      amount: { value: 10_000_000_000, currency: 'EUR' },
      instrument: 'financing',
      status: 'announced',
    })
  })

  it('makes nothing of a pledge without an amount', () => {
    const text = 'The Zorvath Fund pledged support for critical minerals projects in Kazakhstan.'
    expect(investments(text)).toEqual([])
  })

  it('reads "has invested about $1 billion since 2019" as completed', () => {
    const [fact] = investments(
      "Zorvath Holdings has invested about $1 billion in Kazakhstan's tungsten sector since 2019.",
    )
    expect(fact).toMatchObject({
      investor: 'organization:zorvath-holdings',
      amount: { value: 1_000_000_000, qualifier: 'approx' },
      status: 'completed',
    })
  })

  it('reads a cost estimate as a planned investment with no investor', () => {
    const [fact] = investments('The Kestrel tungsten project is estimated to cost $1.6 billion.')
    expect(fact?.investor).toBeUndefined()
    expect(fact).toMatchObject({ amount: { value: 1_600_000_000 }, status: 'planned' })
  })
})
