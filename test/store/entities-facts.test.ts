import { describe, expect, it } from 'vitest'
import type { Fact } from '../../src/model/index.js'
import type { Store } from '../../src/store/index.js'
import {
  makeAgreement,
  makeEntity,
  makeInvestment,
  makeSaveInput,
  SAMPLE_TEXT,
  spanOf,
} from './factories.js'
import { DIALECTS, useTestDatabases } from './harness.js'

const kazakhstan = {
  id: 'country:KZ',
  type: 'country' as const,
  name: 'Kazakhstan',
  aliases: ['Republic of Kazakhstan', 'KZ'],
}

/** The stored form of a fact read from one article revision: evidence names the article. */
function asStored(fact: Fact, articleId: string, revision: number) {
  return {
    ...fact,
    id: expect.stringMatching(/^f[0-9a-f]{16}$/),
    evidence: fact.evidence.map((span) => ({ ...span, articleId, revision })),
  }
}

for (const dialect of DIALECTS) {
  describe(`store.entities and store.facts (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    async function storeWithArticle() {
      const store: Store = await databases.fresh()
      const input = makeSaveInput()
      const { id } = await store.articles.save(input)
      return { store, articleId: id, identityKey: input.identityKey }
    }

    describe('entities', () => {
      it('stores an entity and reads it back exactly, optional fields absent or present', async () => {
        const store = await databases.fresh()
        const place = {
          id: 'place:qaratau',
          type: 'place' as const,
          name: 'Qaratau',
          country: ['KZ', 'UZ'],
          role: 'mining district',
        }
        const bare = { id: 'mineral:tungsten', type: 'mineral' as const, name: 'tungsten' }
        for (const entity of [kazakhstan, place, bare]) await store.entities.upsert(entity)

        expect(await store.entities.get('country:KZ')).toEqual(kazakhstan)
        expect(await store.entities.get('place:qaratau')).toEqual(place)
        expect(await store.entities.get('mineral:tungsten')).toEqual(bare)
        expect(await store.entities.get('country:ZZ')).toBeNull()
      })

      it('replaces the stored fields when the same id comes again', async () => {
        const store = await databases.fresh()
        await store.entities.upsert(kazakhstan)
        await store.entities.upsert({ ...kazakhstan, name: 'Qazaqstan', aliases: [] })
        expect(await store.entities.get('country:KZ')).toEqual({
          ...kazakhstan,
          name: 'Qazaqstan',
          aliases: [],
        })
      })

      it('lists entities by type, then name', async () => {
        const store = await databases.fresh()
        await store.entities.upsert({ id: 'country:UZ', type: 'country', name: 'Uzbekistan' })
        await store.entities.upsert(kazakhstan)
        await store.entities.upsert({ id: 'mineral:tin', type: 'mineral', name: 'tin' })
        const names = (list: Array<{ name: string }>) => list.map((e) => e.name)
        expect(names(await store.entities.list())).toEqual(['Kazakhstan', 'Uzbekistan', 'tin'])
        expect(names(await store.entities.list({ type: 'country' }))).toEqual([
          'Kazakhstan',
          'Uzbekistan',
        ])
        expect(await store.entities.list({ type: 'person' })).toEqual([])
      })
    })

    describe('facts', () => {
      it('stores an article’s facts, entities and mentions, and reads them back', async () => {
        const { store, articleId } = await storeWithArticle()
        const investment = makeInvestment()
        const agreement = makeAgreement()
        const zorvath = makeEntity()
        const astana = makeEntity({
          id: 'place:astana',
          type: 'place',
          name: 'Astana',
          aliases: undefined,
          country: 'KZ',
          mentions: [spanOf(SAMPLE_TEXT, 'Astana')],
        })

        const result = await store.facts.replaceForArticle(
          articleId,
          1,
          [investment, agreement],
          [zorvath, astana],
        )
        expect(result.factIds).toHaveLength(2)
        expect(result.mentions).toBe(2)

        expect(await store.facts.list()).toEqual([
          asStored(investment, articleId, 1),
          asStored(agreement, articleId, 1),
        ])
        expect((await store.facts.list()).map((fact) => fact.id)).toEqual(result.factIds)
        expect(await store.facts.list({ type: 'agreement' })).toEqual([
          asStored(agreement, articleId, 1),
        ])
        expect(await store.facts.list({ articleId: 'a0000000000000000' })).toEqual([])

        const { mentions: _mentions, ...zorvathStored } = zorvath
        expect(await store.entities.get(zorvath.id)).toEqual(zorvathStored)
        expect(await store.entities.mentions('place:astana')).toEqual([
          { entityId: 'place:astana', articleId, revision: 1, ...spanOf(SAMPLE_TEXT, 'Astana') },
        ])
      })

      it('keeps fact ids when the same extraction is stored again, taking the new confidence', async () => {
        const { store, articleId } = await storeWithArticle()
        const first = await store.facts.replaceForArticle(articleId, 1, [makeInvestment()], [])
        const again = await store.facts.replaceForArticle(
          articleId,
          1,
          [makeInvestment({ confidence: 0.5 })],
          [],
        )
        expect(again.factIds).toEqual(first.factIds)
        expect(await store.facts.list()).toEqual([
          expect.objectContaining({ id: first.factIds[0], confidence: 0.5 }),
        ])
      })

      it('replaces the article’s facts and mentions with those of a new revision', async () => {
        const { store, articleId, identityKey } = await storeWithArticle()
        await store.facts.replaceForArticle(
          articleId,
          1,
          [makeInvestment(), makeAgreement()],
          [makeEntity()],
        )
        const text = 'Later: Zorvath Capital signed a tungsten deal.'
        const revised = await store.articles.save(makeSaveInput({ identityKey, draft: { text } }))
        expect(revised).toMatchObject({ id: articleId, revision: 2 })

        const agreement = makeAgreement({ evidence: [spanOf(text, 'signed a tungsten deal')] })
        const zorvath = makeEntity({ mentions: [spanOf(text, 'Zorvath Capital')] })
        await store.facts.replaceForArticle(articleId, 2, [agreement], [zorvath])

        expect(await store.facts.list({ articleId })).toEqual([asStored(agreement, articleId, 2)])
        expect(await store.facts.list({ type: 'investment' })).toEqual([])
        expect(await store.entities.mentions(zorvath.id)).toEqual([
          { entityId: zorvath.id, articleId, revision: 2, ...spanOf(text, 'Zorvath Capital') },
        ])
      })

      it('keeps a fact that another article backs when one article drops it', async () => {
        const location = await databases.create()
        const store = await databases.open(location)
        const first = await store.articles.save(makeSaveInput())
        const second = await store.articles.save(makeSaveInput())
        const {
          factIds: [factId],
        } = await store.facts.replaceForArticle(first.id, 1, [makeInvestment()], [])
        // What reconciliation (a later issue) will do: cite a second article for the same fact.
        await databases.exec(
          location,
          `insert into fact_evidence (fact_id, article_id, revision, start_offset, end_offset, text)
           values ('${factId}', '${second.id}', 1, 0, 15, 'Zorvath Capital')`,
        )
        expect((await store.facts.list())[0]?.evidence).toHaveLength(2)

        await store.facts.replaceForArticle(first.id, 1, [], [])
        const [kept, ...others] = await store.facts.list()
        expect(others).toEqual([])
        expect(kept?.id).toBe(factId)
        expect(kept?.evidence).toEqual([
          { articleId: second.id, revision: 1, start: 0, end: 15, text: 'Zorvath Capital' },
        ])
        expect(await store.facts.list({ articleId: first.id })).toEqual([])
      })

      it('changes nothing when replacing fails half-way', async () => {
        const { store, articleId } = await storeWithArticle()
        await store.facts.replaceForArticle(articleId, 1, [makeInvestment()], [makeEntity()])
        const before = await store.facts.list()

        // Old evidence and mentions are deleted first; the bad confidence then breaks a CHECK.
        await expect(
          store.facts.replaceForArticle(
            articleId,
            1,
            [makeAgreement({ confidence: 2 })],
            [makeEntity({ name: 'Renamed' })],
          ),
        ).rejects.toThrow()
        expect(await store.facts.list()).toEqual(before)
        expect((await store.entities.get('organization:zorvath-capital'))?.name).toBe(
          'Zorvath Capital',
        )
        expect(await store.entities.mentions('organization:zorvath-capital')).toHaveLength(1)
      })

      it('refuses facts for a revision that is not stored', async () => {
        const { store, articleId } = await storeWithArticle()
        await expect(
          store.facts.replaceForArticle(articleId, 2, [makeInvestment()], []),
        ).rejects.toThrow(`article ${articleId} has no revision 2`)
      })
    })
  })
}
