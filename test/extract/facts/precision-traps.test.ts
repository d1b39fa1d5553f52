import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

/** Sentences of the shapes that gave spurious facts on unseen news, each beside a true positive
 *  of the same shape. Every name is invented; the countries are real. */

describe('meeting locations are places and venues', () => {
  const people = { 'Daulet Sarbayev': 'person', 'Mara Lind': 'person' } as const

  it('does not make a bank the place of a meeting', () => {
    const text =
      'Energy Minister Daulet Sarbayev met Commerce Secretary Mara Lind at the Export-Import Bank on Tuesday.'
    const meetings = ofType(factsOf(text, people), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.location).toBeUndefined()
  })

  it('keeps an institutional building as the venue', () => {
    const text =
      'Energy Minister Daulet Sarbayev met Commerce Secretary Mara Lind at the White House on Tuesday.'
    const meetings = ofType(factsOf(text, people), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.location).toBe('organization:us-white-house')
  })

  it('does not make a deposit the place of a forum only mentioned near it', () => {
    const text =
      'Zorvath Mining presented the project at a forum near the Korvath tungsten deposit.'
    const meetings = ofType(
      factsOf(text, { 'Zorvath Mining': 'organization', Korvath: 'place' }),
      'meeting',
    )
    expect(meetings.every((m) => m.location !== 'place:korvath')).toBe(true)
  })

  it('keeps a city as the place of a forum', () => {
    const text = 'Zorvath Mining presented the project at a forum in Almaty in October.'
    const meetings = ofType(factsOf(text, { 'Zorvath Mining': 'organization' }), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.location).toMatch(/^place:.*almaty/u)
  })
})

describe('"the talks" and "the ministerial" mentioned in passing', () => {
  const orlov = { 'Kanat Orlov': 'person', 'Hiro Tanabe': 'person' } as const

  it('makes no meeting of one minister and a state from another part of the sentence', () => {
    for (const text of [
      'Minister Kanat Orlov said the talks covered tungsten exports to Japan.',
      'Kazakhstan hopes the meeting will attract investors, Minister Kanat Orlov said.',
    ])
      expect(ofType(factsOf(text, orlov), 'meeting')).toEqual([])
  })

  it('still makes a meeting when the sentence names who took part in the talks', () => {
    const text = 'The talks were attended by Minister Kanat Orlov and Vice Minister Hiro Tanabe.'
    const meetings = ofType(factsOf(text, orlov), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.participants).toEqual(
      expect.arrayContaining(['person:kanat-orlov', 'person:hiro-tanabe']),
    )
  })

  it('does not take the speaker or the place of the telling into a ministerial', () => {
    const text =
      'Preparations for the ministerial are under way, Minister Kanat Orlov told reporters in Astana.'
    const meetings = ofType(factsOf(text, orlov), 'meeting')
    expect(meetings).toEqual([])
  })

  it('keeps the place of a future ministerial named with it', () => {
    const text =
      'Preparations for the ministerial in Astana are under way, Minister Kanat Orlov said.'
    const meetings = ofType(factsOf(text, orlov), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.location).toBe('place:kz-astana')
    expect(meetings[0]?.participants).toBeUndefined()
  })

  it('reads "the summit" far on as the summit named before, not a second one', () => {
    const text = [
      'Kazakhstan hosted a summit of Central Asian leaders in Astana in May.',
      'Tungsten output rose.',
      'Prices fell.',
      'Exports grew.',
      'Imports shrank.',
      'Officials said the summit in Astana was a success.',
    ].join(' ')
    expect(ofType(factsOf(text, {}, '2025-06-20'), 'meeting')).toHaveLength(1)
  })

  it('keeps "the summit" far on as a new one when it has its own place', () => {
    const text = [
      'Kazakhstan hosted a summit of Central Asian leaders in Astana in May.',
      'Tungsten output rose.',
      'Prices fell.',
      'Exports grew.',
      'Imports shrank.',
      'Officials are preparing the summit in Tashkent next year.',
    ].join(' ')
    const meetings = ofType(factsOf(text, {}, '2025-06-20'), 'meeting')
    expect(meetings).toHaveLength(2)
    expect(meetings[1]?.location).toBe('place:uz-tashkent')
  })
})

