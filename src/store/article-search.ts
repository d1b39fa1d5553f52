import { sql, type Kysely } from 'kysely'
import type { Database, SqlDialect } from './schema.js'
import {
  MARK_CLOSE,
  MARK_OPEN,
  parseSearchQuery,
  splitMarks,
  toFts5Query,
  toPostgresQuery,
} from './search-query.js'

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

export async function searchArticles(
  db: Kysely<Database>,
  dialect: SqlDialect,
  input: string,
  page: { limit: number; offset: number },
): Promise<SearchResultRow[]> {
  const query = parseSearchQuery(input)
  if (!query) return []
  const rows =
    dialect === 'sqlite'
      ? await searchSqlite(db, toFts5Query(query), page)
      : await searchPostgres(db, toPostgresQuery(query), page)
  return rows.map((row) => ({ ...row, ...splitMarks(row.snippet ?? '') }))
}

async function searchSqlite(
  db: Kysely<Database>,
  match: string,
  page: { limit: number; offset: number },
): Promise<SearchRow[]> {
  const { articleId, title, body } = FTS5_WEIGHTS
  const hits = await sql<SearchRow>`
    select a.id, a.title, a.byline, a.published, a.section, a.site, a.url, a.language,
      a.revision,
      snippet(article_search, 2, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${sql.lit(FTS5_SNIPPET_TOKENS)}) as snippet
    from article_search
    join articles a on a.id = article_search.article_id
    where article_search match ${match}
    order by bm25(article_search, ${sql.lit(articleId)}, ${sql.lit(title)}, ${sql.lit(body)}),
      a.updated_at desc, a.id
    limit ${page.limit} offset ${page.offset}
  `.execute(db)
  return hits.rows
}

async function searchPostgres(
  db: Kysely<Database>,
  query: { websearch: string; prefix: string | null },
  page: { limit: number; offset: number },
): Promise<SearchRow[]> {
  const tsquery =
    query.prefix === null
      ? sql`websearch_to_tsquery('english', ${query.websearch})`
      : sql`(websearch_to_tsquery('english', ${query.websearch}) && to_tsquery('english', ${query.prefix}))`
  // ts_headline parses the whole body, so it runs on the page of hits only, after the limit.
  const hits = await sql<SearchRow>`
    with q as (select ${tsquery} as query),
    hits as (
      select a.id, a.title, a.byline, a.published, a.section, a.site, a.url, a.language,
        a.revision, a.updated_at, s.body, ts_rank(s.document, q.query) as rank
      from article_search s
      join articles a on a.id = s.article_id
      cross join q
      where s.document @@ q.query
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
