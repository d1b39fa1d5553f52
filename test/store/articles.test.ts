import { describe, expect, it } from 'vitest'
import { makeSaveInput, makeSource } from './factories.js'
import { DIALECTS, useTestDatabases, type Dialect } from './harness.js'

for (const dialect of DIALECTS) {
  describe(`store.articles (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    describe('save', () => {
      it('stores a new page as revision 1 and reads it back as it went in', async () => {
        const store = await databases.fresh()
        const input = makeSaveInput({
          draft: { published: '2025-11-05T09:30:00+05:00' },
          warnings: ['no byline found'],
          ingestedAt: '2025-11-05T12:00:00Z',
        })

        expect(await store.articles.save(input)).toEqual({
          id: input.id,
          revision: 1,
          outcome: 'stored',
        })
        expect(await store.articles.get(input.id)).toEqual({
          ...input.draft,
          id: input.id,
          revision: 1,
          source: input.source,
          ingestedAt: '2025-11-05T12:00:00.000Z',
        })
        expect(await store.articles.revisions(input.id)).toEqual([
          {
            revision: 1,
            draftHash: input.draftHash,
            title: input.draft.title,
            source: input.source,
            warnings: ['no byline found'],
            ingestedAt: '2025-11-05T12:00:00.000Z',
          },
        ])
      })

      it('writes nothing when the same page comes again unchanged', async () => {
        const store = await databases.fresh()
        const input = makeSaveInput()
        await store.articles.save(input)

        const again = await store.articles.save({
          ...input,
          ingestedAt: '2025-11-06T08:00:00.000Z',
        })
        expect(again).toEqual({ id: input.id, revision: 1, outcome: 'unchanged' })
        expect(await store.articles.revisions(input.id)).toHaveLength(1)
        expect((await store.articles.get(input.id))?.ingestedAt).toBe(input.ingestedAt)
      })

      it('adds a revision when the page changed, and keeps the old one', async () => {
        const store = await databases.fresh()
        const first = makeSaveInput({ identityKey: 'https://steppe-herald.example/qaratau' })
        const second = makeSaveInput({
          identityKey: first.identityKey,
          draft: { title: 'Zorvath Capital doubles its Qaratau stake', section: 'Mining' },
          source: makeSource({ contentHash: 'b'.repeat(64), kind: 'file', location: 'page.html' }),
          ingestedAt: '2025-11-06T08:00:00.000Z',
        })
        await store.articles.save(first)

        expect(await store.articles.save(second)).toEqual({
          id: first.id,
          revision: 2,
          outcome: 'revised',
        })
        const current = await store.articles.get(first.id)
        expect(current).toMatchObject({ revision: 2, title: second.draft.title, section: 'Mining' })
        expect(current?.source).toEqual(second.source)
        expect(await store.articles.getRevision(first.id, 1)).toMatchObject({
          revision: 1,
          title: first.draft.title,
          section: 'Business',
          source: first.source,
        })
        const revisions = await store.articles.revisions(first.id)
        expect(revisions.map((r) => [r.revision, r.draftHash])).toEqual([
          [1, first.draftHash],
          [2, second.draftHash],
        ])
        // The listing shows the current revision.
        const { items } = await store.articles.list({ limit: 10, offset: 0 })
        expect(items).toEqual([
          expect.objectContaining({ id: first.id, revision: 2, section: 'Mining' }),
        ])
      })

      it('answers null or empty for an unknown id or revision', async () => {
        const store = await databases.fresh()
        const input = makeSaveInput()
        await store.articles.save(input)
        expect(await store.articles.get('a0000000000000000')).toBeNull()
        expect(await store.articles.getRevision('a0000000000000000', 1)).toBeNull()
        expect(await store.articles.getRevision(input.id, 2)).toBeNull()
        expect(await store.articles.revisions('a0000000000000000')).toEqual([])
      })

      it('leaves nothing behind when storing a new page fails half-way', async () => {
        const location = await databases.create()
        const store = await databases.open(location)
        await databases.exec(location, failRevisionInsert(dialect, 'Explodes'))
        const broken = makeSaveInput({ draft: { title: 'Explodes' } })

        // The articles row goes in first; the revision insert then fails.
        await expect(store.articles.save(broken)).rejects.toThrow(/forced failure/)
        expect(await store.articles.get(broken.id)).toBeNull()
        expect(await store.articles.count()).toBe(0)
        expect(await store.articles.search('Explodes', { limit: 5, offset: 0 })).toEqual([])
        // And the same identity can be stored afterwards.
        const fixed = makeSaveInput({ identityKey: broken.identityKey })
        expect((await store.articles.save(fixed)).outcome).toBe('stored')
      })

      it('keeps the old revision whole when adding a revision fails half-way', async () => {
        const location = await databases.create()
        const store = await databases.open(location)
        await databases.exec(location, failRevisionInsert(dialect, 'Lithium instead'))
        const first = makeSaveInput({ identityKey: 'https://steppe-herald.example/kept' })
        await store.articles.save(first)
        const broken = makeSaveInput({
          identityKey: first.identityKey,
          draft: { title: 'Lithium instead', section: 'Mining' },
        })

        // The articles row is updated first; the revision insert then fails.
        await expect(store.articles.save(broken)).rejects.toThrow(/forced failure/)
        expect(await store.articles.get(first.id)).toMatchObject({
          revision: 1,
          title: first.draft.title,
        })
        expect(await store.articles.revisions(first.id)).toHaveLength(1)
        expect(await store.articles.sections()).toEqual([{ value: 'Business', count: 1 }])
        expect(await store.articles.search('lithium', { limit: 5, offset: 0 })).toEqual([])
      })

      it('stores a page once when two saves of it race', async () => {
        const store = await databases.fresh()
        const input = makeSaveInput()
        const outcomes = await Promise.all([store.articles.save(input), store.articles.save(input)])
        expect(outcomes.map((o) => o.outcome).sort()).toEqual(['stored', 'unchanged'])
        expect(await store.articles.count()).toBe(1)
      })

      it('numbers revisions without gaps or clashes when two changed versions race', async () => {
        const store = await databases.fresh()
        const identityKey = 'https://steppe-herald.example/racing'
        await store.articles.save(makeSaveInput({ identityKey }))
        const outcomes = await Promise.all([
          store.articles.save(makeSaveInput({ identityKey, draft: { title: 'Version two' } })),
          store.articles.save(makeSaveInput({ identityKey, draft: { title: 'Version three' } })),
        ])
        expect(outcomes.map((o) => [o.outcome, o.revision]).sort()).toEqual([
          ['revised', 2],
          ['revised', 3],
        ])
      })
    })

    describe('transaction', () => {
      it('commits work across aggregates together, or none of it', async () => {
        const store = await databases.fresh()
        const input = makeSaveInput()
        await expect(
          store.transaction(async (tx) => {
            await tx.articles.save(input)
            await tx.entities.upsert({ id: 'country:KZ', type: 'country', name: 'Kazakhstan' })
            throw new Error('the job failed after both writes')
          }),
        ).rejects.toThrow('the job failed')
        expect(await store.articles.get(input.id)).toBeNull()
        expect(await store.entities.get('country:KZ')).toBeNull()

        await store.transaction(async (tx) => {
          await tx.articles.save(input)
          await tx.entities.upsert({ id: 'country:KZ', type: 'country', name: 'Kazakhstan' })
        })
        expect(await store.articles.get(input.id)).not.toBeNull()
        expect(await store.entities.get('country:KZ')).not.toBeNull()
      })
    })

    describe('list, count, sections and sites', () => {
      /** Seven pages: dated, partially dated and undated, in two sections, sites and languages. */
      async function seed() {
        const store = await databases.fresh()
        const pages = {
          nov5late: makeSaveInput({
            draft: { title: 'Nov 5, ingested late', published: '2025-11-05' },
            ingestedAt: '2025-11-05T18:00:00.000Z',
          }),
          nov5early: makeSaveInput({
            draft: { title: 'Nov 5, ingested early', published: '2025-11-05T08:00:00+05:00' },
            ingestedAt: '2025-11-05T09:00:00.000Z',
          }),
          nov20: makeSaveInput({
            draft: { title: 'Nov 20', published: '2025-11-20', section: 'Politics' },
          }),
          oct: makeSaveInput({
            draft: { title: 'October, month only', published: '2025-10', site: 'Tashkent Daily' },
          }),
          dec: makeSaveInput({
            draft: { title: 'December, Russian', published: '2025-12-01', language: 'ru' },
          }),
          year: makeSaveInput({ draft: { title: 'Year only', published: '2024', section: null } }),
          undated: makeSaveInput({ draft: { title: 'Undated', published: null, site: null } }),
        }
        for (const page of Object.values(pages)) await store.articles.save(page)
        return { store, pages }
      }
      const titles = (page: { items: Array<{ title: string }> }) => page.items.map((i) => i.title)

      it('lists newest first by published day, then ingest time, undated last', async () => {
        const { store } = await seed()
        const page = await store.articles.list({ limit: 20, offset: 0 })
        expect(titles(page)).toEqual([
          'December, Russian',
          'Nov 20',
          'Nov 5, ingested late',
          'Nov 5, ingested early',
          'October, month only',
          'Year only',
          'Undated',
        ])
        expect(page.total).toBe(7)
        expect(page.items[0]).toEqual({
          id: expect.stringMatching(/^a[0-9a-f]{16}$/),
          title: 'December, Russian',
          byline: 'Aigerim Nurlanovna',
          published: '2025-12-01',
          section: 'Business',
          site: 'Steppe Herald',
          url: 'https://steppe-herald.example/2025/11/05/zorvath-qaratau',
          language: 'ru',
          revision: 1,
        })
      })

      it('filters by published day (inclusive, whole periods allowed), section, site and language', async () => {
        const { store } = await seed()
        const list = (filter: Record<string, string>) =>
          store.articles.list({ ...filter, limit: 20, offset: 0 }).then(titles)

        expect(await list({ since: '2025-11-05', until: '2025-11-20' })).toEqual([
          'Nov 20',
          'Nov 5, ingested late',
          'Nov 5, ingested early',
        ])
        expect(await list({ since: '2025-11', until: '2025-11' })).toHaveLength(3)
        expect(await list({ until: '2025-10' })).toEqual(['October, month only', 'Year only'])
        expect(await list({ since: '2025' })).toHaveLength(5)
        expect(await list({ section: 'Politics' })).toEqual(['Nov 20'])
        expect(await list({ site: 'Tashkent Daily' })).toEqual(['October, month only'])
        expect(await list({ language: 'ru' })).toEqual(['December, Russian'])
        expect(await list({ section: 'Business', language: 'en', since: '2025-11-06' })).toEqual([])
      })

      it('pages through the list with limit and offset, with the total before paging', async () => {
        const { store } = await seed()
        const first = await store.articles.list({ limit: 3, offset: 0 })
        const second = await store.articles.list({ limit: 3, offset: 3 })
        const last = await store.articles.list({ limit: 3, offset: 6 })
        expect([first.total, second.total, last.total]).toEqual([7, 7, 7])
        expect(titles(first).length + titles(second).length + titles(last).length).toBe(7)
        expect(new Set([...titles(first), ...titles(second), ...titles(last)]).size).toBe(7)
        expect(titles(last)).toEqual(['Undated'])
        const filtered = await store.articles.list({ section: 'Business', limit: 2, offset: 0 })
        expect(filtered).toMatchObject({ total: 5, items: [{}, {}] })
      })

      it('counts articles, and tallies sections and sites most common first', async () => {
        const { store } = await seed()
        expect(await store.articles.count()).toBe(7)
        expect(await store.articles.sections()).toEqual([
          { value: 'Business', count: 5 },
          { value: 'Politics', count: 1 },
        ])
        expect(await store.articles.sites()).toEqual([
          { value: 'Steppe Herald', count: 5 },
          { value: 'Tashkent Daily', count: 1 },
        ])
      })
    })
  })
}

/** SQL that makes inserting a revision with this title fail, to break a save half-way. */
function failRevisionInsert(dialect: Dialect, title: string): string {
  if (dialect === 'sqlite') {
    return `create trigger fail_revision before insert on article_revisions
      when new.title = '${title}' begin select raise(abort, 'forced failure'); end`
  }
  return `create function fail_revision() returns trigger language plpgsql as $$
      begin
        if new.title = '${title}' then raise exception 'forced failure'; end if;
        return new;
      end $$;
    create trigger fail_revision before insert on article_revisions
      for each row execute function fail_revision();`
}
