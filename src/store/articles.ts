import type { Kysely, Selectable, Transaction } from 'kysely'
import { z } from 'zod'
import { Article, ArticleDraft, ArticleId, Source } from '../model/index.js'
import { indexArticle, searchArticles } from './article-search.js'
import type { ArticleRevisionsTable, ArticlesTable, Database, SqlDialect } from './schema.js'
import { inTransaction, isWriteConflict, parseJson, toCount, WriteConflict } from './sql-helpers.js'

export interface SaveArticleInput {
  id: ArticleId
  /** What makes two pages the same article (canonical URL, or site + title + date). */
  identityKey: string
  draft: ArticleDraft
  /** Hash of the draft: equal hashes mean the page has not changed. */
  draftHash: string
  source: Source
  warnings: string[]
  /** ISO 8601; stored as UTC with milliseconds ("2025-12-26T10:00:00.000Z"). */
  ingestedAt: string
}

export interface SaveArticleResult {
  id: string
  revision: number
  outcome: 'stored' | 'revised' | 'unchanged'
}

export type ArticleSummary = Pick<
  Article,
  'id' | 'title' | 'byline' | 'published' | 'section' | 'site' | 'url' | 'language' | 'revision'
>

export interface ArticleRevisionInfo {
  revision: number
  draftHash: string
  title: string
  source: Source
  warnings: string[]
  ingestedAt: string
}

export interface ArticleListFilter {
  /** Inclusive bounds on the published day: YYYY-MM-DD, or YYYY-MM / YYYY for a whole period. */
  since?: string
  until?: string
  section?: string
  site?: string
  language?: string
  limit: number
  offset: number
}

export interface Page<T> {
  items: T[]
  /** Matches before limit and offset. */
  total: number
}

/** A distinct value and the number of articles that have it. */
export interface Tally {
  value: string
  count: number
}

export interface SearchHit {
  summary: ArticleSummary
  /** A passage of the body around the matches. */
  snippet: string
  /** [start, end) offsets into `snippet` (JavaScript string indices) of the matched words. */
  highlights: Array<[number, number]>
}

export interface Articles {
  /** Stores a new article, adds a revision to a changed one, or does nothing; one transaction. */
  save(input: SaveArticleInput): Promise<SaveArticleResult>
  /** The current revision, or null for an unknown id. */
  get(id: string): Promise<Article | null>
  getRevision(id: string, revision: number): Promise<Article | null>
  /** Every revision, oldest first; empty for an unknown id. */
  revisions(id: string): Promise<ArticleRevisionInfo[]>
  /** Newest first by published day (undated last), then by ingest time. */
  list(filter: ArticleListFilter): Promise<Page<ArticleSummary>>
  count(): Promise<number>
  /** The current revision of the article with this identity, and its draft hash; null if none. */
  findByIdentity(
    identityKey: string,
  ): Promise<{ id: string; revision: number; draftHash: string } | null>
  sections(): Promise<Tally[]>
  sites(): Promise<Tally[]>
  /** Best match first, over title and body; an empty or symbol-only query finds nothing. */
  search(query: string, page: { limit: number; offset: number }): Promise<SearchHit[]>
}

/** A retry sees the row the concurrent writer committed; one more covers a second race. */
const MAX_SAVE_ATTEMPTS = 3

const ArticleSummary = Article.pick({
  id: true,
  title: true,
  byline: true,
  published: true,
  section: true,
  site: true,
  url: true,
  language: true,
  revision: true,
})
const Warnings = z.array(z.string())

const SUMMARY_COLUMNS = [
  'id',
  'title',
  'byline',
  'published',
  'section',
  'site',
  'url',
  'language',
  'revision',
] as const

