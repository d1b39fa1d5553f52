import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

describe('investment binding', () => {
  it('binds each amount to its own trigger and investor when a sentence has two clauses', () => {
    const text =
      'Zorvath Capital will invest $300 million in the Qaratau mine, while Belmor Bank will provide a $50 million loan to Kestrel Mining.'
    const facts = ofType(
      factsOf(text, {
        'Zorvath Capital': 'organization',
        'Belmor Bank': 'organization',
        'Kestrel Mining': 'organization',
        Qaratau: 'place',
      }),
      'investment',
    )
    const zorvath = facts.find((f) => f.investor === 'organization:zorvath-capital')
    const belmor = facts.find((f) => f.investor === 'organization:belmor-bank')
    expect(zorvath?.amount?.value).toBe(300_000_000)
    expect(zorvath?.recipient).toBeUndefined()
    expect(belmor?.amount?.value).toBe(50_000_000)
    expect(belmor?.recipient).toBe('organization:kestrel-mining')
  })

  it('reads "bought a 51% stake" as one investment and leaves the retained share alone', () => {
    const text =
      'Zorvath Capital bought a 51% stake in Kestrel Mining in 2019; Belmor Holding kept the remaining 49%.'
    const facts = ofType(
      factsOf(text, {
        'Zorvath Capital': 'organization',
        'Kestrel Mining': 'organization',
        'Belmor Holding': 'organization',
      }),
      'investment',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]?.investor).toBe('organization:zorvath-capital')
    expect(facts[0]?.stake_percent).toBe(51)
  })

  it('does not make the seller of a stake its recipient, and keeps the price', () => {
    const text =
      'Zorvath Capital is in talks to acquire a 30% stake from Belmor Holding for $40 million.'
    const facts = ofType(
      factsOf(text, { 'Zorvath Capital': 'organization', 'Belmor Holding': 'organization' }),
      'investment',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]?.recipient).toBeUndefined()
    expect(facts[0]?.amount?.value).toBe(40_000_000)
  })

  it('makes the company that raises money its recipient, in its own clause', () => {
    const text =
      'Belmor Bank issued a letter of interest for up to $900 million, and Zorvath Minerals plans to raise a further $120 million in equity next year.'
    const facts = ofType(
      factsOf(text, { 'Belmor Bank': 'organization', 'Zorvath Minerals': 'organization' }),
      'investment',
    )
    const loi = facts.find((f) => f.instrument === 'letter-of-interest')
    const raise = facts.find((f) => f.recipient === 'organization:zorvath-minerals')
    expect(loi?.recipient).toBeUndefined()
    expect(loi?.when).toBeUndefined()
    expect(raise?.amount?.value).toBe(120_000_000)
    expect(raise?.instrument).toBe('equity')
    expect(raise?.investor).toBeUndefined()
  })

  it('gives "the project" of a cost the sites named just before', () => {
    const text =
      'Zorvath Capital will develop the Qaratau and Belsay tungsten deposits. The project is expected to cost about $800 million.'
    const facts = ofType(
      factsOf(text, { 'Zorvath Capital': 'organization', Qaratau: 'place', Belsay: 'place' }),
      'investment',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]?.site).toEqual(['place:qaratau', 'place:belsay'])
  })
  it('reads a cost "estimated at" an amount for "the two deposits" named before', () => {
    const text =
      'Zorvath Capital will develop the Qaratau and Belsay deposits. Belmor Bank issued a letter of interest for up to $300 million for the two deposits, whose total development cost is estimated at $1.1 billion.'
    const facts = ofType(
      factsOf(text, {
        'Zorvath Capital': 'organization',
        'Belmor Bank': 'organization',
        Qaratau: 'place',
        Belsay: 'place',
      }),
      'investment',
    )
    const cost = facts.find((f) => f.rule === 'investment.project-cost')
    expect(cost?.amount?.value).toBe(1_100_000_000)
    expect(cost?.site).toEqual(['place:qaratau', 'place:belsay'])
    expect(facts.find((f) => f.instrument === 'letter-of-interest')?.amount?.value).toBe(
      300_000_000,
    )
  })
})

describe('resource binding', () => {
  it('does not read a stake before the trigger as a share', () => {
    const text =
      'Zorvath Capital will acquire 70% of Kestrel Mining, the company that holds the tungsten licences.'
    const facts = factsOf(text, {
      'Zorvath Capital': 'organization',
      'Kestrel Mining': 'organization',
    })
    expect(ofType(facts, 'resource')).toEqual([])
  })

  it('skips an aside between the holder and its verb', () => {
    const text =
      'Qaratau, about 90 kilometres south of the city of Belsay, hosts 60,000 tonnes of tungsten.'
    const facts = ofType(factsOf(text, { Qaratau: 'place', Belsay: 'place' }), 'resource')
    expect(facts).toHaveLength(1)
    expect(facts[0]?.holder).toBe('place:qaratau')
  })

  it('states one fact per number, and "the mine" is the site named before', () => {
    const text =
      'Zorvath Capital owns the Qaratau deposit. Once built, the mine is expected to produce 1,500 t/yr of tungsten, roughly 2% of world output.'
    const facts = ofType(
      factsOf(text, { 'Zorvath Capital': 'organization', Qaratau: 'place' }),
      'resource',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]?.kind).toBe('capacity')
    expect(facts[0]?.holder).toBe('place:qaratau')
    expect(facts[0]?.share_percent).toBe(2)
  })
})

describe('legislation merging', () => {
  it('makes one fact per sponsor group of a bill described across sentences', () => {
    const text =
      'Lawmakers introduced legislation on Nov. 5 that would repeal the Zorvath Amendment. Mara Quill and Tobin Hale introduced the bill in the Senate.'
    const facts = ofType(
      factsOf(text, {
        'Zorvath Amendment': 'initiative',
        'Mara Quill': 'person',
        'Tobin Hale': 'person',
      }),
      'legislation',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]?.sponsor).toEqual(['person:mara-quill', 'person:tobin-hale'])
    expect(facts[0]?.action).toBe('repeal')
    expect(facts[0]?.when).toBe('2025-11-05')
    expect(facts[0]?.evidence).toHaveLength(2)
  })

  it('keeps a repeal with its own status and date apart', () => {
    const text =
      'Mara Quill introduced a bill to repeal the Zorvath Amendment. Congress lifted the Zorvath Amendment for Belsay in 2012.'
    const facts = ofType(
      factsOf(text, {
        'Zorvath Amendment': 'initiative',
        'Mara Quill': 'person',
        Belsay: 'place',
      }),
      'legislation',
    )
    expect(facts.map((f) => f.status).sort()).toEqual(['enacted', 'introduced'])
  })
})
