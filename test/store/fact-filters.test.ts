import { describe, expect, it } from 'vitest'
import { makeAgreement, makeEntity, makeInvestment, makeSaveInput } from './factories.js'
import { DIALECTS, useTestDatabases } from './harness.js'

const zorvath = makeEntity({
  id: 'organization:zorvath-capital',
  type: 'organization',
  name: 'Zorvath Capital',
  mentions: [],
})
const tungsten = makeEntity({
  id: 'mineral:tungsten',
  type: 'mineral',
  name: 'tungsten',
  mentions: [],
})
const versions = { engineVersion: 'engine-1', referenceVersion: 'ref-1' }

for (const dialect of DIALECTS) {
  describe(`finding facts and stale extractions (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    async function storeWithFacts() {
      const store = await databases.fresh()
      const input = makeSaveInput()
      const { id, revision } = await store.articles.save(input)
      await store.facts.replaceForArticle(
        id,
        revision,
        [
          makeInvestment({ when: '2025' }),
          makeAgreement({ when: '2025-11-05', parties: ['country:KZ'] }),
        ],
        [zorvath, tungsten],
        { ...versions, warnings: [], extractedAt: '2026-01-02T03:04:05.000Z' },
      )
      return { store, articleId: id, identityKey: input.identityKey }
    }

    it('finds the facts that name an entity, by id or by the canonical name in a role', async () => {
      const { store } = await storeWithFacts()
      const types = async (entityIds: string[]) =>
        (await store.facts.list({ entityIds })).map((fact) => fact.type).sort()
      expect(await types(['mineral:tungsten'])).toEqual(['investment'])
      expect(await types(['organization:zorvath-capital'])).toEqual(['investment'])
      expect(await types(['country:KZ'])).toEqual(['agreement'])
      expect(await types(['country:KZ', 'mineral:tungsten'])).toEqual([])
      expect(await types(['country:ZZ'])).toEqual([])
    })

    it('finds facts whose date of any precision overlaps a range', async () => {
      const { store } = await storeWithFacts()
      const types = async (since?: string, until?: string) =>
        (await store.facts.list({ since, until })).map((fact) => fact.type).sort()
      expect(await types('2025-11', '2025-11')).toEqual(['agreement', 'investment'])
      expect(await types('2025-12-01')).toEqual(['investment'])
      expect(await types(undefined, '2024')).toEqual([])
    })

    it('knows which articles need extracting again: none, then a new engine, then a new revision', async () => {
      const { store, articleId, identityKey } = await storeWithFacts()
      expect(await store.facts.outdatedArticles(versions)).toEqual([])
      expect(
        await store.facts.outdatedArticles({ ...versions, engineVersion: 'engine-2' }),
      ).toEqual([articleId])
      await store.articles.save(makeSaveInput({ identityKey, draft: { text: 'A changed body.' } }))
      expect(await store.facts.outdatedArticles(versions)).toEqual([articleId])
    })
  })
}
