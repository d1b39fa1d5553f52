import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

const C5 = ['country:KZ', 'country:KG', 'country:TJ', 'country:TM', 'country:UZ']

describe('visits from trip nouns', () => {
  it('reads "X said the tour will take him to A and B" as a planned visit by X', () => {
    const text =
      'Minister Aldan Serik said the tour will take him to Kazakhstan and Uzbekistan next month.'
    const visits = ofType(factsOf(text, { 'Aldan Serik': 'person' }), 'visit')
    expect(visits).toHaveLength(1)
    expect(visits[0]?.traveler).toBe('person:aldan-serik')
    expect(visits[0]?.destinations).toEqual(['country:KZ', 'country:UZ'])
    expect(visits[0]?.status).toBe('planned')
  })

  it('takes a group of states as destinations and an earlier "planned tour" as evidence', () => {
    const text =
      'Minister Aldan Serik highlighted that the planned tour is part of a wider plan. ' +
      'Officials welcomed the news. ' +
      'Serik explained that the trip will bring engagement with each of the five Central Asian states.'
    const visits = ofType(factsOf(text, { 'Aldan Serik': 'person', Serik: 'person' }), 'visit')
    expect(visits).toHaveLength(1)
    expect(visits[0]?.destinations).toEqual(C5)
    expect(visits[0]?.status).toBe('planned')
    expect(visits[0]?.evidence).toHaveLength(2)
  })

  it('makes no visit when the person only talks about the trip', () => {
    const text = 'Minister Aldan Serik held talks with Kazakhstan about the trip.'
    expect(ofType(factsOf(text, { 'Aldan Serik': 'person' }), 'visit')).toEqual([])
  })

  it('makes no visit from a tour noun with no destination phrase', () => {
    const text =
      'Minister Aldan Serik said the tour operators expect more visitors from Kazakhstan and Uzbekistan.'
    expect(ofType(factsOf(text, { 'Aldan Serik': 'person' }), 'visit')).toEqual([])
  })
})

describe('summit hosts and places', () => {
  it('reads "over which X presided" as host, "the Astana summit" as place, and 5 presidents', () => {
    const text =
      'The accord followed the landmark Astana summit, over which President Daulet Sarbayev presided, that included all 5 Central Asian Presidents.'
    const meetings = ofType(factsOf(text, { 'Daulet Sarbayev': 'person' }), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.host).toBe('person:daulet-sarbayev')
    expect(meetings[0]?.location).toBe('place:kz-astana')
    expect(meetings[0]?.kind).toBe('summit')
    expect(meetings[0]?.participants).toEqual(
      expect.arrayContaining(['person:daulet-sarbayev', ...C5]),
    )
  })

  it('reads "chaired by X" as host', () => {
    const text =
      'The summit in Tashkent, chaired by President Timur Ashurov, brought together the five Central Asian leaders.'
    const meetings = ofType(factsOf(text, { 'Timur Ashurov': 'person' }), 'meeting')
    expect(meetings[0]?.host).toBe('person:timur-ashurov')
    expect(meetings[0]?.participants).toEqual(expect.arrayContaining(C5))
  })

  it('does not make a host of a person who presided over something before the summit', () => {
    const text =
      'President Daulet Sarbayev presided over the cabinet before the summit with Uzbekistan and Kyrgyzstan.'
    const meetings = ofType(factsOf(text, { 'Daulet Sarbayev': 'person' }), 'meeting')
    expect(meetings[0]?.host).toBeUndefined()
  })
})
