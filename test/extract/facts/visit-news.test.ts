import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

/** Invented people, as wire copy names them. */
const PEOPLE = {
  'Dara Kell': 'person',
  'Tomas Vell': 'person',
  'Lior Bendt': 'person',
  'Ruth Amsel': 'person',
  'Petra Lund': 'person',
  'Karim Osei': 'person',
  'Ilse Varga': 'person',
  'Arman Sadyk': 'person',
  'Noor Halvi': 'person',
} as const

const visitsOf = (text: string, published?: string) =>
  ofType(factsOf(text, PEOPLE, published), 'visit')

describe('visits in the verbs of news copy', () => {
  it('reads "will travel to A and B next week" as a planned visit', () => {
    const visits = visitsOf(
      'Foreign Minister Tomas Vell will travel to Mongolia and Kyrgyzstan next month.',
    )
    expect(visits).toHaveLength(1)
    expect(visits[0]?.traveler).toBe('person:tomas-vell')
    expect(visits[0]?.destinations).toEqual(['country:MN', 'country:KG'])
    expect(visits[0]?.status).toBe('planned')
    expect(visits[0]?.when).toBe('2026-01')
  })

  it('reads "plans to travel to" and "is due to visit" as planned', () => {
    const plans = visitsOf('Secretary Ruth Amsel plans to travel to Mongolia in the spring.')
    expect(plans[0]?.traveler).toBe('person:ruth-amsel')
    expect(plans[0]?.destinations).toEqual(['country:MN'])
    expect(plans[0]?.status).toBe('planned')
    const due = visitsOf('Secretary Ruth Amsel is due to visit Uzbekistan in March.')
    expect(due[0]?.status).toBe('planned')
  })

  it('reads "landed in" and "flew to" a capital as a completed visit with the city', () => {
    const landed = visitsOf('Envoy Petra Lund landed in Ashgabat late on Sunday.')
    expect(landed).toHaveLength(1)
    expect(landed[0]?.traveler).toBe('person:petra-lund')
    expect(landed[0]?.destinations).toEqual(['country:TM', 'place:tm-ashgabat'])
    expect(landed[0]?.status).toBe('completed')
    const flew = visitsOf('Secretary Ruth Amsel flew to Ulaanbaatar on Friday for talks.')
    expect(flew[0]?.destinations).toEqual(['country:MN', 'place:mn-ulaanbaatar'])
    expect(flew[0]?.status).toBe('completed')
  })

  it('reads "headed to" and "arrives in" as visits', () => {
    const headed = visitsOf('Secretary Ruth Amsel headed to Tashkent after the talks.')
    expect(headed[0]?.destinations).toEqual(['country:UZ', 'place:uz-tashkent'])
    const arrives = visitsOf('Secretary Ruth Amsel arrives in Tashkent on Tuesday.')
    expect(arrives[0]?.traveler).toBe('person:ruth-amsel')
    expect(arrives[0]?.destinations).toEqual(['country:UZ', 'place:uz-tashkent'])
  })

  it('reads "is visiting" as an ongoing visit, also in a relative clause', () => {
    const now = visitsOf('Secretary Ruth Amsel is visiting Kyrgyzstan this week.')
    expect(now[0]?.traveler).toBe('person:ruth-amsel')
    expect(now[0]?.status).toBe('ongoing')
    const clause = visitsOf(
      'Secretary Ruth Amsel, who is visiting Kyrgyzstan this week, said the talks went well.',
    )
    expect(clause[0]?.destinations).toEqual(['country:KG'])
    expect(clause[0]?.status).toBe('ongoing')
  })

  it('reads "was in A for talks" and "will be in A" as visits of the person right before', () => {
    const was = visitsOf('Envoy Petra Lund was in Ashgabat for talks with energy officials.')
    expect(was).toHaveLength(1)
    expect(was[0]?.traveler).toBe('person:petra-lund')
    expect(was[0]?.destinations).toEqual(['country:TM', 'place:tm-ashgabat'])
    expect(was[0]?.status).toBe('completed')
    const will = visitsOf('Secretary Ruth Amsel will be in Almaty on Thursday.')
    expect(will[0]?.destinations).toEqual(['country:KZ', 'place:kz-almaty'])
    expect(will[0]?.status).toBe('planned')
  })

  it('reads "will make stops in A and B" as one planned visit', () => {
    const visits = visitsOf('Secretary Ruth Amsel will make stops in Astana and Tashkent.')
    expect(visits).toHaveLength(1)
    expect(visits[0]?.destinations).toEqual(
      expect.arrayContaining(['country:KZ', 'place:kz-astana', 'country:UZ']),
    )
    expect(visits[0]?.status).toBe('planned')
  })

  it('reads "X\'s tour, which includes stops in A and B" as X\'s visit', () => {
    const visits = visitsOf(
      'Secretary Ruth Amsel began a regional tour on Monday, which includes stops in Astana and Bishkek.',
    )
    expect(visits[0]?.traveler).toBe('person:ruth-amsel')
    expect(visits[0]?.destinations).toEqual(
      expect.arrayContaining(['country:KZ', 'place:kz-astana']),
    )
  })

  it('adds the stops of "a tour that will also take him to B and C" to the visit', () => {
    const visits = visitsOf(
      'Deputy Secretary Lior Bendt arrived in Astana on Monday, the first stop on a tour that will also take him to Mongolia and Kyrgyzstan.',
    )
    expect(visits).toHaveLength(1)
    expect(visits[0]?.traveler).toBe('person:lior-bendt')
    expect(visits[0]?.destinations).toEqual([
      'country:KZ',
      'place:kz-astana',
      'country:MN',
      'country:KG',
    ])
  })

  it('reads "made a three-day visit" and "wrapped up a visit" as completed', () => {
    const made = visitsOf('Secretary Ruth Amsel made a three-day visit to Mongolia in October.')
    expect(made[0]?.status).toBe('completed')
    expect(made[0]?.when).toBe('2025-10')
    const wrapped = visitsOf('Secretary Ruth Amsel wrapped up a visit to Kazakhstan on Friday.')
    expect(wrapped[0]?.status).toBe('completed')
  })

  it('reads "went to" and "en route to" as visits', () => {
    const went = visitsOf('Secretary Ruth Amsel went to Mongolia in October.')
    expect(went[0]?.destinations).toEqual(['country:MN'])
    expect(went[0]?.status).toBe('completed')
    const route = visitsOf('Envoy Petra Lund stopped in Baku en route to Turkmenistan.')
    expect(route[0]?.destinations).toEqual(expect.arrayContaining(['country:AZ', 'country:TM']))
  })

  it('reads "will tour" and "toured the ... mine in" as visits', () => {
    const will = visitsOf('Minister Karim Osei will tour Kazakhstan and Uzbekistan in May.')
    expect(will[0]?.destinations).toEqual(['country:KZ', 'country:UZ'])
    expect(will[0]?.status).toBe('planned')
  })
})

