import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

/** Invented travelers, as wire copy names them. */
const NAMES = {
  'Dara Kell': 'person',
  'Tomas Vell': 'person',
  'Ruth Amsel': 'person',
  'Zorvath Mining': 'organization',
} as const

const visitsOf = (text: string) =>
  ofType(factsOf(text, NAMES), 'visit').map((v) => ({
    traveler: v.traveler,
    destinations: v.destinations,
    status: v.status,
  }))

const KELL = 'person:dara-kell'
const VELL = 'person:tomas-vell'
const AMSEL = 'person:ruth-amsel'

describe('visit shapes of news copy', () => {
  it.each([
    [
      'Minister Dara Kell arrived in Astana on Monday.',
      KELL,
      ['country:KZ', 'place:kz-astana'],
      'completed',
    ],
    [
      'Dara Kell travelled to Kazakhstan and Uzbekistan in May.',
      KELL,
      ['country:KZ', 'country:UZ'],
      'completed',
    ],
    ['Dara Kell traveled to Mongolia last week.', KELL, ['country:MN'], 'completed'],
    [
      'Dara Kell flew to Tashkent on Friday.',
      KELL,
      ['country:UZ', 'place:uz-tashkent'],
      'completed',
    ],
    ['Dara Kell toured Kyrgyzstan in October.', KELL, ['country:KG'], 'completed'],
    [
      'Dara Kell is in Astana for talks on tungsten.',
      KELL,
      ['country:KZ', 'place:kz-astana'],
      'ongoing',
    ],
    ['Dara Kell was in Mongolia last week.', KELL, ['country:MN'], 'completed'],
    [
      'During Dara Kell’s trip to Mongolia, officials signed two deals.',
      KELL,
      ['country:MN'],
      'completed',
    ],
    [
      'Dara Kell will visit Kazakhstan, Uzbekistan and Kyrgyzstan next month.',
      KELL,
      ['country:KZ', 'country:UZ', 'country:KG'],
      'planned',
    ],
    ['A delegation led by Dara Kell visited Mongolia in June.', KELL, ['country:MN'], 'completed'],
    ['It was Dara Kell’s first visit to Mongolia.', KELL, ['country:MN'], undefined],
    [
      'Dara Kell’s Central Asia tour took her to Kazakhstan and Uzbekistan.',
      KELL,
      ['country:KZ', 'country:UZ'],
      'completed',
    ],
    ['Dara Kell returned from Mongolia on Sunday.', KELL, ['country:MN'], 'completed'],
    ['Dara Kell is back from Mongolia.', KELL, ['country:MN'], 'completed'],
    ['Dara Kell wrapped up a visit to Mongolia on Friday.', KELL, ['country:MN'], 'completed'],
    ['Dara Kell paid a visit to Mongolia in June.', KELL, ['country:MN'], 'completed'],
    ['Dara Kell is on a three-day visit to Mongolia.', KELL, ['country:MN'], 'ongoing'],
    ['Dara Kell is due in Astana on Monday.', KELL, ['country:KZ', 'place:kz-astana'], 'planned'],
    ['Dara Kell is set to visit Mongolia in March.', KELL, ['country:MN'], 'planned'],
    ['Dara Kell postponed a visit to Mongolia until May.', KELL, ['country:MN'], 'planned'],
    [
      'Tomas Vell, who heads the ministry, travelled to Mongolia in June.',
      VELL,
      ['country:MN'],
      'completed',
    ],
    [
      'The official visit of Dara Kell to Mongolia ended on Friday.',
      KELL,
      ['country:MN'],
      'completed',
    ],
    ['Dara Kell began a three-day visit to Mongolia on Monday.', KELL, ['country:MN'], 'ongoing'],
    [
      'Dara Kell will travel to Astana, where she will meet officials.',
      KELL,
      ['country:KZ', 'place:kz-astana'],
      'planned',
    ],
    [
      'A Zorvath Mining delegation visited Mongolia in May.',
      'organization:zorvath-mining',
      ['country:MN'],
      'completed',
    ],
    [
      'The two-day visit to Mongolia by Dara Kell ended on Friday.',
      KELL,
      ['country:MN'],
      'completed',
    ],
    [
      'Upon her arrival in Astana, Dara Kell met officials.',
      KELL,
      ['country:KZ', 'place:kz-astana'],
      'completed',
    ],
    [
      'President Tomas Vell welcomed Dara Kell on her first visit to Mongolia.',
      KELL,
      ['country:MN'],
      undefined,
    ],
    [
      'During Dara Kell’s Mongolia visit, officials signed two deals.',
      KELL,
      ['country:MN'],
      'completed',
    ],
    ['Dara Kell’s Mongolia trip ended on Friday.', KELL, ['country:MN'], 'completed'],
    [
      'Dara Kell, visiting Astana this week, said the talks went well.',
      KELL,
      ['country:KZ', 'place:kz-astana'],
      'ongoing',
    ],
    [
      'Dara Kell visited Kazakhstan’s capital, Astana, on Monday.',
      KELL,
      ['country:KZ', 'place:kz-astana'],
      'completed',
    ],
    [
      'Dara Kell will travel to Astana and then to Tashkent.',
      KELL,
      ['country:KZ', 'place:kz-astana', 'country:UZ', 'place:uz-tashkent'],
      'planned',
    ],
  ])('%s', (text, traveler, destinations, status) => {
    const visits = visitsOf(text)
    expect(visits).toHaveLength(1)
    expect(visits[0]?.traveler).toEqual(traveler)
    expect(visits[0]?.destinations).toEqual(destinations)
    expect(visits[0]?.status).toEqual(status)
  })

  it('leaves the person met out of "X met Y during his visit to A"', () => {
    const visits = visitsOf(
      'President Tomas Vell met Ruth Amsel in Astana during his visit to Kazakhstan.',
    )
    expect(visits.map((v) => v.traveler)).toEqual([VELL])
  })

  it('keeps both travelers of "X and Y\'s visit to A"', () => {
    const visits = visitsOf('Dara Kell and Ruth Amsel made a joint visit to Mongolia in May.')
    expect(visits.map((v) => v.traveler)).toEqual([[KELL, AMSEL]])
  })

  it('takes the subject, not the one met, as "she" of the next sentence', () => {
    const visits = visitsOf(
      'Dara Kell met Ruth Amsel on Monday. She will travel to Mongolia next week.',
    )
    expect(visits.map((v) => v.traveler)).toEqual([KELL])
  })

  it('keeps a visit asked about, and one that made a deal possible', () => {
    expect(
      visitsOf('Asked about her visit to Mongolia, Dara Kell said it went well.').map(
        (v) => v.traveler,
      ),
    ).toEqual([KELL])
    expect(
      visitsOf('Dara Kell made the deal possible during her visit to Mongolia.').map(
        (v) => v.traveler,
      ),
    ).toEqual([KELL])
  })

  it('takes "X hosted Y in A" as no visit (the guest\'s trip is not stated)', () => {
    expect(visitsOf('President Tomas Vell hosted Ruth Amsel in Astana on Monday.')).toEqual([])
  })

  it('takes a planned tour with its places in the next sentence', () => {
    const visits = visitsOf(
      'Ruth Amsel will visit Central Asia next month. She will travel to Kazakhstan and Uzbekistan.',
    )
    expect(visits).toContainEqual({
      traveler: AMSEL,
      destinations: ['country:KZ', 'country:UZ'],
      status: 'planned',
    })
  })
})

describe('what is not a visit', () => {
  it.each([
    ['Dara Kell cancelled a visit to Mongolia.'],
    ['Dara Kell called off her trip to Mongolia.'],
    ['A visit to Mongolia was discussed at the meeting.'],
    ['A possible visit to Mongolia was discussed.'],
    ['Dara Kell discussed a visit to Mongolia with officials.'],
    ['Dara Kell did not travel to Mongolia.'],
    ['Dara Kell invited Ruth Amsel to visit Mongolia.'],
    ['Zorvath Mining exports most of its ore to Mongolia.'],
    ['Dara Kell was in talks with Mongolia over the mine.'],
    ['Dara Kell’s visit to Mongolia was cancelled.'],
    ['Dara Kell’s trip to Mongolia has been called off.'],
    ['Dara Kell has never been to Mongolia.'],
    ['The visit of the delegation to Mongolia was discussed.'],
    ['Dara Kell said tourists visiting Mongolia spent more.'],
    ['Dara Kell’s Mongolian counterpart visit was short.'],
  ])('%s', (text) => {
    expect(visitsOf(text)).toEqual([])
  })
})
