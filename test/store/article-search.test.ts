import { beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/index.js'
import { makeSaveInput } from './factories.js'
import { DIALECTS, useTestDatabases } from './harness.js'

const PAGE = { limit: 10, offset: 0 }

/** Filler prose, so that search terms are rare in the corpus and ranking is meaningful. */
const FILLER =
  'Officials met in the capital on Tuesday to discuss rail freight, customs rules and the ' +
  'schedule of a regional forum planned for the spring.'

const CORPUS = {
  titleMatch: {
    title: 'Tungsten exports rise',
    text: `${FILLER} Volumes grew for a third month.`,
  },
  bodyMatch: {
    title: 'Regional forum agenda',
    text: `${FILLER} Delegates also touched on tungsten pricing.`,
  },
  qaratau: {
    title: 'Zorvath Capital and the Qaratau project',
    text:
      'Zorvath Capital will invest over $1 billion in the Qaratau tungsten project, ' +
      'the company said in Astana on Wednesday.',
  },
  lithium: {
    title: 'Lithium brine pilot in Khorgos',
    text: `${FILLER} A lithium brine pilot plant opened near Khorgos.`,
  },
  hyphen: {
    title: 'Border trade',
    text: `${FILLER} The Kazakh-Chinese working group will meet again in March.`,
  },
  accents: {
    title: 'Café society',
    text: `${FILLER} The résumé of the envoy was read aloud at the café.`,
  },
  filler1: { title: 'Grain harvest estimates', text: FILLER },
  filler2: { title: 'Rail freight schedule', text: `${FILLER} Trains run twice a week.` },
}
type Key = keyof typeof CORPUS

for (const dialect of DIALECTS) {
  describe(`store.articles.search (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    // One corpus for every test that only reads; a test that writes opens its own store.
    let seeded: { store: Store; ids: Record<Key, string> } | undefined
    beforeAll(async () => {
      const store = await databases.freshForAll()
      const ids = {} as Record<Key, string>
      for (const [key, { title, text }] of Object.entries(CORPUS)) {
        const saved = await store.articles.save(makeSaveInput({ draft: { title, text } }))
        ids[key as Key] = saved.id
      }
      seeded = { store, ids }
    })
    async function seed(): Promise<{ store: Store; ids: Record<Key, string> }> {
      if (!seeded) throw new Error('the corpus was not seeded (see the beforeAll error)')
      return seeded
    }
    const idsOf = (hits: Array<{ summary: { id: string } }>) => hits.map((hit) => hit.summary.id)

    it('ranks a match in the title above a match in the body only', async () => {
      const { store, ids } = await seed()
      const hits = await store.articles.search('tungsten', PAGE)
      expect(idsOf(hits)).toHaveLength(3)
      expect(idsOf(hits).indexOf(ids.titleMatch)).toBeLessThan(idsOf(hits).indexOf(ids.bodyMatch))
      expect(hits[0]?.summary).toMatchObject({
        id: ids.titleMatch,
        title: 'Tungsten exports rise',
        revision: 1,
        site: 'Steppe Herald',
      })
    })

    it('returns a body snippet with the offsets of every matched word', async () => {
      const { store, ids } = await seed()
      const [hit] = await store.articles.search('Qaratau tungsten', PAGE)
      expect(hit?.summary.id).toBe(ids.qaratau)
      expect(hit?.snippet).toContain('Qaratau tungsten project')
      expect(hit?.highlights.length).toBeGreaterThanOrEqual(2)
      const marked = hit?.highlights.map(([start, end]) => hit.snippet.slice(start, end)) ?? []
      expect(marked).toEqual(expect.arrayContaining(['Qaratau', 'tungsten']))
      for (const [start, end] of hit?.highlights ?? []) {
        expect(start).toBeLessThan(end)
        expect(end).toBeLessThanOrEqual(hit?.snippet.length ?? 0)
      }
      expect(hit?.snippet).not.toMatch(/[\uE000\uE001]/)
    })

    it('matches stems: "investing" finds "invest"', async () => {
      const { store, ids } = await seed()
      expect(idsOf(await store.articles.search('investing', PAGE))).toEqual([ids.qaratau])
    })

    it('matches "exact phrases" only as adjacent words, in order', async () => {
      const { store, ids } = await seed()
      expect(idsOf(await store.articles.search('"lithium brine pilot"', PAGE))).toEqual([
        ids.lithium,
      ])
      expect(await store.articles.search('"pilot brine"', PAGE)).toEqual([])
    })

    it('matches the last word as a prefix, for search as you type', async () => {
      const { store, ids } = await seed()
      expect(idsOf(await store.articles.search('Zorvath Qara', PAGE))).toEqual([ids.qaratau])
      expect(idsOf(await store.articles.search('Khorg', PAGE))).toEqual([ids.lithium])
      // Only the last word: an inner partial word must match whole.
      expect(await store.articles.search('Khorg lithium', PAGE)).toEqual([])
    })

    it('reads OR between words, and -word as an exclusion', async () => {
      const { store, ids } = await seed()
      const either = idsOf(await store.articles.search('lithium OR Qaratau', PAGE))
      expect(either.sort()).toEqual([ids.lithium, ids.qaratau].sort())
      const without = idsOf(await store.articles.search('tungsten -Qaratau', PAGE))
      expect(without.sort()).toEqual([ids.titleMatch, ids.bodyMatch].sort())
      // An exclusion alone looks for nothing.
      expect(await store.articles.search('-tungsten', PAGE)).toEqual([])
    })

    it('finds hyphenated words whether typed with the hyphen or as a phrase', async () => {
      const { store, ids } = await seed()
      expect(idsOf(await store.articles.search('Kazakh-Chinese', PAGE))).toEqual([ids.hyphen])
      expect(idsOf(await store.articles.search('"kazakh chinese"', PAGE))).toEqual([ids.hyphen])
    })

    it.skipIf(dialect === 'postgres')(
      'ignores diacritics: "resume" finds "résumé" (SQLite only: the english text search config of PostgreSQL keeps accents)',
      async () => {
        const { store, ids } = await seed()
        expect(idsOf(await store.articles.search('resume', PAGE))).toEqual([ids.accents])
      },
    )

    it('pages through hits with limit and offset', async () => {
      const { store } = await seed()
      const all = idsOf(await store.articles.search('tungsten', PAGE))
      const first = idsOf(await store.articles.search('tungsten', { limit: 2, offset: 0 }))
      const rest = idsOf(await store.articles.search('tungsten', { limit: 2, offset: 2 }))
      expect([...first, ...rest]).toEqual(all)
      expect(first).toHaveLength(2)
    })

    it('searches the current revision only', async () => {
      const store = await databases.fresh()
      const identityKey = 'https://steppe-herald.example/revised'
      await store.articles.save(
        makeSaveInput({ identityKey, draft: { title: 'Tin talks', text: 'About tin.' } }),
      )
      await store.articles.save(
        makeSaveInput({ identityKey, draft: { title: 'Copper talks', text: 'About copper.' } }),
      )
      expect(await store.articles.search('tin', PAGE)).toEqual([])
      const [hit] = await store.articles.search('copper', PAGE)
      expect(hit?.summary).toMatchObject({ title: 'Copper talks', revision: 2 })
    })

    it('finds nothing, without error, for an empty or blank query', async () => {
      const { store } = await seed()
      expect(await store.articles.search('', PAGE)).toEqual([])
      expect(await store.articles.search('   \n\t', PAGE)).toEqual([])
    })

    const HOSTILE = [
      '"unbalanced',
      'AND OR NOT',
      '*',
      'col:foo',
      'title:tungsten',
      '-',
      '--',
      '"',
      '""',
      '()',
      'NEAR(tungsten lithium)',
      'tungsten AND',
      'OR tungsten',
      'tungsten NOT',
      '^tungsten',
      '+tungsten',
      "tungsten'; drop table articles; --",
      'tung\u0000sten',
      '🙂',
      '🙂🇰🇿 tungsten',
      '\\',
      '$$',
      ':*',
      '&|!<->',
      'x'.repeat(10_240),
      'tungsten '.repeat(1_200),
    ]
    it.each(
      HOSTILE.map((query) => [
        query.length > 40 ? `${query.slice(0, 20)}… (${query.length} chars)` : query,
        query,
      ]),
    )('never fails on the hostile query %j', async (_label, query) => {
      const { store } = await seed()
      const hits = await store.articles.search(query, PAGE)
      expect(Array.isArray(hits)).toBe(true)
      expect(await store.articles.count()).toBe(Object.keys(CORPUS).length)
    })

    it('never fails on 300 random strings of quotes, operators, symbols and scripts', async () => {
      const { store } = await seed()
      for (const query of randomQueries(300)) {
        await expect(store.articles.search(query, PAGE), JSON.stringify(query)).resolves.toEqual(
          expect.any(Array),
        )
      }
    })

    it('still finds the words inside hostile punctuation', async () => {
      const { store, ids } = await seed()
      for (const query of [
        'tungsten AND',
        '(tungsten)',
        'tungsten*',
        '+tungsten',
        '🙂🇰🇿 tungsten',
      ]) {
        expect(idsOf(await store.articles.search(query, PAGE)), query).toContain(ids.titleMatch)
      }
      expect(idsOf(await store.articles.search('"Qaratau tungsten', PAGE))).toEqual([ids.qaratau])
    })
  })
}

/** Pieces people (and scripts) put in search boxes: syntax of both engines, and other scripts. */
const QUERY_PIECES = [
  ...'"\'*-+:^()[]{}<>|&!~@#$%\\/.,;?=_`'.split(''),
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '\u00a0',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'and',
  'or',
  'not',
  '<->',
  ':*',
  '!!',
  '--',
  '""',
  'tungsten',
  'Qaratau',
  'lithium',
  'the',
  'a',
  '1',
  '2025',
  'x1',
  'café',
  'e\u0301',
  'Қазақстан',
  'Ташкент',
  '東京',
  'العربية',
  'ğüşıöç',
  'ß',
  '🙂',
  '🇰🇿',
  '👩‍🔬',
  '\uE000',
  '\uE001',
  '\uFFFD',
  '\uD800',
]

/** Deterministic (seeded) random queries, so a failure can be reproduced. */
function randomQueries(count: number): string[] {
  let seed = 20251105
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 12) },
      () => QUERY_PIECES[Math.floor(next() * QUERY_PIECES.length)] ?? '',
    ).join(''),
  )
}