describe('who travels', () => {
  it('takes the subject of the main clause for "during his trip to A, X met"', () => {
    const visits = visitsOf(
      'During his two-day trip to Kazakhstan, Deputy Secretary Lior Bendt met mining executives.',
    )
    expect(visits).toHaveLength(1)
    expect(visits[0]?.traveler).toBe('person:lior-bendt')
    expect(visits[0]?.destinations).toEqual(['country:KZ'])
  })

  it('takes "On her first visit to A, X said" as a visit by X', () => {
    const visits = visitsOf(
      'On her first visit to Tajikistan, Secretary Ruth Amsel said the region mattered.',
    )
    expect(visits[0]?.traveler).toBe('person:ruth-amsel')
    expect(visits[0]?.destinations).toEqual(['country:TJ'])
  })

  it('takes "he" in the next sentence as the traveler of the visit before', () => {
    const text =
      'Secretary Ruth Amsel arrived in Astana on Monday. She will then travel to Kyrgyzstan.'
    const visits = visitsOf(text)
    expect(visits).toHaveLength(2)
    expect(visits.map((v) => v.traveler)).toEqual(['person:ruth-amsel', 'person:ruth-amsel'])
    expect(visits[1]?.destinations).toEqual(['country:KG'])
    expect(visits[1]?.status).toBe('planned')
  })

  it('takes a delegation leader as the traveler', () => {
    const visits = visitsOf(
      'A delegation led by Deputy Minister Arman Sadyk visited Mongolia last week.',
    )
    expect(visits[0]?.traveler).toBe('person:arman-sadyk')
    expect(visits[0]?.status).toBe('completed')
  })

  it('takes "X led a delegation to A" as a completed visit by X', () => {
    const visits = visitsOf(
      'Senator Dara Kell led a congressional delegation to Kazakhstan in August.',
    )
    expect(visits[0]?.traveler).toBe('person:dara-kell')
    expect(visits[0]?.destinations).toEqual(['country:KZ'])
    expect(visits[0]?.status).toBe('completed')
  })

  it('keeps "X said she will travel to A" as X\'s planned visit', () => {
    const visits = visitsOf('Secretary Ruth Amsel said she will travel to Mongolia in May.')
    expect(visits[0]?.traveler).toBe('person:ruth-amsel')
    expect(visits[0]?.status).toBe('planned')
  })

  it('takes "a visit by X to A" as a visit by X', () => {
    const visits = visitsOf(
      'The visit by Secretary Ruth Amsel to Mongolia in October was the first in a decade.',
    )
    expect(visits).toHaveLength(1)
    expect(visits[0]?.traveler).toBe('person:ruth-amsel')
    expect(visits[0]?.destinations).toEqual(['country:MN'])
    expect(visits[0]?.when).toBe('2025-10')
  })

  it('makes a joint trip one visit with both travelers', () => {
    const visits = visitsOf(
      'Senator Dara Kell and Senator Noor Halvi travelled to Uzbekistan in June.',
    )
    expect(visits).toHaveLength(1)
    expect(visits[0]?.traveler).toEqual(['person:dara-kell', 'person:noor-halvi'])
  })
})