export function createArticles(db: Kysely<Database>, dialect: SqlDialect): Articles {
  return {
    async save(input) {
      // Checked here so that whatever is stored reads back through the model's schemas.
      const valid = {
        ...input,
        id: ArticleId.parse(input.id),
        draft: ArticleDraft.parse(input.draft),
        source: Source.parse(input.source),
        ingestedAt: toUtcInstant(input.ingestedAt),
      }
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await inTransaction(db, (trx) => saveOnce(trx, dialect, valid))
        } catch (error) {
          // Inside a caller's transaction the failed statement has already doomed it: rethrow.
          const canRetry = !db.isTransaction && attempt < MAX_SAVE_ATTEMPTS
          if (!canRetry || !isWriteConflict(error)) throw error
        }
      }
    },

    async get(id) {
      const row = await db
        .selectFrom('articles as a')
        .innerJoin('article_revisions as r', (join) =>
          join.onRef('r.article_id', '=', 'a.id').onRef('r.revision', '=', 'a.revision'),
        )
        .selectAll('r')
        .where('a.id', '=', id)
        .executeTakeFirst()
      return row ? toArticle(row) : null
    },

    async getRevision(id, revision) {
      const row = await db
        .selectFrom('article_revisions')
        .selectAll()
        .where('article_id', '=', id)
        .where('revision', '=', revision)
        .executeTakeFirst()
      return row ? toArticle(row) : null
    },

    async revisions(id) {
      const rows = await db
        .selectFrom('article_revisions')
        .select([
          'article_id',
          'revision',
          'draft_hash',
          'title',
          'content_hash',
          'source_kind',
          'source_location',
          'source_encoding',
          'source_format',
          'warnings',
          'ingested_at',
        ])
        .where('article_id', '=', id)
        .orderBy('revision')
        .execute()
      return rows.map((row) => ({
        revision: row.revision,
        draftHash: row.draft_hash,
        title: row.title,
        source: toSource(row),
        warnings: Warnings.parse(parseJson(row.warnings)),
        ingestedAt: row.ingested_at,
      }))
    },

    async list(filter) {
      let query = db.selectFrom('articles')
      if (filter.since !== undefined)
        query = query.where('published_day', '>=', dayBound(filter.since, 'start'))
      if (filter.until !== undefined)
        query = query.where('published_day', '<=', dayBound(filter.until, 'end'))
      if (filter.section !== undefined) query = query.where('section', '=', filter.section)
      if (filter.site !== undefined) query = query.where('site', '=', filter.site)
      if (filter.language !== undefined) query = query.where('language', '=', filter.language)

      const rows = await query
        .select(SUMMARY_COLUMNS)
        .orderBy('published_day', (order) => order.desc().nullsLast())
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute()
      const total = await query
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow()
      return { items: rows.map((row) => ArticleSummary.parse(row)), total: toCount(total.total) }
    },

    async findByIdentity(identityKey) {
      const row = await db
        .selectFrom('articles as a')
        .innerJoin('article_revisions as r', (join) =>
          join.onRef('r.article_id', '=', 'a.id').onRef('r.revision', '=', 'a.revision'),
        )
        .select(['a.id', 'a.revision', 'r.draft_hash'])
        .where('a.identity_key', '=', identityKey)
        .executeTakeFirst()
      return row ? { id: row.id, revision: row.revision, draftHash: row.draft_hash } : null
    },

    async count() {
      const row = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow()
      return toCount(row.total)
    },

    sections: () => tally(db, 'section'),
    sites: () => tally(db, 'site'),

    async search(query, page) {
      const rows = await searchArticles(db, dialect, query, page)
      return rows.map(({ snippet, highlights, ...summary }) => ({
        summary: ArticleSummary.parse(summary),
        snippet,
        highlights,
      }))
    },
  }
}

async function saveOnce(
  trx: Transaction<Database>,
  dialect: SqlDialect,
  input: SaveArticleInput,
): Promise<SaveArticleResult> {
  const current = await trx
    .selectFrom('articles as a')
    .innerJoin('article_revisions as r', (join) =>
      join.onRef('r.article_id', '=', 'a.id').onRef('r.revision', '=', 'a.revision'),
    )
    .select(['a.id', 'a.revision', 'r.draft_hash'])
    .where('a.identity_key', '=', input.identityKey)
    .executeTakeFirst()

  if (current && current.draft_hash === input.draftHash) {
    return { id: current.id, revision: current.revision, outcome: 'unchanged' }
  }

  const metadata = articleMetadata(input.draft)
  let id: string = input.id
  let revision = 1
  if (current) {
    id = current.id
    revision = current.revision + 1
    const updated = await trx
      .updateTable('articles')
      .set({ ...metadata, revision, updated_at: input.ingestedAt })
      .where('id', '=', id)
      // Optimistic: if another writer added a revision since our read, nothing matches.
      .where('revision', '=', current.revision)
      .executeTakeFirst()
    if (updated.numUpdatedRows !== 1n) throw new WriteConflict(`article ${id} changed under us`)
  } else {
    await trx
      .insertInto('articles')
      .values({
        ...metadata,
        id,
        identity_key: input.identityKey,
        revision,
        created_at: input.ingestedAt,
        updated_at: input.ingestedAt,
      })
      .execute()
  }

  await trx
    .insertInto('article_revisions')
    .values(revisionRow(id, revision, input))
    .execute()
  await indexArticle(trx, dialect, id, input.draft.title, input.draft.text)
  return { id, revision, outcome: current ? 'revised' : 'stored' }
}

