import { describe, expect, it } from 'vitest'
import { ENTITIES, seedCorpus, useSeededCorpus } from './browse-corpus.js'
import { makeSaveInput, spanOf } from './factories.js'
import { DIALECTS, useTestDatabases } from './harness.js'

const names = (list: ReadonlyArray<{ name: string }>) => list.map((entity) => entity.name)

for (const dialect of DIALECTS) {
  describe(`store.entities browsing queries (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    const seed = useSeededCorpus(databases)

    describe('catalogue', () => {
      it('lists entities with their article and fact counts, most-mentioned first, then by name', async () => {
        const { store } = seed()
        const page = await store.entities.catalogue()
        expect(page.total).toBe(9)
        expect(names(page.items)).toEqual([
          'United States',
          'Astana',
          'Kazakhstan',
          'Zorvath Capital',
          'tungsten',
          'Marco Rubio',
          'Uzbekistan',
          'lithium',
          '100%_Steppe Fund',
        ])
        expect(page.items[0]).toEqual({ ...ENTITIES.unitedStates, articles: 4, facts: 1 })
        expect(page.items.at(-1)).toEqual({ ...ENTITIES.fund, articles: 0, facts: 0 })
      })

      it('filters by type and name, and pages', async () => {
        const { store } = seed()
        const countries = await store.entities.catalogue({ type: 'country' })
        expect(countries.items.map(({ id, articles, facts }) => ({ id, articles, facts }))).toEqual(
          [
            { id: 'country:US', articles: 4, facts: 1 },
            { id: 'country:KZ', articles: 2, facts: 3 },
            { id: 'country:UZ', articles: 1, facts: 1 },
          ],
        )
        const page = await store.entities.catalogue({ limit: 2, offset: 1 })
        expect(names(page.items)).toEqual(['Astana', 'Kazakhstan'])
        expect(page.total).toBe(9)
        expect(await store.entities.catalogue({ limit: 10, offset: 50 })).toEqual({
          items: [],
          total: 9,
        })
        const named = await store.entities.catalogue({ nameContains: 'STAN', limit: 1 })
        expect(names(named.items)).toEqual(['Astana'])
        expect(named.total).toBe(3)
      })

      it('is empty for an empty store', async () => {
        const store = await databases.fresh()
        expect(await store.entities.catalogue()).toEqual({ items: [], total: 0 })
        expect(await store.entities.counts()).toEqual([])
        expect(await store.entities.suggest('kaz', 5)).toEqual([])
      })
    })

    describe('list with nameContains, limit and offset', () => {
      it('matches the name or an alias, case-insensitively, keeping type-then-name order', async () => {
        const { store } = seed()
        const matching = async (nameContains: string) =>
          names(await store.entities.list({ nameContains }))
        expect(await matching('stan')).toEqual(['Kazakhstan', 'Uzbekistan', 'Astana'])
        expect(await matching('republic')).toEqual(['Kazakhstan'])
        expect(await matching('u.s.')).toEqual(['United States'])
        expect(await matching('SECRETARY')).toEqual(['Marco Rubio'])
        expect(await matching('  ')).toHaveLength(9)
        expect(
          names(await store.entities.list({ nameContains: 'stan', limit: 1, offset: 1 })),
        ).toEqual(['Uzbekistan'])
        expect(await store.entities.list({ offset: 100 })).toEqual([])
      })

      it('takes LIKE wildcards and JSON punctuation literally', async () => {
        const { store } = seed()
        const matching = async (nameContains: string) =>
          names(await store.entities.list({ nameContains }))
        expect(await matching('%')).toEqual(['100%_Steppe Fund'])
        expect(await matching('_')).toEqual(['100%_Steppe Fund'])
        expect(await matching('0_s')).toEqual([])
        expect(await matching('\\')).toEqual([])
        // Between two aliases the JSON text has `","`; no alias holds it.
        expect(await matching('","')).toEqual([])
        expect(await matching('kazakhstan","kz')).toEqual([])
      })
    })

    describe('forArticle', () => {
      it('gives the entities of the current revision in text order, each with its mentions', async () => {
        const { store, corpus } = seed()
        const found = await store.entities.forArticle(corpus.ids.prices)
        expect(found.map(({ entity }) => entity.id)).toEqual([
          'mineral:tungsten',
          'organization:zorvath-capital',
          'country:US',
        ])
        const text =
          'Tungsten prices rose as Zorvath Capital bought more tungsten. ' +
          'The United States imports most of it.'
        const mention = (words: string) => ({
          entityId: 'mineral:tungsten',
          articleId: corpus.ids.prices,
          revision: 1,
          ...spanOf(text, words),
        })
        expect(found[0]).toEqual({
          entity: ENTITIES.tungsten,
          mentions: [mention('Tungsten'), mention('tungsten')],
        })
      })

      it('is empty for an unknown id, an article with no mentions, or a revision not extracted', async () => {
        const { store, corpus } = seed()
        expect(await store.entities.forArticle('a0000000000000000')).toEqual([])
        expect(await store.entities.forArticle(corpus.ids.weather)).toEqual([])

        const location = await databases.create()
        const other = await databases.open(location)
        const { ids, identityKeys } = await seedCorpus(other, (statement) =>
          databases.exec(location, statement),
        )
        await other.articles.save(
          makeSaveInput({ identityKey: identityKeys.visit, draft: { text: 'Revised.' } }),
        )
        expect(await other.entities.forArticle(ids.visit)).toEqual([])
      })
    })

    describe('suggest', () => {
      it('finds entities by the start of any word of the name or an alias, most-mentioned first', async () => {
        const { store } = seed()
        const suggested = async (prefix: string, limit = 10) =>
          names(await store.entities.suggest(prefix, limit))
        expect(await suggested('kaz')).toEqual(['Kazakhstan'])
        expect(await suggested('KAZ')).toEqual(['Kazakhstan'])
        expect(await suggested('rub')).toEqual(['Marco Rubio'])
        expect(await suggested('rep')).toEqual(['Kazakhstan'])
        expect(await suggested('secretary')).toEqual(['Marco Rubio'])
        expect(await suggested('u')).toEqual(['United States', 'Uzbekistan'])
        expect(await suggested('u', 1)).toEqual(['United States'])
        expect(await suggested('stan')).toEqual([])
        expect(await suggested('steppe')).toEqual([])
        expect(await suggested(' kaz ')).toEqual(['Kazakhstan'])
        expect(await suggested('')).toEqual([])
        expect(await suggested('   ')).toEqual([])
        expect(await suggested('kaz', 0)).toEqual([])
        expect((await store.entities.suggest('kaz', 5))[0]).toEqual({
          ...ENTITIES.kazakhstan,
          articles: 2,
          facts: 3,
        })
      })

      it('keeps to the types asked for', async () => {
        const { store } = seed()
        const suggested = async (types: Array<'person' | 'country'>) =>
          names(await store.entities.suggest('u', 10, types))
        expect(await suggested(['country'])).toEqual(['United States', 'Uzbekistan'])
        expect(await suggested(['person'])).toEqual([])
        expect(names(await store.entities.suggest('rub', 10, ['person']))).toEqual(['Marco Rubio'])
        expect(await suggested([])).toEqual([])
      })

      it('takes LIKE wildcards literally', async () => {
        const { store } = seed()
        const suggested = async (prefix: string) => names(await store.entities.suggest(prefix, 10))
        expect(await suggested('%')).toEqual([])
        expect(await suggested('_')).toEqual([])
        expect(await suggested('%a')).toEqual([])
        expect(await suggested('100%_')).toEqual(['100%_Steppe Fund'])
        // As wildcards, `_` would match the `%` and `%` the `_`.
        expect(await suggested('100_%')).toEqual([])
        expect(await suggested('\\')).toEqual([])
      })
    })

    describe('counts', () => {
      it('counts articles and facts per entity of a type, for a map', async () => {
        const { store } = seed()
        expect(await store.entities.counts('country')).toEqual([
          { entityId: 'country:US', articles: 4, facts: 1 },
          { entityId: 'country:KZ', articles: 2, facts: 3 },
          { entityId: 'country:UZ', articles: 1, facts: 1 },
        ])
        expect(await store.entities.counts()).toHaveLength(9)
        expect(await store.entities.counts('initiative')).toEqual([])
      })
    })
  })
}