describe('agreements mentioned as background', () => {
  const firms = { 'Zorvath Capital': 'organization', 'Qaratau Mining': 'organization' } as const

  it('makes no agreement of one named only for comparison', () => {
    const text = 'Unlike an agreement with China, the Kazakh plan keeps processing at home.'
    expect(ofType(factsOf(text, {}), 'agreement')).toEqual([])
  })

  it('still makes the agreement a state signed with another', () => {
    const text = 'Kazakhstan signed an agreement with China on tungsten processing on Monday.'
    const agreements = ofType(factsOf(text, {}), 'agreement')
    expect(agreements).toHaveLength(1)
    expect(agreements[0]?.parties).toEqual(['country:KZ', 'country:CN'])
    expect(agreements[0]?.status).toBe('signed')
  })

  it('makes no agreement of a deal that collapsed', () => {
    const text =
      'Prices rose after a deal between Zorvath Capital and Qaratau Mining collapsed last year.'
    expect(ofType(factsOf(text, firms), 'agreement')).toEqual([])
  })

  it('still makes the deal that stands', () => {
    const text = 'Prices rose after a deal between Zorvath Capital and Qaratau Mining last year.'
    const agreements = ofType(factsOf(text, firms), 'agreement')
    expect(agreements).toHaveLength(1)
    expect(agreements[0]?.kind).toBe('deal')
  })

  it('makes no one-sided agreement of "agreed to invest"', () => {
    const text = 'Zorvath Capital agreed to invest $300 million in Qaratau Mining.'
    expect(ofType(factsOf(text, firms), 'agreement')).toEqual([])
    expect(ofType(factsOf(text, firms), 'investment')).toHaveLength(1)
  })

  it('still makes an agreement of two sides that agreed to something', () => {
    const text = 'Zorvath Capital and Qaratau Mining agreed to develop tungsten together.'
    expect(ofType(factsOf(text, firms), 'agreement')).toHaveLength(1)
  })

  it('takes the company a stake is bought from as the other side of talks', () => {
    const text =
      'Zorvath Capital is in talks to acquire a 30% stake in a plant from Qaratau Mining.'
    const agreements = ofType(factsOf(text, firms), 'agreement')
    expect(agreements).toHaveLength(1)
    expect(agreements[0]?.parties).toEqual([
      'organization:zorvath-capital',
      'organization:qaratau-mining',
    ])
    expect(agreements[0]?.status).toBe('proposed')
  })
})

describe('measure names end before a verb', () => {
  const ban = 'ban on exports of unprocessed tungsten concentrate'

  it('cuts the name of a ban before the verb after it', () => {
    const text = 'The ban on exports of unprocessed tungsten concentrate applies to all traders.'
    const laws = ofType(factsOf(text, {}), 'legislation')
    expect(laws).toHaveLength(1)
    expect(laws[0]?.instrument).toMatch(/concentrate$/u)
    expect(laws[0]?.instrument).toContain(ban.replace(/ /gu, '-'))
  })

  it('reads the same name when a date follows it', () => {
    const text = 'Kazakhstan imposed a ban on exports of unprocessed tungsten concentrate in March.'
    const laws = ofType(factsOf(text, {}), 'legislation')
    expect(laws).toHaveLength(1)
    expect(laws[0]?.instrument).toMatch(/concentrate$/u)
  })
})

describe('resource holders', () => {
  const site = { 'Korvath deposit': 'place', 'Qaratau Mining': 'organization' } as const

  it('does not make the source of a figure its holder', () => {
    const text =
      'The Korvath deposit, which Kazakhstan says holds 200,000 tonnes of tungsten, lies in the east.'
    const facts = ofType(factsOf(text, site), 'resource')
    expect(facts).toHaveLength(1)
    expect(facts[0]?.holder).toBe('place:korvath-deposit')
  })

  it('keeps a state that holds the figure as the holder', () => {
    const text = 'Kazakhstan holds 200,000 tonnes of tungsten, the ministry says.'
    const facts = ofType(factsOf(text, site), 'resource')
    expect(facts[0]?.holder).toBe('country:KZ')
  })

  it('binds "the deposit" to the one site the sentence names', () => {
    const text =
      'The deposit holds 300,000 tonnes of tungsten, according to Qaratau Mining, which owns the Korvath deposit.'
    const facts = ofType(factsOf(text, site), 'resource')
    expect(facts).toHaveLength(1)
    expect(facts[0]?.holder).toBe('place:korvath-deposit')
  })

  it('leaves the holder out when the sentence names two sites', () => {
    const text =
      'The deposit holds 300,000 tonnes of tungsten, according to Qaratau Mining, which owns the Korvath deposit and the Belsu deposit.'
    const facts = ofType(factsOf(text, { ...site, 'Belsu deposit': 'place' }), 'resource')
    expect(facts).toHaveLength(1)
    expect(facts[0]?.holder).toBeUndefined()
  })
})

