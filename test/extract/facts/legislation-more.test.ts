import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

const BILLS = {
  'Mara Quill': 'person',
  'Oren Vask': 'person',
  'Lena Drift': 'person',
  'Paul Okoro': 'person',
  'Ivo Brant': 'person',
  'Zorvath Amendment': 'initiative',
} as const

describe('several bills in one story', () => {
  const text =
    'Senators Mara Quill and Oren Vask introduced a bill on Wednesday to repeal the Zorvath Amendment for Central Asia. ' +
    'In the House, Representatives Lena Drift and Paul Okoro introduced a companion bill the same day. ' +
    'Representative Ivo Brant first introduced such a bill in February.'
  const bills = ofType(factsOf(text, BILLS, '2025-11-14'), 'legislation')

  it('makes one fact per bill, each with its own sponsors', () => {
    expect(bills.map((b) => b.sponsor)).toEqual([
      ['person:mara-quill', 'person:oren-vask'],
      ['person:lena-drift', 'person:paul-okoro'],
      'person:ivo-brant',
    ])
  })

  it('gives the companion the instrument, the repeal and the date of the first bill', () => {
    const companion = bills[1]
    expect(companion?.instrument).toBe('initiative:zorvath-amendment')
    expect(companion?.action).toBe('repeal')
    expect(companion?.status).toBe('introduced')
    expect(companion?.when).toBe(bills[0]?.when)
    expect(bills[2]?.action).toBe('repeal')
  })

  it('makes no further bill of a companion with no bill named before', () => {
    const alone = 'Representative Lena Drift introduced a companion bill on Tuesday.'
    expect(ofType(factsOf(alone, BILLS), 'legislation')).toEqual([])
  })
})

describe('regulatory measures', () => {
  it('reads an addition to a critical-minerals list as an enacted amendment by the agency', () => {
    const text =
      'The Zorvath Geological Agency added copper and uranium to its List of Zorvath Minerals in 2022.'
    const facts = ofType(
      factsOf(text, {
        'Zorvath Geological Agency': 'organization',
        'List of Zorvath Minerals': 'initiative',
      }),
      'legislation',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]?.sponsor).toBe('organization:zorvath-geological-agency')
    expect(facts[0]?.instrument).toBe('initiative:list-of-zorvath-minerals')
    expect(facts[0]?.action).toBe('amend')
    expect(facts[0]?.status).toBe('enacted')
  })

  it('makes no list update of "to its list of" without a verb that adds', () => {
    const text =
      'The Zorvath Geological Agency referred to its List of Zorvath Minerals in a briefing.'
    const facts = factsOf(text, {
      'Zorvath Geological Agency': 'organization',
      'List of Zorvath Minerals': 'initiative',
    })
    expect(ofType(facts, 'legislation')).toEqual([])
  })

  it('reads a quota effective after publication as enacted, and one already in effect as in force', () => {
    const invented = { 'Qaratau export quota': 'initiative' } as const
    const before =
      'Kazakhstan introduced the Qaratau export quota on tungsten, effective March 1, 2026.'
    const after =
      'Kazakhstan introduced the Qaratau export quota on tungsten, effective March 1, 2025.'
    const enacted = ofType(factsOf(before, invented, '2026-02-19'), 'legislation')
    const inForce = ofType(factsOf(after, invented, '2026-02-19'), 'legislation')
    expect(enacted[0]?.sponsor).toBe('country:KZ')
    expect(enacted[0]?.status).toBe('enacted')
    expect(inForce[0]?.status).toBe('in-force')
  })

  it('reads imposed export controls as in force with the state as sponsor', () => {
    const text = 'China imposed the Qaratau export controls on antimony.'
    const facts = ofType(factsOf(text, { 'Qaratau export controls': 'initiative' }), 'legislation')
    expect(facts[0]?.sponsor).toBe('country:CN')
    expect(facts[0]?.status).toBe('in-force')
  })

  it('reads a processing rule only when the rule itself is a named measure', () => {
    const named =
      'Kyrgyzstan adopted the Qaratau processing rule requiring miners to process ore in the country.'
    const facts = ofType(factsOf(named, { 'Qaratau processing rule': 'initiative' }), 'legislation')
    expect(facts).toHaveLength(1)
    expect(facts[0]?.instrument).toBe('initiative:qaratau-processing-rule')
    expect(facts[0]?.sponsor).toBe('country:KG')
  })

  it('makes no processing rule from an unrelated initiative in the sentence', () => {
    const text =
      'Under the Zorvath Compact, Kyrgyzstan adopted a rule requiring miners to process ore in the country.'
    expect(ofType(factsOf(text, { 'Zorvath Compact': 'initiative' }), 'legislation')).toEqual([])
    const bare = 'Kyrgyzstan adopted a rule requiring miners to process ore in the country.'
    expect(ofType(factsOf(bare, {}), 'legislation')).toEqual([])
  })
})
