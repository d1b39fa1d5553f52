import type { Kysely } from 'kysely'

type SqlDialect = 'sqlite' | 'postgres'

/**
 * What filtering facts and keeping extractions current need:
 * - `fact_entities`: every entity a fact names, by role, so "facts about Kazakhstan and
 *   tungsten" is an indexed join, not a scan of JSON;
 * - `facts.when_start` / `when_end`: the first and last day of a fact's partial date
 *   ("2025" covers 2025-01-01..2025-12-31), so a date range finds facts of any precision;
 * - `extractions`: which engine and reference-data version produced an article's stored
 *   entities and facts, so `reextract` knows what is out of date.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('fact_entities')
    .ifNotExists()
    .addColumn('fact_id', 'text', (col) => col.notNull().references('facts.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('fact_entities_pk', ['fact_id', 'entity_id', 'role'])
    .execute()
  await db.schema
    .createIndex('fact_entities_by_entity')
    .ifNotExists()
    .on('fact_entities')
    .columns(['entity_id', 'fact_id'])
    .execute()

  const factColumns = await columnsOf(db, 'facts')
  if (!factColumns.has('when_start'))
    await db.schema.alterTable('facts').addColumn('when_start', 'text').execute()
  if (!factColumns.has('when_end'))
    await db.schema.alterTable('facts').addColumn('when_end', 'text').execute()
  await db.schema
    .createIndex('facts_by_period')
    .ifNotExists()
    .on('facts')
    .columns(['when_start', 'when_end'])
    .execute()

  await db.schema
    .createTable('extractions')
    .ifNotExists()
    .addColumn('article_id', 'text', (col) =>
      col.primaryKey().references('articles.id').onDelete('cascade'),
    )
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('engine_version', 'text', (col) => col.notNull())
    .addColumn('reference_version', 'text', (col) => col.notNull())
    .addColumn('warnings', 'text', (col) => col.notNull()) // JSON array of strings
    .addColumn('extracted_at', 'text', (col) => col.notNull())
    .execute()
}

/** Column names of a table, on either dialect (ALTER TABLE ADD COLUMN has no IF NOT EXISTS in SQLite). */
async function columnsOf(db: Kysely<unknown>, table: string): Promise<Set<string>> {
  const tables = await db.introspection.getTables()
  const found = tables.find((candidate) => candidate.name === table)
  return new Set(found?.columns.map((column) => column.name) ?? [])
}
