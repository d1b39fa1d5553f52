import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

describe('meetings told as "sat down with"', () => {
  it('takes the states of "the presidents of A, B and C" and the person they sat down with', () => {
    const text =
      'The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan sat down with President Daniel Orwell at the White House on Thursday.'
    const meetings = ofType(factsOf(text, { 'Daniel Orwell': 'person' }), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.participants).toEqual(
      expect.arrayContaining(['person:daniel-orwell', 'country:KZ', 'country:KG', 'country:UZ']),
    )
    expect(meetings[0]?.location).toBe('organization:us-white-house')
    expect(meetings[0]?.when).toBe('2025-12-25')
  })

  it('takes the members of a group phrase and a city', () => {
    const text =
      'The five Central Asian presidents sat down with President Daniel Orwell in Washington in November.'
    const meetings = ofType(factsOf(text, { 'Daniel Orwell': 'person' }), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.participants).toEqual(
      expect.arrayContaining(['person:daniel-orwell', 'country:KZ', 'country:TJ', 'country:TM']),
    )
    expect(meetings[0]?.location).toBe('place:us-washington-dc')
    expect(meetings[0]?.when).toBe('2025-11')
  })

  it('reads "sits down with" between two named people', () => {
    const text = 'Minister Aida Korlanova sits down with envoy Hiro Tanabe in Tokyo on Monday.'
    const meetings = ofType(
      factsOf(text, { 'Aida Korlanova': 'person', 'Hiro Tanabe': 'person' }),
      'meeting',
    )
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.participants).toEqual(
      expect.arrayContaining(['person:aida-korlanova', 'person:hiro-tanabe']),
    )
  })

  it('makes no meeting of someone sitting down alone', () => {
    const text = 'Minister Aida Korlanova sat down with reporters after the vote.'
    expect(ofType(factsOf(text, { 'Aida Korlanova': 'person' }), 'meeting')).toEqual([])
  })
})

describe('several meetings of one subject in one sentence', () => {
  const invented = {
    'Daulet Sarbayev': 'person',
    'Emil Rahmat': 'person',
    'Daniel Orwell': 'person',
  } as const

  it('splits "met B in X in October and with C at Y in November" into two meetings', () => {
    const text =
      'Kazakh President Daulet Sarbayev met Tajik leader Emil Rahmat in Dushanbe in October and with President Daniel Orwell at the White House in November.'
    const meetings = ofType(factsOf(text, invented), 'meeting')
    expect(meetings).toHaveLength(2)
    const [first, second] = meetings
    expect(first?.participants).toEqual(
      expect.arrayContaining(['person:daulet-sarbayev', 'person:emil-rahmat', 'country:KZ']),
    )
    expect(first?.participants).not.toContain('person:daniel-orwell')
    expect(first?.location).toBe('place:tj-dushanbe')
    expect(first?.when).toBe('2025-10')
    expect(second?.participants).toEqual(
      expect.arrayContaining(['person:daulet-sarbayev', 'person:daniel-orwell']),
    )
    expect(second?.participants).not.toContain('person:emil-rahmat')
    expect(second?.location).toBe('organization:us-white-house')
    expect(second?.when).toBe('2025-11')
  })

  it('splits "and then with" with weekdays', () => {
    const text =
      'Foreign Minister Aida Korlanova met envoy Hiro Tanabe in Tokyo on Monday and then with Minister Olga Dentrova in Seoul on Wednesday.'
    const meetings = ofType(
      factsOf(text, {
        'Aida Korlanova': 'person',
        'Hiro Tanabe': 'person',
        'Olga Dentrova': 'person',
      }),
      'meeting',
    )
    expect(meetings.map((m) => m.location)).toEqual(['place:jp-tokyo', 'place:kr-seoul'])
  })

  it('keeps one meeting when the second part has no place or date of its own', () => {
    const text =
      'Daulet Sarbayev met Emil Rahmat in Dushanbe in October and with Daniel Orwell as well.'
    const meetings = ofType(factsOf(text, invented), 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.participants).toEqual(
      expect.arrayContaining([
        'person:daulet-sarbayev',
        'person:emil-rahmat',
        'person:daniel-orwell',
      ]),
    )
  })

  it('does not split "agreed with" after a meeting', () => {
    const text =
      'Daulet Sarbayev met Emil Rahmat in Dushanbe and agreed with Daniel Orwell on a plan.'
    expect(ofType(factsOf(text, invented), 'meeting')).toHaveLength(1)
  })
})
