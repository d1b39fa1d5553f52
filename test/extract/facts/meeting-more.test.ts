import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

describe('meetings in news phrasing', () => {
  it('reads "A met B and C on Thursday" as a meeting of the three', () => {
    const text =
      'Ravil Eskerov met Commerce Secretary Mara Lind and Industry Minister Kanat Orlov on Thursday.'
    const meetings = ofType(
      factsOf(text, { 'Ravil Eskerov': 'person', 'Mara Lind': 'person', 'Kanat Orlov': 'person' }),
      'meeting',
    )
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.participants).toEqual(
      expect.arrayContaining(['person:ravil-eskerov', 'person:mara-lind', 'person:kanat-orlov']),
    )
    expect(meetings[0]?.when).toBeDefined()
  })

  it('reads a state that held a forum as its host, with the date', () => {
    const text = 'Kazakhstan held its first international mining forum last October.'
    const meetings = ofType(factsOf(text, {}, '2025-11-14'), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.kind).toBe('forum')
    expect(meetings[0]?.host).toBe('country:KZ')
    expect(meetings[0]?.when).toBe('2025-10')
  })

  it('makes no host of a state that only attended a forum', () => {
    const text = 'Kazakhstan sent a delegation to the mining forum in Astana last October.'
    const meetings = ofType(factsOf(text, {}, '2025-11-14'), 'meeting')
    expect(meetings.every((m) => m.host === undefined)).toBe(true)
  })

  it('reads a past summit mentioned in passing with its place and date', () => {
    const text = "The first China–Central Asia summit, in Xi'an in May 2023, set up a secretariat."
    const meetings = ofType(factsOf(text, {}, '2025-06-18'), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.kind).toBe('summit')
    expect(meetings[0]?.location).toBe('place:cn-xian')
    expect(meetings[0]?.when).toBe('2023-05')
  })

  it('makes no meeting of "the hosts" in a match report', () => {
    const text =
      'Forward Jon Marro put the hosts ahead after 12 minutes, and Ivo Kalt doubled the lead.'
    expect(
      ofType(factsOf(text, { 'Jon Marro': 'person', 'Ivo Kalt': 'person' }), 'meeting'),
    ).toEqual([])
  })

  it('makes no meeting of talks between football people', () => {
    const text = 'Coach Jon Marro held talks with midfielder Ivo Kalt before the match on Sunday.'
    expect(
      ofType(factsOf(text, { 'Jon Marro': 'person', 'Ivo Kalt': 'person' }), 'meeting'),
    ).toEqual([])
  })
})
