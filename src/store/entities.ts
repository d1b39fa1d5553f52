import type { Kysely, Selectable } from 'kysely'
import { Entity, StoredMention, type EntityType } from '../model/index.js'
import type { Database, EntitiesTable } from './schema.js'
import { chunk, parseJson } from './sql-helpers.js'

/** An entity as stored: canonical fields only. Mentions are rows of their own, per article. */
export type StoredEntity = Omit<Entity, 'mentions'>

export interface EntityFilter {
  type?: EntityType
}

export interface Entities {
  /** Inserts the entity, or replaces the stored fields of the one with its id. */
  upsert(entity: StoredEntity): Promise<void>
  get(id: string): Promise<StoredEntity | null>
  /** By type, then name. */
  list(filter?: EntityFilter): Promise<StoredEntity[]>
  /** Where the entity occurs, by article, revision and offset. */
  mentions(entityId: string): Promise<StoredMention[]>
}

const StoredEntity = Entity.omit({ mentions: true })

export function createEntities(db: Kysely<Database>): Entities {
  return {
    upsert: (entity) => upsertEntities(db, [entity]),

    async get(id) {
      const row = await db
        .selectFrom('entities')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row ? toEntity(row) : null
    },

    async list(filter = {}) {
      let query = db.selectFrom('entities').selectAll()
      if (filter.type !== undefined) query = query.where('type', '=', filter.type)
      const rows = await query.orderBy('type').orderBy('name').orderBy('id').execute()
      return rows.map(toEntity)
    },

    async mentions(entityId) {
      const rows = await db
        .selectFrom('mentions')
        .selectAll()
        .where('entity_id', '=', entityId)
        .orderBy('article_id')
        .orderBy('revision')
        .orderBy('start_offset')
        .execute()
      return rows.map((row) =>
        StoredMention.parse({
          entityId: row.entity_id,
          articleId: row.article_id,
          revision: row.revision,
          start: row.start_offset,
          end: row.end_offset,
          text: row.text,
        }),
      )
    },
  }
}

/** Upserts many; shared with facts.replaceForArticle, which stores an article's entities. */
export async function upsertEntities(
  db: Kysely<Database>,
  entities: readonly StoredEntity[],
): Promise<void> {
  // One row per id (the last wins): PostgreSQL refuses to update a row twice in one statement.
  const rows = [...new Map(entities.map((entity) => [entity.id, toRow(entity)])).values()]
  for (const part of chunk(rows)) {
    await db
      .insertInto('entities')
      .values(part)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          type: eb.ref('excluded.type'),
          name: eb.ref('excluded.name'),
          aliases: eb.ref('excluded.aliases'),
          role: eb.ref('excluded.role'),
          country: eb.ref('excluded.country'),
        })),
      )
      .execute()
  }
}

function toRow(entity: StoredEntity): EntitiesTable {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    // null, not "[]", for an absent field, so that what comes back is what went in.
    aliases: entity.aliases === undefined ? null : JSON.stringify(entity.aliases),
    role: entity.role ?? null,
    country: entity.country === undefined ? null : JSON.stringify(entity.country),
  }
}

function toEntity(row: Selectable<EntitiesTable>): StoredEntity {
  return StoredEntity.parse({
    id: row.id,
    type: row.type,
    name: row.name,
    ...(row.aliases !== null && { aliases: parseJson(row.aliases) }),
    ...(row.role !== null && { role: row.role }),
    ...(row.country !== null && { country: parseJson(row.country) }),
  })
}