describe('investors and restated investments', () => {
  const firms = {
    'Zorvath Capital': 'organization',
    'Qaratau Mining': 'organization',
    'Belsu Metals': 'organization',
    'Korvath Mining': 'organization',
  } as const

  it('does not make a company’s home state the investor', () => {
    const text = 'Zorvath Capital of Japan invested $50 million in Qaratau Mining.'
    const found = ofType(factsOf(text, firms), 'investment')
    expect(found).toHaveLength(1)
    expect(found[0]?.investor).toBe('organization:zorvath-capital')
  })

  it('keeps a state that invests as the investor', () => {
    const text = 'Japan invested $50 million in Qaratau Mining.'
    const found = ofType(factsOf(text, firms), 'investment')
    expect(found).toHaveLength(1)
    expect(found[0]?.investor).toBe('country:JP')
  })

  it('makes one investment of a stake and the sum paid for it in one sentence', () => {
    const text =
      'Zorvath Capital acquired a 40% stake in Qaratau Mining, investing $80 million in the Kazakh tungsten miner.'
    const found = ofType(factsOf(text, firms), 'investment')
    expect(found).toHaveLength(1)
    expect(found[0]?.investor).toBe('organization:zorvath-capital')
    expect(found[0]?.stake_percent).toBe(40)
    expect(found[0]?.amount?.value).toBe(80_000_000)
  })

  it('keeps two investors’ investments in one sentence apart', () => {
    const text =
      'Zorvath Capital invested $80 million in Qaratau Mining, and Belsu Metals acquired a 10% stake in Korvath Mining.'
    const found = ofType(factsOf(text, firms), 'investment')
    expect(found).toHaveLength(2)
    expect(found[0]?.stake_percent).toBeUndefined()
    expect(found[1]?.investor).toBe('organization:belsu-metals')
    expect(found[1]?.stake_percent).toBe(10)
  })
})

describe('hedged, denied and wished-for agreements', () => {
  const firms = { 'Zorvath Capital': 'organization', 'Qaratau Mining': 'organization' } as const

  it('makes no agreement that a party denies', () => {
    const text = 'Zorvath Capital denied it had signed an agreement with Qaratau Mining.'
    expect(ofType(factsOf(text, firms), 'agreement')).toEqual([])
  })

  it('still makes the agreement a party confirms it signed', () => {
    const text = 'Zorvath Capital confirmed it had signed an agreement with Qaratau Mining.'
    const agreements = ofType(factsOf(text, firms), 'agreement')
    expect(agreements).toHaveLength(1)
    expect(agreements[0]?.status).toBe('signed')
  })

  it('makes no agreement of a deal not yet agreed', () => {
    const text = 'Zorvath Capital said a deal with Qaratau Mining was possible but not yet agreed.'
    expect(ofType(factsOf(text, firms), 'agreement')).toEqual([])
  })

  it('makes no agreement of a wish or a possibility', () => {
    for (const text of [
      'Kazakhstan wants an agreement with Japan on tungsten.',
      'Kazakhstan could sign an agreement with Japan on tungsten.',
      'Kazakhstan and Japan discussed a possible agreement on tungsten.',
    ])
      expect(ofType(factsOf(text, {}), 'agreement')).toEqual([])
  })

  it('still makes the planned agreement a state will sign', () => {
    const text = 'Kazakhstan will sign an agreement with Japan on tungsten.'
    const agreements = ofType(factsOf(text, {}), 'agreement')
    expect(agreements).toHaveLength(1)
    expect(agreements[0]?.status).toBe('planned')
  })
})

describe('goals are not resources', () => {
  it('makes no resource of a state’s output target', () => {
    for (const text of [
      'Kazakhstan aims to raise tungsten output to 5,000 tonnes by 2030.',
      'Kazakhstan plans to double tungsten production to 1,600 tonnes.',
      'Kazakhstan has set a goal of producing 5,000 tonnes of tungsten annually.',
    ])
      expect(ofType(factsOf(text, {}), 'resource')).toEqual([])
  })

  it('still reads a state’s actual output', () => {
    const text = 'Kazakhstan raised tungsten output to 5,000 tonnes last year.'
    const facts = ofType(factsOf(text, {}), 'resource')
    expect(facts).toHaveLength(1)
    expect(facts[0]?.holder).toBe('country:KZ')
    expect(facts[0]?.kind).toBe('output')
  })

  it('keeps a site’s planned production as its capacity', () => {
    const text =
      'The Korvath mine aims to produce 4,000 tonnes of tungsten a year once operational.'
    const facts = ofType(factsOf(text, { 'Korvath mine': 'place' }), 'resource')
    expect(facts).toHaveLength(1)
    expect(facts[0]?.holder).toBe('place:korvath-mine')
    expect(facts[0]?.kind).toBe('capacity')
  })
})

