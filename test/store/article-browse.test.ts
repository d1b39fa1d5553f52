import { describe, expect, it } from 'vitest'
import { seedCorpus, useSeededCorpus } from './browse-corpus.js'
import { articleIdFor, makeSaveInput, spanOf } from './factories.js'
import { DIALECTS, useTestDatabases } from './harness.js'

const PAGE = { limit: 10, offset: 0 }

for (const dialect of DIALECTS) {
  describe(`store.articles browsing queries (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    // One seeded corpus for every test that only reads; a test that writes opens its own store.
    const seed = useSeededCorpus(databases)
    /** The corpus key of each id, to compare lists readably. */
    function keysOf(ids: readonly string[]): string[] {
      const { corpus } = seed()
      const keyById = new Map(Object.entries(corpus.ids).map(([key, id]) => [id, key]))
      return ids.map((id) => keyById.get(id) ?? id)
    }

    describe('list', () => {
      it('keeps articles in any of several sections, none for an empty list', async () => {
        const { store } = seed()
        const page = await store.articles.list({ ...PAGE, sections: ['Business', 'Markets'] })
        expect(keysOf(page.items.map((item) => item.id))).toEqual(['deal', 'prices', 'lithium'])
        expect(page.total).toBe(3)
        expect(await store.articles.list({ ...PAGE, sections: [] })).toEqual({
          items: [],
          total: 0,
        })
      })

      it('keeps articles that mention an entity, with the other filters', async () => {
        const { store } = seed()
        const ids = async (filter: { mentioning: string; sections?: string[] }) =>
          keysOf((await store.articles.list({ ...PAGE, ...filter })).items.map((item) => item.id))
        expect(await ids({ mentioning: 'country:KZ' })).toEqual(['visit', 'deal'])
        expect(await ids({ mentioning: 'country:US', sections: ['Business'] })).toEqual([
          'deal',
          'lithium',
        ])
        expect(await ids({ mentioning: 'country:ZZ' })).toEqual([])
        const paged = await store.articles.list({ mentioning: 'country:US', limit: 1, offset: 1 })
        expect(keysOf(paged.items.map((item) => item.id))).toEqual(['deal'])
        expect(paged.total).toBe(4)
      })

      it('counts only mentions of the current revision', async () => {
        const location = await databases.create()
        const store = await databases.open(location)
        const { ids, identityKeys } = await seedCorpus(store, (statement) =>
          databases.exec(location, statement),
        )
        const revised = await store.articles.save(
          makeSaveInput({
            identityKey: identityKeys.deal,
            draft: { text: 'Kazakhstan, revised and not yet extracted again.' },
          }),
        )
        expect(revised).toMatchObject({ id: ids.deal, revision: 2 })
        const page = await store.articles.list({ ...PAGE, mentioning: 'country:KZ' })
        expect(page.items.map((item) => item.id)).toEqual([ids.visit])
      })
    })

    describe('summaries', () => {
      it('returns summaries in the order given, leaving out unknown ids', async () => {
        const { store, corpus } = seed()
        const { ids } = corpus
        const summaries = await store.articles.summaries([
          ids.prices,
          'a0000000000000000',
          ids.deal,
        ])
        expect(keysOf(summaries.map((summary) => summary.id))).toEqual(['prices', 'deal'])
        expect(summaries[0]).toEqual({
          id: ids.prices,
          title: 'Tungsten prices climb',
          byline: 'Aigerim Nurlanovna',
          published: '2025-10-01',
          section: 'Markets',
          site: 'Steppe Herald',
          url: 'https://steppe-herald.example/2025/11/05/zorvath-qaratau',
          language: 'en',
          revision: 1,
        })
        expect(await store.articles.summaries([])).toEqual([])
      })

      it('takes lists longer than one statement may bind', async () => {
        const { store, corpus } = seed()
        const unknown = Array.from({ length: 1200 }, (_, i) => articleIdFor(`unknown ${i}`))
        const ids = [...unknown, corpus.ids.visit, ...unknown, corpus.ids.deal]
        const summaries = await store.articles.summaries(ids)
        expect(keysOf(summaries.map((summary) => summary.id))).toEqual(['visit', 'deal'])
      })
    })

    describe('search with a filter, and searchCount', () => {
      async function found(query: string, filter = {}, page = PAGE) {
        const { store } = seed()
        const hits = await store.articles.search(query, page, filter)
        return keysOf(hits.map((hit) => hit.summary.id)).sort()
      }

      it('narrows by section, published day and entities mentioned', async () => {
        expect(await found('tungsten')).toEqual(['deal', 'prices'])
        expect(await found('tungsten', { sections: ['Markets', 'Sport'] })).toEqual(['prices'])
        expect(await found('tungsten', { sections: [] })).toEqual([])
        expect(await found('United States', { since: '2025-11' })).toEqual(['deal', 'visit'])
        expect(await found('United States', { until: '2024' })).toEqual(['lithium'])
        expect(await found('United States', { since: '2025-10', until: '2025-10' })).toEqual([
          'prices',
        ])
        expect(await found('United States', { entityIds: ['country:KZ'] })).toEqual([
          'deal',
          'visit',
        ])
        expect(
          await found('United States', { entityIds: ['country:KZ', 'mineral:tungsten'] }),
        ).toEqual(['deal'])
        expect(await found('United States', { entityIds: [] })).toHaveLength(4)
      })

      it('narrows to articles with evidence for a fact type, reconciled evidence included', async () => {
        expect(await found('United States', { factType: 'visit' })).toEqual(['visit'])
        expect(await found('United States', { factType: 'investment' })).toEqual([
          'deal',
          'lithium',
          'prices',
        ])
        expect(await found('United States', { factType: 'legislation' })).toEqual([])
      })

      it('counts every match of the query and filter, whatever the page', async () => {
        const { store } = seed()
        expect(await store.articles.searchCount('United States')).toBe(4)
        expect(await store.articles.searchCount('tungsten', { sections: ['Markets'] })).toBe(1)
        expect(await store.articles.searchCount('tungsten', { sections: [] })).toBe(0)
        expect(
          await store.articles.searchCount('United States', {
            since: '2025',
            entityIds: ['country:US'],
            factType: 'investment',
          }),
        ).toBe(2)
        expect(await store.articles.searchCount('')).toBe(0)
        expect(await store.articles.searchCount('*:')).toBe(0)
        expect(await store.articles.searchCount('nowhere-to-be-found')).toBe(0)
      })

      it('pages through filtered hits, and finds nothing past the end', async () => {
        const second = await found('United States', {}, { limit: 2, offset: 2 })
        const first = await found('United States', {}, { limit: 2, offset: 0 })
        expect([...first, ...second].sort()).toEqual(['deal', 'lithium', 'prices', 'visit'])
        expect(await found('United States', {}, { limit: 2, offset: 10 })).toEqual([])
      })
    })

    describe('related', () => {
      it('ranks articles by shared facts, then by how rare the shared entities are', async () => {
        const { store, corpus } = seed()
        const related = await store.articles.related(corpus.ids.deal, 10)
        expect(keysOf(related.map((item) => item.summary.id))).toEqual([
          'prices',
          'visit',
          'lithium',
        ])
        const [prices, visit, lithium] = related
        expect(prices).toMatchObject({
          sharedEntities: ['mineral:tungsten', 'organization:zorvath-capital', 'country:US'],
          sharedFacts: 1,
        })
        expect(visit).toMatchObject({
          sharedEntities: ['country:KZ', 'place:astana', 'country:US'],
          sharedFacts: 0,
        })
        expect(lithium).toMatchObject({ sharedEntities: ['country:US'], sharedFacts: 0 })
        // Two entities only two articles mention weigh 1 each; country:US (4 of 5) less.
        expect(visit?.score).toBeGreaterThan(2)
        expect(visit?.score).toBeLessThan(3)
        expect(lithium?.score).toBeLessThan(1)
        expect(prices?.score).toBeCloseTo((visit?.score ?? 0) + 3, 6)
        expect(prices?.summary.title).toBe('Tungsten prices climb')
      })

      it('keeps to the limit and never lists the article itself', async () => {
        const { store, corpus } = seed()
        const related = await store.articles.related(corpus.ids.visit, 1)
        expect(keysOf(related.map((item) => item.summary.id))).toEqual(['deal'])
        expect(await store.articles.related(corpus.ids.visit, 0)).toEqual([])
        const all = await store.articles.related(corpus.ids.prices, 10)
        expect(all.map((item) => item.summary.id)).not.toContain(corpus.ids.prices)
      })

      it('finds nothing for an unknown id, an article with no mentions, or an empty store', async () => {
        const { store, corpus } = seed()
        expect(await store.articles.related('a0000000000000000', 5)).toEqual([])
        expect(await store.articles.related(corpus.ids.weather, 5)).toEqual([])
        const empty = await databases.fresh()
        expect(await empty.articles.related('a0000000000000000', 5)).toEqual([])
      })

      it('finds rare neighbours among many articles that share a common entity', async () => {
        const store = await databases.fresh()
        const common = { id: 'country:US', type: 'country' as const, name: 'United States' }
        const rare = { id: 'mineral:tungsten', type: 'mineral' as const, name: 'tungsten' }
        const text = 'The United States and tungsten.'
        const mention = (entity: typeof common | typeof rare, words: string) => ({
          ...entity,
          mentions: [spanOf(text, words)],
        })
        const ids: string[] = []
        for (let i = 0; i < 30; i += 1) {
          const { id } = await store.articles.save(makeSaveInput({ draft: { text } }))
          const entities = [mention(common, 'United States')]
          // Articles 0, 10 and 20 also mention tungsten.
          if (i % 10 === 0) entities.push(mention(rare, 'tungsten'))
          await store.facts.replaceForArticle(id, 1, [], entities)
          ids.push(id)
        }
        const related = await store.articles.related(ids[0] ?? '', 3)
        expect(
          related
            .slice(0, 2)
            .map((item) => item.summary.id)
            .sort(),
        ).toEqual([ids[10], ids[20]].sort())
        expect(related[0]?.sharedEntities).toEqual(['mineral:tungsten', 'country:US'])
        expect(related[2]?.sharedEntities).toEqual(['country:US'])
        expect(related[2]?.score).toBeLessThan(0.5)
      })
    })
  })
}
