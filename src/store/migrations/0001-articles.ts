import { sql, type Kysely } from 'kysely'

type SqlDialect = 'sqlite' | 'postgres'

/**
 * Articles and their revisions. `articles` holds the current revision's metadata so listing
 * never touches the (large) revision rows; every revision keeps its own copy of everything.
 * Frozen once released: change the schema in a new migration.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob'

  await db.schema
    .createTable('articles')
    .ifNotExists()
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('identity_key', 'text', (col) => col.notNull().unique())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('byline', 'text')
    .addColumn('published', 'text')
    .addColumn('published_day', 'text')
    .addColumn('section', 'text')
    .addColumn('site', 'text')
    .addColumn('language', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addCheckConstraint('articles_revision_positive', sql`revision > 0`)
    .execute()

  await db.schema
    .createTable('article_revisions')
    .ifNotExists()
    .addColumn('article_id', 'text', (col) =>
      col.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('draft_hash', 'text', (col) => col.notNull())
    .addColumn('content_hash', bytes, (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('byline', 'text')
    .addColumn('published', 'text')
    .addColumn('section', 'text')
    .addColumn('site', 'text')
    .addColumn('language', 'text')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('html', 'text', (col) => col.notNull())
    .addColumn('source_kind', 'text', (col) => col.notNull())
    .addColumn('source_location', 'text', (col) => col.notNull())
    .addColumn('source_encoding', 'text', (col) => col.notNull())
    .addColumn('source_format', 'text', (col) => col.notNull())
    .addColumn('warnings', 'text', (col) => col.notNull())
    .addColumn('ingested_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('article_revisions_pk', ['article_id', 'revision'])
    .addCheckConstraint('article_revisions_revision_positive', sql`revision > 0`)
    // CHECK rather than ENUM: portable, and a new value is one more migration either way.
    .addCheckConstraint(
      'article_revisions_source_kind',
      sql`source_kind in ('file', 'url', 'stdin')`,
    )
    .addCheckConstraint('article_revisions_source_format', sql`source_format in ('html', 'text')`)
    .execute()

  // Listing: newest first by published day, then by the current revision's ingest time.
  await db.schema
    .createIndex('articles_by_day')
    .ifNotExists()
    .on('articles')
    .columns(['published_day desc', 'updated_at desc'])
    .execute()
  for (const column of ['section', 'site', 'language']) {
    await db.schema
      .createIndex(`articles_by_${column}`)
      .ifNotExists()
      .on('articles')
      .column(column)
      .execute()
  }
}
