import { sql, type Kysely } from 'kysely'

type SqlDialect = 'sqlite' | 'postgres'

/**
 * Entities, their mentions, facts and the evidence behind each fact. Evidence names its article
 * and revision, so one fact can later hold evidence from many articles. Offsets are
 * `start_offset`/`end_offset` because END is a reserved word in SQL.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('entities')
    .ifNotExists()
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('aliases', 'text') // JSON array, null when the entity states none
    .addColumn('role', 'text')
    .addColumn('country', 'text') // JSON: "KZ", or ["KZ", "UZ"] for cross-border places
    // The list as of this migration; a new type is a new migration.
    .addCheckConstraint(
      'entities_type',
      sql`type in ('country', 'person', 'organization', 'place', 'mineral', 'initiative')`,
    )
    .execute()
  await db.schema
    .createIndex('entities_by_type')
    .ifNotExists()
    .on('entities')
    .columns(['type', 'name'])
    .execute()

  await db.schema
    .createTable('mentions')
    .ifNotExists()
    .addColumn('entity_id', 'text', (col) =>
      col.notNull().references('entities.id').onDelete('cascade'),
    )
    .addColumn('article_id', 'text', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('start_offset', 'integer', (col) => col.notNull())
    .addColumn('end_offset', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('mentions_pk', [
      'article_id',
      'revision',
      'entity_id',
      'start_offset',
      'end_offset',
    ])
    .addForeignKeyConstraint(
      'mentions_revision',
      ['article_id', 'revision'],
      'article_revisions',
      ['article_id', 'revision'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('mentions_span', sql`start_offset >= 0 and end_offset >= start_offset`)
    .execute()
  await db.schema
    .createIndex('mentions_by_entity')
    .ifNotExists()
    .on('mentions')
    .column('entity_id')
    .execute()

  await db.schema
    .createTable('facts')
    .ifNotExists()
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('roles', 'text', (col) => col.notNull()) // JSON: the type's fields, as in FACTS.md
    .addColumn('confidence', 'double precision', (col) => col.notNull())
    .addColumn('rule', 'text')
    // Copies of roles.status and roles.when, for filtering without parsing JSON.
    .addColumn('status', 'text')
    .addColumn('when_date', 'text')
    .addCheckConstraint(
      'facts_type',
      sql`type in ('visit', 'meeting', 'agreement', 'investment', 'legislation', 'statement', 'dependency', 'resource')`,
    )
    .addCheckConstraint('facts_confidence', sql`confidence >= 0 and confidence <= 1`)
    .execute()
  await db.schema
    .createIndex('facts_by_type')
    .ifNotExists()
    .on('facts')
    .columns(['type', 'when_date'])
    .execute()

  await db.schema
    .createTable('fact_evidence')
    .ifNotExists()
    .addColumn('fact_id', 'text', (col) => col.notNull().references('facts.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('start_offset', 'integer', (col) => col.notNull())
    .addColumn('end_offset', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('fact_evidence_pk', [
      'fact_id',
      'article_id',
      'revision',
      'start_offset',
      'end_offset',
    ])
    .addForeignKeyConstraint(
      'fact_evidence_revision',
      ['article_id', 'revision'],
      'article_revisions',
      ['article_id', 'revision'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('fact_evidence_span', sql`start_offset >= 0 and end_offset >= start_offset`)
    .execute()
  await db.schema
    .createIndex('fact_evidence_by_article')
    .ifNotExists()
    .on('fact_evidence')
    .columns(['article_id', 'revision'])
    .execute()
}
