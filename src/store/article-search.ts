import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database, SqlDialect } from './schema.js'
import {
  MARK_CLOSE,
  MARK_OPEN,
  parseSearchQuery,
  splitMarks,
  toFts5Query,
  toPostgresQuery,
} from './search-query.js'
import { toCount } from './sql-helpers.js'

/**
 * The dialect-specific half of the articles aggregate: keeping the search index in step with
 * the current revision, and querying it. SQLite uses FTS5 with bm25; PostgreSQL a weighted
 * tsvector with ts_rank and ts_headline. Both return the same shape.
 */

/** bm25 column weights, in table order (article_id, title, body): a title match counts 10x. */
const FTS5_WEIGHTS = { articleId: 0, title: 10, body: 1 } as const
/** FTS5 snippet length in tokens (its maximum is 64). */
const FTS5_SNIPPET_TOKENS = 32
/** ts_headline: about the same length as the FTS5 snippet, from up to two passages. */
const HEADLINE_OPTIONS = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`

export interface SearchRow {
  id: string
  title: string
  byline: string | null
  published: string | null
  section: string | null
  site: string | null
  url: string | null
  language: string | null
  revision: number
  snippet: string | null
}

export type SearchResultRow = Omit<SearchRow, 'snippet'> & {
  snippet: string
  highlights: Array<[number, number]>
}

/** Replaces the article's row in the search index with this title and body. */
export async function indexArticle(
  db: Kysely<Database>,
  dialect: SqlDialect,
  id: string,
  title: string,
  body: string,
): Promise<void> {
  if (dialect === 'sqlite') {
    const rowid = searchRowid(id)
    await sql`delete from article_search where rowid = ${rowid}`.execute(db)
    await sql`insert into article_search (rowid, article_id, title, body)
      values (${rowid}, ${id}, ${title}, ${body})`.execute(db)
    return
  }
  await db
    .insertInto('article_search')
    .values({ article_id: id, title, body })
    .onConflict((oc) =>
      oc.column('article_id').doUpdateSet((eb) => ({
        title: eb.ref('excluded.title'),
        body: eb.ref('excluded.body'),
      })),
    )
    .execute()
}

/**
 * The FTS5 rowid of an article: its id's 16 hex digits read as a signed 64-bit integer, so a
 * row is found by rowid without a lookup table. Expects a valid ArticleId.
 */
function searchRowid(id: string): bigint {
  return BigInt.asIntN(64, BigInt(`0x${id.slice(1)}`))
}

/**
 * What a search may be narrowed to, already resolved to stored values: days as the
 * `published_day` bounds they compare with. "Any of" an empty list matches nothing; "every one
 * of" an empty list matches everything.
 */
export interface SearchConditions {
  sinceDay?: string
  untilDay?: string
  sections?: readonly string[]
  /** Every one of these is mentioned in the article's current revision. */
  entityIds?: readonly string[]
  /** At least one fact of this type has evidence in the article. */
  factType?: string
}

type PostgresQuery = ReturnType<typeof toPostgresQuery>

export async function searchArticles(
  db: Kysely<Database>,
  dialect: SqlDialect,
  input: string,
  page: { limit: number; offset: number },
  conditions: SearchConditions = {},
): Promise<SearchResultRow[]> {
  const query = parseSearchQuery(input)
  if (!query) return []
  const where = conditionsSql(conditions)
  const rows =
    dialect === 'sqlite'
      ? await searchSqlite(db, toFts5Query(query), page, where)
      : await searchPostgres(db, toPostgresQuery(query), page, where)
  return rows.map((row) => ({ ...row, ...splitMarks(row.snippet ?? '') }))
}

/** How many articles `searchArticles` would find with no limit: for paging. */
export async function countSearchMatches(
  db: Kysely<Database>,
  dialect: SqlDialect,
  input: string,
  conditions: SearchConditions = {},
): Promise<number> {
  const query = parseSearchQuery(input)
  if (!query) return 0
  const where = conditionsSql(conditions)
  const counted =
    dialect === 'sqlite'
      ? await sql<{ total: number | string }>`
          select count(*) as total
          from article_search
          join articles a on a.id = article_search.article_id
          where article_search match ${toFts5Query(query)} and ${where}
        `.execute(db)
      : await sql<{ total: number | string }>`
          select count(*) as total
          from article_search s
          join articles a on a.id = s.article_id
          where s.document @@ ${postgresTsquery(toPostgresQuery(query))} and ${where}
        `.execute(db)
  return toCount(counted.rows[0]?.total)
}

/** The conditions as one SQL predicate on `a`, the articles row; portable to both dialects. */
function conditionsSql(conditions: SearchConditions): RawBuilder<unknown> {
  const predicates: RawBuilder<unknown>[] = []
  const { sinceDay, untilDay, sections, entityIds, factType } = conditions
  if (sinceDay !== undefined) predicates.push(sql`a.published_day >= ${sinceDay}`)
  if (untilDay !== undefined) predicates.push(sql`a.published_day <= ${untilDay}`)
  if (sections !== undefined) {
    predicates.push(
      sections.length === 0
        ? sql`1 = 0`
        : sql`a.section in (${sql.join(sections.map((section) => sql`${section}`))})`,
    )
  }
  for (const entityId of new Set(entityIds)) {
    predicates.push(sql`exists (
      select 1 from mentions m
      where m.article_id = a.id and m.revision = a.revision and m.entity_id = ${entityId})`)
  }
  if (factType !== undefined) {
    predicates.push(sql`exists (
      select 1 from fact_evidence e join facts f on f.id = e.fact_id
      where e.article_id = a.id and f.type = ${factType})`)
  }
  return predicates.length === 0 ? sql`1 = 1` : sql.join(predicates, sql` and `)
}

async function searchSqlite(
  db: Kysely<Database>,
  match: string,
  page: { limit: number; offset: number },
  where: RawBuilder<unknown>,
): Promise<SearchRow[]> {
  const { articleId, title, body } = FTS5_WEIGHTS
  const hits = await sql<SearchRow>`
    select a.id, a.title, a.byline, a.published, a.section, a.site, a.url, a.language,
      a.revision,
      snippet(article_search, 2, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${sql.lit(FTS5_SNIPPET_TOKENS)}) as snippet
    from article_search
    join articles a on a.id = article_search.article_id
    where article_search match ${match} and ${where}
    order by bm25(article_search, ${sql.lit(articleId)}, ${sql.lit(title)}, ${sql.lit(body)}),
      a.updated_at desc, a.id
    limit ${page.limit} offset ${page.offset}
  `.execute(db)
  return hits.rows
}

function postgresTsquery(query: PostgresQuery): RawBuilder<unknown> {
  return query.prefix === null
    ? sql`websearch_to_tsquery('english', ${query.websearch})`
    : sql`(websearch_to_tsquery('english', ${query.websearch}) && to_tsquery('english', ${query.prefix}))`
}

async function searchPostgres(
  db: Kysely<Database>,
  query: PostgresQuery,
  page: { limit: number; offset: number },
  where: RawBuilder<unknown>,
): Promise<SearchRow[]> {
  // ts_headline parses the whole body, so it runs on the page of hits only, after the limit.
  const hits = await sql<SearchRow>`
    with q as (select ${postgresTsquery(query)} as query),
    hits as (
      select a.id, a.title, a.byline, a.published, a.section, a.site, a.url, a.language,
        a.revision, a.updated_at, s.body, ts_rank(s.document, q.query) as rank
      from article_search s
      join articles a on a.id = s.article_id
      cross join q
      where s.document @@ q.query and ${where}
      order by rank desc, a.updated_at desc, a.id
      limit ${page.limit} offset ${page.offset}
    )
    select hits.id, hits.title, hits.byline, hits.published, hits.section, hits.site, hits.url,
      hits.language, hits.revision,
      ts_headline('english', hits.body, q.query, ${HEADLINE_OPTIONS}) as snippet
    from hits cross join q
    order by hits.rank desc, hits.updated_at desc, hits.id
  `.execute(db)
  return hits.rows
}
