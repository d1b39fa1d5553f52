import { sql, type ExpressionBuilder, type Kysely, type RawBuilder, type Selectable } from 'kysely'
import { Entity, StoredMention, type EntityType } from '../model/index.js'
import type { Page } from './articles.js'
import type { Database, EntitiesTable, MentionsTable } from './schema.js'
import { chunk, parseJson, toCount } from './sql-helpers.js'

/** An entity as stored: canonical fields only. Mentions are rows of their own, per article. */
export type StoredEntity = Omit<Entity, 'mentions'>

export interface EntityFilter {
  type?: EntityType
  /** These entities only (those the store knows); an empty list matches nothing. */
  ids?: readonly string[]
  /**
   * Case-insensitive substring of the name or an alias. SQLite folds ASCII letters only, so
   * outside ASCII the case must match there.
   */
  nameContains?: string
  limit?: number
  offset?: number
}

/** An entity with the number of articles (current revisions) that mention it and of facts that name it. */
export type EntityWithCounts = StoredEntity & { articles: number; facts: number }

export interface EntityCounts {
  entityId: string
  articles: number
  facts: number
}

export interface Entities {
  /** Inserts the entity, or replaces the stored fields of the one with its id. */
  upsert(entity: StoredEntity): Promise<void>
  get(id: string): Promise<StoredEntity | null>
  /** By type, then name. */
  list(filter?: EntityFilter): Promise<StoredEntity[]>
  /** Where the entity occurs, by article, revision and offset. */
  mentions(entityId: string): Promise<StoredMention[]>
  /** Most-mentioned first (articles, descending), then by name. */
  catalogue(filter?: EntityFilter): Promise<Page<EntityWithCounts>>
  /** The entities the article's current revision mentions, each with its mentions, in text order. */
  forArticle(articleId: string): Promise<Array<{ entity: StoredEntity; mentions: StoredMention[] }>>
  /**
   * Entities whose name or an alias has a word that starts with the prefix (case-insensitive:
   * "rub" finds Marco Rubio), most-mentioned first; nothing for a blank prefix. With `types`,
   * only entities of those types.
   */
  suggest(prefix: string, limit: number, types?: readonly EntityType[]): Promise<EntityWithCounts[]>
  /** Article and fact counts of every entity (of the type), most-mentioned first. */
  counts(type?: EntityType): Promise<EntityCounts[]>
}

/** Characters that may come before a word in a name, or in the aliases' JSON text. */
const WORD_STARTS = [' ', '-', '(', '/', '"'] as const

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
      const query = filtered(db, filter).selectAll().orderBy('type').orderBy('name').orderBy('id')
      const rows = await paged(query, filter).execute()
      return rows.map(toEntity)
    },

    async catalogue(filter = {}) {
      const query = filtered(db, filter)
      const rows = await paged(withCounts(query), filter).execute()
      const total = await query
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow()
      return { items: rows.map(toEntityWithCounts), total: toCount(total.total) }
    },

    async forArticle(articleId) {
      const rows = await db
        .selectFrom('mentions as m')
        .innerJoin('articles as a', (join) =>
          join.onRef('a.id', '=', 'm.article_id').onRef('a.revision', '=', 'm.revision'),
        )
        .selectAll('m')
        .where('m.article_id', '=', articleId)
        .orderBy('m.start_offset')
        .orderBy('m.end_offset')
        .orderBy('m.entity_id')
        .execute()
      const mentionsByEntity = new Map<string, StoredMention[]>()
      for (const row of rows) {
        const list = mentionsByEntity.get(row.entity_id) ?? []
        list.push(toMention(row))
        mentionsByEntity.set(row.entity_id, list)
      }
      const entities = new Map<string, StoredEntity>()
      for (const part of chunk([...mentionsByEntity.keys()])) {
        const entityRows = await db
          .selectFrom('entities')
          .selectAll()
          .where('id', 'in', part)
          .execute()
        for (const row of entityRows) entities.set(row.id, toEntity(row))
      }
      // In the order of each entity's first mention (the map keeps insertion order).
      return [...mentionsByEntity].flatMap(([entityId, mentions]) => {
        const entity = entities.get(entityId)
        return entity ? [{ entity, mentions }] : []
      })
    },

    async suggest(prefix, limit, types) {
      const needle = prefix.trim().toLowerCase()
      if (needle === '' || limit <= 0 || types?.length === 0) return []
      const escaped = escapeLike(needle)
      const aliases = escapeLike(jsonEscaped(needle))
      const ofTypes =
        types === undefined
          ? db.selectFrom('entities')
          : db.selectFrom('entities').where('type', 'in', [...types])
      const query = ofTypes.where((eb) =>
        eb.or([
          lowerLike('name', `${escaped}%`),
          ...WORD_STARTS.filter((start) => start !== '"').map((start) =>
            lowerLike('name', `%${escapeLike(start)}${escaped}%`),
          ),
          // In the JSON text every alias starts after a quote.
          ...WORD_STARTS.map((start) => lowerLike('aliases', `%${escapeLike(start)}${aliases}%`)),
        ]),
      )
      const rows = await withCounts(query).limit(limit).execute()
      return rows.map(toEntityWithCounts)
    },

    async counts(type) {
      let query = db.selectFrom('entities')
      if (type !== undefined) query = query.where('type', '=', type)
      const rows = await withCounts(query).execute()
      return rows.map((row) => ({
        entityId: row.id,
        articles: toCount(row.articles),
        facts: toCount(row.facts),
      }))
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
      return rows.map(toMention)
    },
  }
}

