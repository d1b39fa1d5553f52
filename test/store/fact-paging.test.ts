import { describe, expect, it } from 'vitest'
import type { FactFilter } from '../../src/store/index.js'
import { useSeededCorpus } from './browse-corpus.js'
import { DIALECTS, useTestDatabases } from './harness.js'

for (const dialect of DIALECTS) {
  describe(`store.facts paging, ordering and counting (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    const seed = useSeededCorpus(databases)
    /** Facts by a readable name: the 2025 investment, the agreement, the visit, the undated one. */
    async function listed(filter: FactFilter): Promise<string[]> {
      const { store, corpus } = seed()
      const [investment2025, agreement] = corpus.factIds.deal
      const nameById = new Map([
        [investment2025, 'investment-2025'],
        [agreement, 'agreement'],
        [corpus.factIds.visit[0], 'visit'],
        [corpus.factIds.lithium[0], 'investment-undated'],
      ])
      return (await store.facts.list(filter)).map((fact) => nameById.get(fact.id) ?? fact.id)
    }

    it('orders by date either way with undated facts last, by type, or by confidence', async () => {
      expect(await listed({ order: 'when-desc' })).toEqual([
        'visit',
        'agreement',
        'investment-2025',
        'investment-undated',
      ])
      expect(await listed({ order: 'when-asc' })).toEqual([
        'investment-2025',
        'agreement',
        'visit',
        'investment-undated',
      ])
      expect(await listed({ order: 'type' })).toEqual([
        'agreement',
        'investment-2025',
        'investment-undated',
        'visit',
      ])
      expect(await listed({ order: 'confidence' })).toEqual([
        'investment-2025',
        'visit',
        'agreement',
        'investment-undated',
      ])
    })

    it('keeps the order of first evidence without order or limit, and newest first with a limit', async () => {
      const { store, corpus } = seed()
      const byArticle = [corpus.ids.deal, corpus.ids.visit, corpus.ids.lithium].sort()
      const firstArticles = (await store.facts.list()).map((fact) => fact.evidence[0]?.articleId)
      expect(firstArticles).toEqual([...firstArticles].sort())
      expect(new Set(firstArticles)).toEqual(new Set(byArticle))
      expect(await listed({ limit: 2 })).toEqual(['visit', 'agreement'])
    })

    it('pages, and finds nothing past the end', async () => {
      expect(await listed({ order: 'when-desc', limit: 2, offset: 1 })).toEqual([
        'agreement',
        'investment-2025',
      ])
      expect(await listed({ order: 'when-asc', offset: 3 })).toEqual(['investment-undated'])
      expect(await listed({ limit: 10, offset: 10 })).toEqual([])
    })

    it('loads all the evidence of each fact on the page, from every article', async () => {
      const { store, corpus } = seed()
      const [fact] = await store.facts.list({ order: 'when-asc', limit: 1 })
      expect(fact?.evidence.map((item) => item.articleId).sort()).toEqual(
        [corpus.ids.deal, corpus.ids.prices].sort(),
      )
    })

    it('filters by status, and by any of several entities', async () => {
      expect(await listed({ status: 'planned' })).toEqual(['investment-undated'])
      expect(await listed({ status: 'signed', type: 'agreement' })).toEqual(['agreement'])
      expect(await listed({ status: 'rumoured' })).toEqual([])
      expect(
        await listed({ anyEntityIds: ['mineral:lithium', 'person:marco-rubio'], order: 'type' }),
      ).toEqual(['investment-undated', 'visit'])
      expect(
        await listed({
          entityIds: ['country:KZ'],
          anyEntityIds: ['country:US', 'person:marco-rubio'],
          order: 'type',
        }),
      ).toEqual(['agreement', 'visit'])
      expect(await listed({ anyEntityIds: [] })).toEqual([])
      expect(await listed({ anyEntityIds: ['country:ZZ'] })).toEqual([])
    })

    it('filters by groups of entities: one of each group', async () => {
      const groups = [
        ['country:US', 'person:marco-rubio'],
        ['mineral:lithium', 'country:KZ'],
      ]
      expect(await listed({ entityGroups: groups, order: 'type' })).toEqual(['agreement', 'visit'])
      expect(await listed({ entityGroups: [['country:KZ'], []] })).toEqual([])
      expect(await seed().store.facts.count({ entityGroups: groups })).toBe(2)
    })

    it('counts the matches, ignoring limit and offset', async () => {
      const { store, corpus } = seed()
      expect(await store.facts.count()).toBe(4)
      expect(await store.facts.count({ limit: 1, offset: 3 })).toBe(4)
      expect(await store.facts.count({ type: 'investment' })).toBe(2)
      expect(await store.facts.count({ articleId: corpus.ids.prices })).toBe(1)
      expect(await store.facts.count({ anyEntityIds: ['country:KZ', 'country:US'] })).toBe(3)
      expect(await store.facts.count({ entityIds: ['country:KZ', 'country:US'] })).toBe(1)
      expect(await store.facts.count({ since: '2025-11', until: '2025-11' })).toBe(3)
      expect(await store.facts.count({ anyEntityIds: [] })).toBe(0)
    })

    it('counts and lists nothing in an empty store', async () => {
      const store = await databases.fresh()
      expect(await store.facts.count()).toBe(0)
      expect(await store.facts.list({ limit: 5, offset: 0, order: 'confidence' })).toEqual([])
    })
  })
}
