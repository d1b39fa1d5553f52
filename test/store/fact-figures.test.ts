import { describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/index.js'
import { useSeededCorpus } from './browse-corpus.js'
import { makeAgreement, makeEntity, makeInvestment, makeSaveInput } from './factories.js'
import { DIALECTS, useTestDatabases } from './harness.js'

const versions = { engineVersion: 'engine-1', referenceVersion: 'ref-1' }

for (const dialect of DIALECTS) {
  describe(`store.facts figures for bounded pages (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    const seed = useSeededCorpus(databases)

    it('filters by several types, by ids and by having a date; empty lists match nothing', async () => {
      const { store, corpus } = seed()
      const types = async (filter: Parameters<Store['facts']['list']>[0]) =>
        (await store.facts.list(filter)).map((fact) => fact.type).sort()
      expect(await types({ types: ['visit', 'agreement'] })).toEqual(['agreement', 'visit'])
      expect(await types({ types: [] })).toEqual([])
      expect(await types({ ids: corpus.factIds.visit })).toEqual(['visit'])
      expect(await types({ ids: [] })).toEqual([])
      expect(await types({ dated: true })).toEqual(['agreement', 'investment', 'visit'])
      expect(await types({ dated: false })).toEqual(['investment'])
      expect(await store.facts.count({ dated: true, types: ['investment'] })).toBe(1)
    })

    it('lists facts without their evidence, in the same order and with the same roles', async () => {
      const { store } = seed()
      const withEvidence = await store.facts.list({ order: 'when-desc' })
      const without = await store.facts.listWithoutEvidence({ order: 'when-desc' })
      expect(without).toEqual(withEvidence.map(({ evidence: _evidence, ...fact }) => fact))
      expect(without.some((fact) => 'evidence' in fact)).toBe(false)
      const paged = await store.facts.listWithoutEvidence({ limit: 1, offset: 1 })
      expect(paged.map((fact) => fact.id)).toEqual([withEvidence[1]?.id])
    })

    it('counts dated facts by the month or year they start in, oldest first', async () => {
      const { store } = seed()
      expect(await store.facts.countByPeriod({}, 'month')).toEqual([
        { period: '2025-01', count: 1 },
        { period: '2025-11', count: 2 },
      ])
      expect(await store.facts.countByPeriod({}, 'year')).toEqual([{ period: '2025', count: 3 }])
      expect(await store.facts.countByPeriod({ type: 'visit' }, 'month')).toEqual([
        { period: '2025-11', count: 1 },
      ])
      expect(
        await store.facts.countByPeriod({ entityIds: ['country:UZ'], limit: 1 }, 'month'),
      ).toEqual([])
    })

    it('finds entities by id, leaving out ids it does not know', async () => {
      const { store } = seed()
      const found = await store.entities.list({ ids: ['country:KZ', 'country:ZZ', 'country:US'] })
      expect(found.map((entity) => entity.id).sort()).toEqual(['country:KZ', 'country:US'])
      expect(await store.entities.list({ ids: [] })).toEqual([])
    })

    it('moves its extraction stamp when an extraction is stored, and only then', async () => {
      const store = await databases.fresh()
      expect(await store.facts.extractionStamp()).toEqual({ extractions: 0, latest: null })
      const input = makeSaveInput()
      const { id, revision } = await store.articles.save(input)
      expect(await store.facts.extractionStamp()).toEqual({ extractions: 0, latest: null })
      const entity = makeEntity({ mentions: [] })
      const record = (extractedAt: string) => ({ ...versions, warnings: [], extractedAt })
      await store.facts.replaceForArticle(
        id,
        revision,
        [makeInvestment({ when: '2025' })],
        [entity],
        record('2026-01-02T03:04:05.000Z'),
      )
      expect(await store.facts.extractionStamp()).toEqual({
        extractions: 1,
        latest: '2026-01-02T03:04:05.000Z',
      })
      await store.facts.replaceForArticle(
        id,
        revision,
        [makeAgreement({ when: '2025-11-05', parties: ['country:KZ'] })],
        [entity],
        record('2026-01-03T00:00:00.000Z'),
      )
      expect(await store.facts.extractionStamp()).toEqual({
        extractions: 1,
        latest: '2026-01-03T00:00:00.000Z',
      })
    })
  })
}