function filtered(db: Kysely<Database>, filter: EntityFilter) {
  let query = db.selectFrom('entities')
  if (filter.type !== undefined) query = query.where('type', '=', filter.type)
  if (filter.ids !== undefined)
    query =
      filter.ids.length === 0
        ? query.where(sql<boolean>`1 = 0`)
        : query.where('id', 'in', [...new Set(filter.ids)])
  const needle = filter.nameContains?.trim().toLowerCase()
  if (needle) {
    query = query.where((eb) =>
      eb.or([
        lowerLike('name', `%${escapeLike(needle)}%`),
        // Aliases are a JSON array: the needle is spelled as JSON spells it, so it matches
        // inside one alias and never across the quotes and commas between two.
        lowerLike('aliases', `%${escapeLike(jsonEscaped(needle))}%`),
      ]),
    )
  }
  return query
}

/** Adds the counts, most-mentioned first, then by name. */
function withCounts(query: EntityQuery) {
  return query
    .selectAll('entities')
    .select((eb) => [articlesMentioning(eb).as('articles'), factsNaming(eb).as('facts')])
    .orderBy('articles', 'desc')
    .orderBy('name')
    .orderBy('id')
}

type EntityQuery = ReturnType<typeof filtered>

/**
 * Articles whose stored extraction mentions the entity. Not checked against the current
 * revision (a revision saved but not yet extracted again still counts): that join costs a
 * lookup per mention, several times the whole count, and re-extraction closes the gap.
 */
function articlesMentioning(eb: ExpressionBuilder<Database, 'entities'>) {
  // Distinct pairs straight from the (entity_id, article_id) index, then counted.
  return eb
    .selectFrom((inner) =>
      inner
        .selectFrom('mentions as m')
        .select('m.article_id')
        .distinct()
        .whereRef('m.entity_id', '=', 'entities.id')
        .as('mentioning'),
    )
    .select((inner) => inner.fn.countAll().as('count'))
}

function factsNaming(eb: ExpressionBuilder<Database, 'entities'>) {
  return eb
    .selectFrom('fact_entities as fe')
    .select((inner) => inner.fn.count('fe.fact_id').distinct().as('count'))
    .whereRef('fe.entity_id', '=', 'entities.id')
}

function paged<Q extends { limit(n: number): Q; offset(n: number): Q }>(
  query: Q,
  filter: EntityFilter,
): Q {
  // SQLite accepts OFFSET only after a LIMIT; -1 there, like none at all in PostgreSQL, means no limit.
  const { limit, offset } = filter
  if (limit === undefined && offset === undefined) return query
  return query.limit(limit ?? Number.MAX_SAFE_INTEGER).offset(offset ?? 0)
}

/** The column, lower-cased, against a LIKE pattern whose escape character is a backslash. */
function lowerLike(column: 'name' | 'aliases', pattern: string): RawBuilder<boolean> {
  // SQLite has no default LIKE escape character, so it is named on both dialects.
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`
}

/** LIKE input matched literally: `%`, `_` and the escape character itself are escaped. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/** The text as it appears inside a JSON string. */
function jsonEscaped(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}

function toMention(row: Selectable<MentionsTable>): StoredMention {
  return StoredMention.parse({
    entityId: row.entity_id,
    articleId: row.article_id,
    revision: row.revision,
    start: row.start_offset,
    end: row.end_offset,
    text: row.text,
  })
}

function toEntityWithCounts(
  row: Selectable<EntitiesTable> & {
    articles: string | number | bigint | null
    facts: string | number | bigint | null
  },
): EntityWithCounts {
  return { ...toEntity(row), articles: toCount(row.articles), facts: toCount(row.facts) }
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
