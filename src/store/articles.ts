import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import { z } from 'zod'
import { Article, ArticleDraft, ArticleId, Source, type FactType } from '../model/index.js'
import {
  countSearchMatches,
  indexArticle,
  searchArticles,
  type SearchConditions,
} from './article-search.js'
import type { ArticleRevisionsTable, ArticlesTable, Database, SqlDialect } from './schema.js'
import {
  chunk,
  inTransaction,
  isWriteConflict,
  parseJson,
  toCount,
  WriteConflict,
} from './sql-helpers.js'

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
  /** Any of these sections (raw values); an empty list matches nothing. */
  sections?: readonly string[]
  site?: string
  language?: string
  /** Articles whose current revision mentions this entity (`country:KZ`). */
  mentioning?: string
  limit: number
  offset: number
}

/** Narrows a search; every field is optional and they combine with AND. */
export interface ArticleSearchFilter {
  /** Inclusive bounds on the published day, as in `ArticleListFilter`. */
  since?: string
  until?: string
  /** Any of these sections (raw values); an empty list matches nothing. */
  sections?: readonly string[]
  /** Every one of these entities is mentioned in the article's current revision. */
  entityIds?: readonly string[]
  /** At least one fact of this type has evidence in the article. */
  factType?: FactType
}

export interface RelatedArticle {
  summary: ArticleSummary
  /** Entity ids both current revisions mention, rarest (weightiest) first. */
  sharedEntities: string[]
  /** Facts with evidence in both articles. */
  sharedFacts: number
  /** Each shared entity adds up to 1 (by rarity), each shared fact adds 3. */
  score: number
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
  /** The current revisions' summaries, in the order given; unknown ids are left out. */
  summaries(ids: readonly string[]): Promise<ArticleSummary[]>
  /** Best match first, over title and body; an empty or symbol-only query finds nothing. */
  search(
    query: string,
    page: { limit: number; offset: number },
    filter?: ArticleSearchFilter,
  ): Promise<SearchHit[]>
  /** How many articles `search` finds for this query and filter, all pages together. */
  searchCount(query: string, filter?: ArticleSearchFilter): Promise<number>
  /**
   * Articles that share entities (mentioned in both current revisions) or facts (evidence in
   * both) with this one, best first; empty for an unknown id or an article with no mentions.
   */
  related(id: string, limit: number): Promise<RelatedArticle[]>
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

/** A shared fact outweighs any shared entity (each weighs at most 1). */
const SHARED_FACT_WEIGHT = 3
/**
 * Candidates for `related` come from the article's rarest entities only: an entity that most
 * articles mention (country:US) would pull in the whole store and decide nothing.
 */
const RELATED_SEED_ENTITIES = 15
/** Candidates ranked on the seed entities before the full score is computed for them. */
const RELATED_MIN_CANDIDATES = 50

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
      const { sections, mentioning } = filter
      if (sections !== undefined) {
        query =
          sections.length === 0
            ? query.where(sql<boolean>`1 = 0`)
            : query.where('section', 'in', sections)
      }
      if (filter.site !== undefined) query = query.where('site', '=', filter.site)
      if (filter.language !== undefined) query = query.where('language', '=', filter.language)
      if (mentioning !== undefined) {
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('mentions')
              .select('mentions.entity_id')
              .whereRef('mentions.article_id', '=', 'articles.id')
              .whereRef('mentions.revision', '=', 'articles.revision')
              .where('mentions.entity_id', '=', mentioning),
          ),
        )
      }

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

    summaries: (ids) => summaries(db, ids),

    async search(query, page, filter = {}) {
      const rows = await searchArticles(db, dialect, query, page, searchConditions(filter))
      return rows.map(({ snippet, highlights, ...summary }) => ({
        summary: ArticleSummary.parse(summary),
        snippet,
        highlights,
      }))
    },

    searchCount: (query, filter = {}) =>
      countSearchMatches(db, dialect, query, searchConditions(filter)),

    related: (id, limit) => relatedArticles(db, id, limit),
  }
}

function searchConditions(filter: ArticleSearchFilter): SearchConditions {
  return {
    ...(filter.since !== undefined && { sinceDay: dayBound(filter.since, 'start') }),
    ...(filter.until !== undefined && { untilDay: dayBound(filter.until, 'end') }),
    ...(filter.sections !== undefined && { sections: filter.sections }),
    ...(filter.entityIds !== undefined && { entityIds: filter.entityIds }),
    ...(filter.factType !== undefined && { factType: filter.factType }),
  }
}

