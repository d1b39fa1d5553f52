import type { Kysely } from 'kysely'

type SqlDialect = 'sqlite' | 'postgres'

/**
 * What browsing needs: "articles that mention this entity", per-entity article counts and
 * related articles all read mentions by entity and then article, so one index on
 * (entity_id, article_id, revision) answers them from the index alone. It replaces
 * `mentions_by_entity` (entity_id), its prefix. The other lookups browsing makes already have
 * an index: mentions by article (the primary key), fact_entities by entity, facts by type and
 * by period, evidence by fact (the primary key) and by article.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createIndex('mentions_by_entity_article')
    .ifNotExists()
    .on('mentions')
    .columns(['entity_id', 'article_id', 'revision'])
    .execute()
  await db.schema.dropIndex('mentions_by_entity').ifExists().execute()
}