function articleMetadata(draft: ArticleDraft) {
  return {
    url: draft.url,
    title: draft.title,
    byline: draft.byline,
    published: draft.published,
    published_day: publishedDay(draft.published),
    section: draft.section,
    site: draft.site,
    language: draft.language,
  } satisfies Partial<ArticlesTable>
}

function revisionRow(
  articleId: string,
  revision: number,
  input: SaveArticleInput,
): ArticleRevisionsTable {
  const { draft, source } = input
  return {
    article_id: articleId,
    revision,
    draft_hash: input.draftHash,
    content_hash: Buffer.from(source.contentHash, 'hex'),
    url: draft.url,
    title: draft.title,
    byline: draft.byline,
    published: draft.published,
    section: draft.section,
    site: draft.site,
    language: draft.language,
    text: draft.text,
    html: draft.html,
    source_kind: source.kind,
    source_location: source.location,
    source_encoding: source.encoding,
    source_format: source.format,
    warnings: JSON.stringify(input.warnings),
    ingested_at: input.ingestedAt,
  }
}

function toArticle(row: Selectable<ArticleRevisionsTable>): Article {
  const parsed = Article.safeParse({
    id: row.article_id,
    revision: row.revision,
    title: row.title,
    byline: row.byline,
    published: row.published,
    section: row.section,
    site: row.site,
    url: row.url,
    language: row.language,
    text: row.text,
    html: row.html,
    source: toSource(row),
    ingestedAt: row.ingested_at,
  })
  if (!parsed.success) {
    throw new Error(
      `article ${row.article_id} revision ${row.revision}: the stored row does not fit the model: ${parsed.error.message}`,
    )
  }
  return parsed.data
}

function toSource(
  row: Pick<
    ArticleRevisionsTable,
    'content_hash' | 'source_kind' | 'source_location' | 'source_encoding' | 'source_format'
  >,
): Source {
  return Source.parse({
    kind: row.source_kind,
    location: row.source_location,
    contentHash: Buffer.from(row.content_hash).toString('hex'),
    encoding: row.source_encoding,
    format: row.source_format,
  })
}

async function tally(db: Kysely<Database>, column: 'section' | 'site'): Promise<Tally[]> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => [eb.ref(column).as('value'), eb.fn.countAll().as('count')])
    .where(column, 'is not', null)
    .groupBy(column)
    .orderBy('count', 'desc')
    .orderBy('value')
    .execute()
  return rows.flatMap((row) =>
    row.value === null ? [] : [{ value: row.value, count: toCount(row.count) }],
  )
}

/** A day to sort and filter on: the date as the publisher wrote it, a period's first day. */
function publishedDay(published: string | null): string | null {
  if (published === null) return null
  const date = published.slice(0, 10)
  if (date.length === 4) return `${date}-01-01`
  if (date.length === 7) return `${date}-01`
  return date
}

/**
 * A filter bound as a day. Days compare as text, so the end of a period may be a day that does
 * not exist: until "2025-02" is "2025-02-31", after every real day of February.
 */
function dayBound(value: string, side: 'start' | 'end'): string {
  if (value.length === 4) return side === 'start' ? `${value}-01-01` : `${value}-12-31`
  if (value.length === 7) return side === 'start' ? `${value}-01` : `${value}-31`
  return value.slice(0, 10)
}

/** One spelling for every instant, so that text order is time order in both dialects. */
function toUtcInstant(value: string): string {
  const time = new Date(value)
  if (Number.isNaN(time.getTime())) throw new Error(`ingestedAt: not an ISO 8601 time: ${value}`)
  return time.toISOString()
}
