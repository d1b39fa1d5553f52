import { sql, type Kysely } from 'kysely'

type SqlDialect = 'sqlite' | 'postgres'

/**
 * Full-text search over the current revision's title and body, one row per article. The save
 * path writes it in the same transaction as the revision (no triggers that could drift). The
 * one place the two dialects need different DDL.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'sqlite') {
    // rowid is derived from the article id (its 16 hex digits as a signed 64-bit integer), so
    // the save path replaces a row by rowid instead of scanning the unindexed article_id.
    await sql`
      create virtual table if not exists article_search using fts5(
        article_id unindexed,
        title,
        body,
        tokenize = 'porter unicode61 remove_diacritics 2'
      )
    `.execute(db)
    return
  }

  await db.schema
    .createTable('article_search')
    .ifNotExists()
    .addColumn('article_id', 'text', (col) =>
      col.primaryKey().references('articles.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    // Title weight A ranks above body weight B in ts_rank.
    .addColumn('document', sql`tsvector`, (col) =>
      col
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')`,
        )
        .stored(),
    )
    .execute()
  await sql`create index if not exists article_search_document on article_search using gin (document)`.execute(
    db,
  )
}