describe('what is not a visit', () => {
  it('makes no visit of a hosted guest (CONVENTIONS: a meeting, not a trip)', () => {
    const text = 'President Ilse Varga hosted Secretary Ruth Amsel at her residence on Wednesday.'
    expect(visitsOf(text)).toEqual([])
  })

  it('makes no visit of "did not travel" or "has no plans to visit"', () => {
    expect(visitsOf('Secretary Ruth Amsel did not travel to Kazakhstan.')).toEqual([])
    expect(visitsOf('Secretary Ruth Amsel has no plans to visit Kazakhstan.')).toEqual([])
  })

  it('makes no visit of a visiting delegation named by nationality', () => {
    const text = 'The visiting Kazakh delegation met Minister Karim Osei on Tuesday.'
    expect(visitsOf(text)).toEqual([])
  })

  it('makes no visit of "is in" for a thing, or of "was in charge"', () => {
    expect(visitsOf('The Qaratau deposit is in Kazakhstan.')).toEqual([])
    expect(visitsOf('Envoy Petra Lund was in charge of talks with Turkmenistan.')).toEqual([])
  })

  it('makes no visit of goods or money heading to a country', () => {
    expect(visitsOf('Most of the ore headed to China last year.')).toEqual([])
    expect(visitsOf('Shipments of tungsten arrived in Japan in May.')).toEqual([])
  })

  it('makes no visit of another subject after "said" or "that"', () => {
    expect(
      visitsOf('Secretary Ruth Amsel said exports that head to China face new checks.'),
    ).toEqual([])
  })

  it('makes no visit of a habit ("who visits A often")', () => {
    const text = 'Envoy Petra Lund, who visits Kazakhstan often, praised the reforms.'
    expect(visitsOf(text)).toEqual([])
  })

  it('makes no visit of "the first visit by a U.S. secretary of state to A" with nobody named', () => {
    const text = 'It was the first visit by a U.S. secretary of state to Mongolia since 2015.'
    expect(visitsOf(text)).toEqual([])
  })

  it('makes no visit of a person born in or from a country', () => {
    expect(visitsOf('Envoy Petra Lund, who was born in Kazakhstan, joined the ministry.')).toEqual(
      [],
    )
  })
})