describe('states a meeting talks about are not its participants', () => {
  const people = { 'Kanat Orlov': 'person', 'Hiro Tanabe': 'person' } as const

  it('leaves out a destination of exports and the states listed with it', () => {
    const text =
      'Minister Kanat Orlov met Hiro Tanabe in Astana on Monday. The talks focused on exports to China and Russia.'
    const meetings = ofType(factsOf(text, people), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.participants).toEqual(['person:kanat-orlov', 'person:hiro-tanabe'])
  })

  it('leaves out a state named in what a participant said afterwards', () => {
    const text = 'Kanat Orlov, who met Hiro Tanabe last year, said China dominates tungsten.'
    const meetings = ofType(factsOf(text, people), 'meeting')
    expect(meetings[0]?.participants).toEqual(['person:kanat-orlov', 'person:hiro-tanabe'])
  })

  it('keeps the states that met and a participant’s own state', () => {
    const text =
      "Minister Kanat Orlov met Japan's Hiro Tanabe in Astana to discuss exports to China."
    const meetings = ofType(factsOf(text, people), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.participants).toEqual([
      'person:kanat-orlov',
      'person:hiro-tanabe',
      'country:JP',
    ])
    const states = 'Kazakhstan and Japan held talks on tungsten exports to China on Monday.'
    const met = ofType(factsOf(states, {}), 'meeting')
    expect(met[0]?.participants).toEqual(['country:KZ', 'country:JP'])
  })
})

describe('the state that awaits an investment is not its investor', () => {
  const names = {
    'Zorvath Capital': 'organization',
    'Qaratau Mining': 'organization',
    'Korvath mine': 'place',
  } as const

  it('makes the state whose officials expect an investment its recipient country', () => {
    const text = 'Kazakh officials expect $50 million in investment in the Korvath mine.'
    const found = ofType(factsOf(text, names), 'investment')
    expect(found).toHaveLength(1)
    expect(found[0]?.investor).toBeUndefined()
    expect(found[0]?.recipient_country).toBe('country:KZ')
  })

  it('keeps a state that expects to invest as the investor', () => {
    const text = 'Kazakhstan expects to invest $50 million in the Korvath mine.'
    const found = ofType(factsOf(text, names), 'investment')
    expect(found).toHaveLength(1)
    expect(found[0]?.investor).toBe('country:KZ')
  })

  it('reads the company after "in Kazakhstan’s" as the recipient', () => {
    const text = "Zorvath Capital invested $50 million in Kazakhstan's Qaratau Mining."
    const found = ofType(factsOf(text, names), 'investment')
    expect(found).toHaveLength(1)
    expect(found[0]?.investor).toBe('organization:zorvath-capital')
    expect(found[0]?.recipient).toBe('organization:qaratau-mining')
    expect(found[0]?.recipient_country).toBe('country:KZ')
  })
})

describe('"meet" and "host" that are no meeting', () => {
  it('makes no meeting of meeting demand, standards or targets', () => {
    for (const text of [
      'Kazakhstan will boost tungsten output to meet demand from China and Japan.',
      'The plant meets European standards, Kazakhstan and Japan said.',
      'Kazakhstan and Japan met their targets for tungsten exports to China.',
    ])
      expect(ofType(factsOf(text, {}), 'meeting')).toEqual([])
  })

  it('still makes a meeting of states that meet each other', () => {
    const text = 'Kazakhstan will meet Japan in Astana next week.'
    const meetings = ofType(factsOf(text, {}), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.participants).toEqual(['country:KZ', 'country:JP'])
  })

  it('makes no meeting of a place that hosts a deposit or a mineral', () => {
    for (const text of [
      'Kazakhstan hosts the largest tungsten deposit, and Japan buys most of it.',
      'The mine, which hosts tungsten and molybdenum, lies between Kazakhstan and China.',
    ])
      expect(ofType(factsOf(text, {}), 'meeting')).toEqual([])
  })

  it('still makes a meeting of a host and its guests or of a hosted event', () => {
    const people = { 'Daulet Sarbayev': 'person', 'Hiro Tanabe': 'person' } as const
    const guests = ofType(
      factsOf('President Daulet Sarbayev hosted Prime Minister Hiro Tanabe in Astana.', people),
      'meeting',
    )
    expect(guests).toHaveLength(1)
    expect(guests[0]?.host).toBe('person:daulet-sarbayev')
    const forum = ofType(
      factsOf('Kazakhstan hosted the Zorvath Minerals Forum in Almaty in May.', {}),
      'meeting',
    )
    expect(forum).toHaveLength(1)
    expect(forum[0]?.kind).toBe('forum')
  })
})