async function summaries(db: Kysely<Database>, ids: readonly string[]): Promise<ArticleSummary[]> {
  const byId = new Map<string, ArticleSummary>()
  for (const part of chunk([...new Set(ids)])) {
    const rows = await db
      .selectFrom('articles')
      .select(SUMMARY_COLUMNS)
      .where('id', 'in', part)
      .execute()
    for (const row of rows) byId.set(row.id, ArticleSummary.parse(row))
  }
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * Scores candidates by what they share with the article: each shared entity weighs by its
 * rarity, ln(1 + N/df) scaled so that an entity only two articles mention weighs 1 and one that
 * every article mentions next to nothing; each shared fact weighs SHARED_FACT_WEIGHT.
 */
async function relatedArticles(
  db: Kysely<Database>,
  id: string,
  limit: number,
): Promise<RelatedArticle[]> {
  const article = await db
    .selectFrom('articles')
    .select('revision')
    .where('id', '=', id)
    .executeTakeFirst()
  if (!article || limit <= 0) return []
  const own = await db
    .selectFrom('mentions')
    .select('entity_id')
    .distinct()
    .where('article_id', '=', id)
    .where('revision', '=', article.revision)
    .execute()
  if (own.length === 0) return []

  const articleCount = toCount(
    (
      await db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow()
    ).total,
  )
  const mentionedBy = new Map<string, number>()
  for (const part of chunk(own.map((row) => row.entity_id))) {
    // Distinct pairs, then counted: streams from the (entity_id, article_id) index.
    const rows = await db
      .selectFrom((eb) =>
        eb
          .selectFrom('mentions')
          .select(['entity_id', 'article_id'])
          .distinct()
          .where('entity_id', 'in', part)
          .as('pair'),
      )
      .select((eb) => ['pair.entity_id', eb.fn.countAll().as('articles')])
      .groupBy('pair.entity_id')
      .execute()
    for (const row of rows) mentionedBy.set(row.entity_id, toCount(row.articles))
  }
  const rarestShared = Math.log(1 + articleCount / 2)
  const weights = new Map(
    [...mentionedBy].map(([entityId, articles]): [string, number] => [
      entityId,
      Math.min(1, Math.log(1 + articleCount / Math.max(articles, 1)) / rarestShared),
    ]),
  )
  const byWeight = (a: string, b: string) =>
    (weights.get(b) ?? 0) - (weights.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0)
  const seeds = [...weights.keys()].sort(byWeight).slice(0, RELATED_SEED_ENTITIES)

  // Candidates: the best by seed entities alone (ranked in SQL, so a common seed costs no
  // transfer), plus every article that shares a fact (few, and each outweighs any entity).
  const seedScore = sql.join(
    seeds.map((entityId) => sql`when ${entityId} then ${sql.lit(weights.get(entityId) ?? 0)}`),
    sql` `,
  )
  const bySeeds = await sql<{ article_id: string }>`
    select pair.article_id
    from (
      select distinct article_id, entity_id from mentions
      where entity_id in (${sql.join(seeds)}) and article_id <> ${id}
    ) pair
    group by pair.article_id
    order by sum(case pair.entity_id ${seedScore} else 0 end) desc, pair.article_id
    limit ${Math.max(limit * 4, RELATED_MIN_CANDIDATES)}
  `.execute(db)
  const factRows = await db
    .selectFrom('fact_evidence as mine')
    .innerJoin('fact_evidence as theirs', 'theirs.fact_id', 'mine.fact_id')
    .select((eb) => ['theirs.article_id', eb.fn.count('theirs.fact_id').distinct().as('facts')])
    .where('mine.article_id', '=', id)
    .where('theirs.article_id', '<>', id)
    .groupBy('theirs.article_id')
    .execute()
  const sharedFacts = new Map(factRows.map((row) => [row.article_id, toCount(row.facts)]))
  const candidates = [
    ...new Set([...bySeeds.rows.map((row) => row.article_id), ...sharedFacts.keys()]),
  ]

  // The full score: every shared entity, as the candidates' current revisions mention them.
  const sharedEntities = new Map<string, string[]>()
  for (const part of chunk(candidates)) {
    const rows = await db
      .selectFrom('mentions as m')
      .innerJoin('articles as a', (join) =>
        join.onRef('a.id', '=', 'm.article_id').onRef('a.revision', '=', 'm.revision'),
      )
      .select(['m.article_id', 'm.entity_id'])
      .distinct()
      .where('m.article_id', 'in', part)
      .execute()
    for (const row of rows) {
      if (!weights.has(row.entity_id)) continue
      const shared = sharedEntities.get(row.article_id) ?? []
      shared.push(row.entity_id)
      sharedEntities.set(row.article_id, shared)
    }
  }

  const related = (await summaries(db, candidates)).flatMap((summary): RelatedArticle[] => {
    const entities = (sharedEntities.get(summary.id) ?? []).sort(byWeight)
    const facts = sharedFacts.get(summary.id) ?? 0
    if (entities.length === 0 && facts === 0) return []
    const entityScore = entities.reduce((sum, entityId) => sum + (weights.get(entityId) ?? 0), 0)
    const score = entityScore + facts * SHARED_FACT_WEIGHT
    return [{ summary, sharedEntities: entities, sharedFacts: facts, score }]
  })
  return related.sort(byRelevance).slice(0, limit)
}

/** Best score first; among equals the newer article (by published day), then by id. */
function byRelevance(a: RelatedArticle, b: RelatedArticle): number {
  if (a.score !== b.score) return b.score - a.score
  const dayA = publishedDay(a.summary.published) ?? ''
  const dayB = publishedDay(b.summary.published) ?? ''
  if (dayA !== dayB) return dayA < dayB ? 1 : -1
  return a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0
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
