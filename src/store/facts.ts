import { createHash } from 'node:crypto'
import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely'
import { z } from 'zod'
import { Evidence, Fact, type Entity, type FactType } from '../model/index.js'
import { upsertEntities } from './entities.js'
import type { Database, FactEntitiesTable, FactEvidenceTable, FactsTable } from './schema.js'
import { chunk, inTransaction, parseJson, toCount } from './sql-helpers.js'

type WithoutEvidence<T> = T extends unknown ? Omit<T, 'evidence'> : never

/**
 * A fact as stored: the contract's fields plus an id, with evidence that names its article and
 * revision (a reconciled fact may cite several articles).
 */
export type StoredFact = WithoutEvidence<Fact> & { id: string; evidence: Evidence[] }

/** A stored fact without its evidence: what counting, summing and classifying need. */
export type FactWithoutEvidence = WithoutEvidence<Fact> & { id: string }

/** How many dated facts start in one period (`2025-11` for a month, `2025` for a year). */
export interface PeriodCount {
  period: string
  count: number
}

/** What changes whenever an extraction is stored: a key for caches of derived figures. */
export interface ExtractionStamp {
  extractions: number
  /** ISO 8601; null before the first extraction. */
  latest: string | null
}

export interface FactFilter {
  type?: FactType
  /** Facts of any of these types; an empty list matches nothing. */
  types?: readonly FactType[]
  /** These facts only; an empty list matches nothing. */
  ids?: readonly string[]
  /** true: only facts with a date; false: only those without. */
  dated?: boolean
  /** Facts with at least one piece of evidence in this article. */
  articleId?: string
  /** Facts that name every one of these entities, in any role (`country:KZ`, `mineral:tungsten`). */
  entityIds?: readonly string[]
  /** Facts that name at least one of these entities; an empty list matches nothing. */
  anyEntityIds?: readonly string[]
  /**
   * Facts that name at least one entity of every group: a country with its places and
   * organisations is one group. An empty group matches nothing.
   */
  entityGroups?: ReadonlyArray<readonly string[]>
  /** Facts whose date overlaps this range; bounds are dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD). */
  since?: string
  until?: string
  /** The fact's `status` role (`signed`, `announced`, ...). */
  status?: string
  /**
   * Without it (and without limit and offset), facts come in the order of their first evidence
   * (article, offset); with a limit or offset alone, newest first ('when-desc'). When orders
   * put undated facts last; 'confidence' is highest first. Ties go newest first, then by id.
   */
  order?: FactOrder
  limit?: number
  offset?: number
}

export type FactOrder = 'when-desc' | 'when-asc' | 'type' | 'confidence'

/** Which engine and reference data produced an article's stored extraction. */
export interface ExtractionRecord {
  engineVersion: string
  referenceVersion: string
  warnings: readonly string[]
  /** ISO 8601 */
  extractedAt: string
}

export interface ReplaceFactsResult {
  /** The ids of the facts now stored for the article, in the order given. */
  factIds: string[]
  mentions: number
}

export interface Facts {
  /**
   * Makes the stored facts and mentions of one article those of this extraction, in one
   * transaction: the article's old evidence and mentions go, facts left with no evidence go,
   * the entities are upserted. The revision must be stored already.
   */
  replaceForArticle(
    articleId: string,
    revision: number,
    facts: readonly Fact[],
    entities: readonly Entity[],
    record?: ExtractionRecord,
  ): Promise<ReplaceFactsResult>
  /**
   * Articles whose stored extraction is missing, of an older revision, or made by another
   * engine or reference-data version: what `reextract` must redo. Ids, oldest first.
   */
  outdatedArticles(versions: { engineVersion: string; referenceVersion: string }): Promise<string[]>
  /** Facts with all their evidence, in the filter's order (see `FactFilter.order`). */
  list(filter?: FactFilter): Promise<StoredFact[]>
  /**
   * Like `list` without the evidence: cheaper by the evidence rows, for figures over many
   * facts (sums, tallies) and for choosing which facts to show before loading theirs.
   */
  listWithoutEvidence(filter?: FactFilter): Promise<FactWithoutEvidence[]>
  /** How many facts match the filter, ignoring limit and offset. */
  count(filter?: FactFilter): Promise<number>
  /**
   * How many of the dated facts that match the filter start in each month or year, oldest
   * first; periods without facts are left out. Ignores limit, offset and order.
   */
  countByPeriod(filter: FactFilter, period: 'month' | 'year'): Promise<PeriodCount[]>
  /** How many extractions are stored and the latest one's time: one cheap query. */
  extractionStamp(): Promise<ExtractionStamp>
}

const Roles = z.record(z.string(), z.unknown())

export function createFacts(db: Kysely<Database>): Facts {
  return {
    replaceForArticle: (articleId, revision, facts, entities, record) =>
      inTransaction(db, async (trx) => {
        const stored = await trx
          .selectFrom('article_revisions')
          .select('revision')
          .where('article_id', '=', articleId)
          .where('revision', '=', revision)
          .executeTakeFirst()
        if (!stored) {
          throw new Error(
            `facts.replaceForArticle: article ${articleId} has no revision ${revision}; save it first`,
          )
        }

        await upsertEntities(trx, entities)
        await trx.deleteFrom('mentions').where('article_id', '=', articleId).execute()
        const mentions = uniqueBy(
          entities.flatMap((entity) =>
            entity.mentions.map((mention) => ({
              entity_id: entity.id,
              article_id: articleId,
              revision,
              start_offset: mention.start,
              end_offset: mention.end,
              text: mention.text,
            })),
          ),
          (row) => `${row.entity_id} ${row.start_offset} ${row.end_offset}`,
        )
        for (const part of chunk(mentions)) await trx.insertInto('mentions').values(part).execute()

        const previous = await trx
          .selectFrom('fact_evidence')
          .select('fact_id')
          .distinct()
          .where('article_id', '=', articleId)
          .execute()
        await trx.deleteFrom('fact_evidence').where('article_id', '=', articleId).execute()
        // A fact backed only by this article goes; one that other articles back stays.
        for (const part of chunk(previous.map((row) => row.fact_id))) {
          await trx
            .deleteFrom('facts')
            .where('id', 'in', part)
            .where(({ not, exists, selectFrom }) =>
              not(
                exists(
                  selectFrom('fact_evidence')
                    .select('fact_evidence.fact_id')
                    .whereRef('fact_evidence.fact_id', '=', 'facts.id'),
                ),
              ),
            )
            .execute()
        }

        const idsByName = entityIdsByName(entities)
        const rows = uniqueBy(
          facts.map((fact) => toRows(articleId, revision, fact, idsByName)),
          (row) => row.fact.id,
        )
        for (const part of chunk(rows)) {
          await trx
            .insertInto('facts')
            .values(part.map((row) => row.fact))
            .onConflict((oc) => oc.column('id').doNothing())
            .execute()
        }
        const evidence = uniqueBy(
          rows.flatMap((row) => row.evidence),
          (row) => `${row.fact_id} ${row.start_offset} ${row.end_offset}`,
        )
        for (const part of chunk(evidence)) {
          await trx.insertInto('fact_evidence').values(part).execute()
        }
        const named = rows.flatMap((row) => row.entities)
        for (const part of chunk(named)) {
          await trx
            .insertInto('fact_entities')
            .values(part)
            .onConflict((oc) => oc.columns(['fact_id', 'entity_id', 'role']).doNothing())
            .execute()
        }
        if (record) {
          const values = {
            revision,
            engine_version: record.engineVersion,
            reference_version: record.referenceVersion,
            warnings: JSON.stringify(record.warnings),
            extracted_at: record.extractedAt,
          }
          await trx
            .insertInto('extractions')
            .values({ article_id: articleId, ...values })
            .onConflict((oc) => oc.column('article_id').doUpdateSet(values))
            .execute()
        }
        return { factIds: rows.map((row) => row.fact.id), mentions: mentions.length }
      }),

    async outdatedArticles({ engineVersion, referenceVersion }) {
      const rows = await db
        .selectFrom('articles as a')
        .leftJoin('extractions as e', 'e.article_id', 'a.id')
        .select('a.id')
        .where(({ or, eb }) =>
          or([
            eb('e.article_id', 'is', null),
            eb('e.revision', '!=', eb.ref('a.revision')),
            eb('e.engine_version', '!=', engineVersion),
            eb('e.reference_version', '!=', referenceVersion),
          ]),
        )
        .orderBy('a.created_at')
        .orderBy('a.id')
        .execute()
      return rows.map((row) => row.id)
    },

    async list(filter = {}) {
      const factRows = await rowsOf(db, filter)
      const evidenceByFact = await evidenceOf(
        db,
        factRows.map((row) => row.id),
      )
      const facts = factRows.map((row) => toStoredFact(row, evidenceByFact.get(row.id) ?? []))
      return isInEvidenceOrder(filter) ? facts.sort(byFirstEvidence) : facts
    },

    async listWithoutEvidence(filter = {}) {
      const facts = (await rowsOf(db, filter)).map(toFactWithoutEvidence)
      // Without evidence there is no first evidence to order by: the order of ids, stable.
      return isInEvidenceOrder(filter) ? facts.sort((a, b) => (a.id < b.id ? -1 : 1)) : facts
    },

    async count(filter = {}) {
      const row = await filtered(db, filter)
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow()
      return toCount(row.total)
    },

    async countByPeriod(filter, period) {
      // when_start is YYYY-MM-DD text on both dialects: its first 7 or 4 characters are the period.
      const length = period === 'month' ? 7 : 4
      const periodOfStart = sql<string>`substr(when_start, 1, ${sql.lit(length)})`
      const rows = await filtered(db, { ...filter, dated: true })
        .select([periodOfStart.as('period'), (eb) => eb.fn.countAll().as('total')])
        .groupBy(periodOfStart)
        .orderBy(periodOfStart)
        .execute()
      return rows.map((row) => ({ period: row.period, count: toCount(row.total) }))
    },

    async extractionStamp() {
      const row = await db
        .selectFrom('extractions')
        .select((eb) => [eb.fn.countAll().as('total'), eb.fn.max('extracted_at').as('latest')])
        .executeTakeFirstOrThrow()
      return { extractions: toCount(row.total), latest: row.latest ?? null }
    },
  }
}

/** Without an order, limit or offset, facts come in the order of their first evidence. */
function isInEvidenceOrder(filter: FactFilter): boolean {
  return filter.order === undefined && filter.limit === undefined && filter.offset === undefined
}

function rowsOf(db: Kysely<Database>, filter: FactFilter) {
  const { order, limit, offset } = filter
  const isPaged = limit !== undefined || offset !== undefined
  let query = filtered(db, filter).selectAll()
  if (order !== undefined || isPaged) {
    query = ordered(query, order ?? 'when-desc')
    // SQLite accepts OFFSET only after a LIMIT.
    if (isPaged) query = query.limit(limit ?? Number.MAX_SAFE_INTEGER).offset(offset ?? 0)
  }
  return query.execute()
}

function filtered(db: Kysely<Database>, filter: FactFilter) {
  let query = db.selectFrom('facts')
  if (filter.type !== undefined) query = query.where('type', '=', filter.type)
  if (filter.status !== undefined) query = query.where('status', '=', filter.status)
  const { types, ids, dated } = filter
  if (types !== undefined)
    query = types.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('type', 'in', types)
  if (ids !== undefined)
    query = ids.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('facts.id', 'in', ids)
  if (dated !== undefined) query = query.where('when_start', dated ? 'is not' : 'is', null)
  const { articleId, anyEntityIds } = filter
  if (articleId !== undefined) {
    // As for entities below: the article's evidence off fact_evidence_by_article, not a probe per fact.
    query = query.where(
      'facts.id',
      'in',
      db
        .selectFrom('fact_evidence')
        .select('fact_evidence.fact_id')
        .where('fact_evidence.article_id', '=', articleId),
    )
  }
  // `id in (facts naming the entity)`, not a correlated EXISTS: SQLite reads the entity's facts
  // off fact_entities_by_entity once instead of probing it for every fact (with a country's
  // hundreds of places and organisations, 3.8 s against 44 ms over 10,000 articles).
  const factsNaming = (entityIds: readonly string[]) =>
    db
      .selectFrom('fact_entities')
      .select('fact_entities.fact_id')
      .where('fact_entities.entity_id', 'in', entityIds)
  for (const entityId of filter.entityIds ?? []) {
    query = query.where('facts.id', 'in', factsNaming([entityId]))
  }
  for (const group of [
    ...(anyEntityIds === undefined ? [] : [anyEntityIds]),
    ...(filter.entityGroups ?? []),
  ]) {
    query =
      group.length === 0
        ? query.where(sql<boolean>`1 = 0`)
        : query.where('facts.id', 'in', factsNaming([...new Set(group)]))
  }
  if (filter.since !== undefined)
    query = query.where('when_end', '>=', periodOf(filter.since).start)
  if (filter.until !== undefined)
    query = query.where('when_start', '<=', periodOf(filter.until).end)
  return query
}

type FactQuery = SelectQueryBuilder<Database, 'facts', Selectable<FactsTable>>

function ordered(query: FactQuery, order: FactOrder): FactQuery {
  const newestFirst = (q: FactQuery) =>
    q
      .orderBy('when_start', (o) => o.desc().nullsLast())
      .orderBy('when_end', (o) => o.desc().nullsLast())
      .orderBy('id')
  switch (order) {
    case 'when-desc':
      return newestFirst(query)
    case 'when-asc':
      return query
        .orderBy('when_start', (o) => o.asc().nullsLast())
        .orderBy('when_end', (o) => o.asc().nullsLast())
        .orderBy('id')
    case 'type':
      return newestFirst(query.orderBy('type'))
    case 'confidence':
      return newestFirst(query.orderBy('confidence', 'desc'))
  }
}

/** The evidence of these facts only, by fact, in (article, revision, offset) order. */
async function evidenceOf(
  db: Kysely<Database>,
  factIds: readonly string[],
): Promise<Map<string, Selectable<FactEvidenceTable>[]>> {
  const evidenceByFact = new Map<string, Selectable<FactEvidenceTable>[]>()
  for (const part of chunk(factIds)) {
    const evidenceRows = await db
      .selectFrom('fact_evidence')
      .selectAll()
      .where('fact_id', 'in', part)
      .orderBy('article_id')
      .orderBy('revision')
      .orderBy('start_offset')
      .orderBy('end_offset')
      .execute()
    for (const row of evidenceRows) {
      const list = evidenceByFact.get(row.fact_id) ?? []
      list.push(row)
      evidenceByFact.set(row.fact_id, list)
    }
  }
  return evidenceByFact
}

function toRows(
  articleId: string,
  revision: number,
  fact: Fact,
  idsByName: ReadonlyMap<string, string>,
): { fact: FactsTable; evidence: FactEvidenceTable[]; entities: FactEntitiesTable[] } {
  const { type, evidence, confidence, rule, ...roles } = fact
  const id = factId(articleId, fact)
  const when = 'when' in roles && typeof roles.when === 'string' ? roles.when : null
  const period = when === null ? null : periodOf(when)
  return {
    entities: uniqueBy(
      Object.entries(roles).flatMap(([role, value]) =>
        (Array.isArray(value) ? value : [value]).flatMap((item: unknown) => {
          const entityId =
            typeof item === 'string' ? (idsByName.get(item) ?? entityIdOf(item)) : null
          return entityId === null ? [] : [{ fact_id: id, entity_id: entityId, role }]
        }),
      ),
      (row) => `${row.entity_id} ${row.role}`,
    ),
    fact: {
      id,
      type,
      roles: JSON.stringify(roles),
      confidence,
      rule: rule ?? null,
      status: 'status' in roles && typeof roles.status === 'string' ? roles.status : null,
      when_date: when,
      when_start: period?.start ?? null,
      when_end: period?.end ?? null,
    },
    evidence: evidence.map((span) => ({
      fact_id: id,
      article_id: articleId,
      revision,
      start_offset: span.start,
      end_offset: span.end,
      text: span.text,
    })),
  }
}

/**
 * `f` + 16 hex digits of a hash of the article and what the fact says (type, roles, evidence
 * spans), not of confidence or rule: re-extracting an unchanged article keeps its facts' ids.
 */
function factId(articleId: string, fact: Fact): string {
  const { confidence: _confidence, rule: _rule, ...identity } = fact
  const digest = createHash('sha256')
    .update(canonicalJson([articleId, identity]))
    .digest('hex')
  return `f${digest.slice(0, 16)}`
}

/** JSON with object keys sorted, so equal values hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

function toStoredFact(
  row: Selectable<FactsTable>,
  evidenceRows: Selectable<FactEvidenceTable>[],
): StoredFact {
  const evidence = evidenceRows.map((item) =>
    Evidence.parse({
      articleId: item.article_id,
      revision: item.revision,
      start: item.start_offset,
      end: item.end_offset,
      text: item.text,
    }),
  )
  const parsed = Fact.safeParse({
    ...Roles.parse(parseJson(row.roles)),
    type: row.type,
    confidence: row.confidence,
    ...(row.rule !== null && { rule: row.rule }),
    evidence: evidence.map(({ start, end, text }) => ({ start, end, text })),
  })
  if (!parsed.success) {
    throw new Error(
      `fact ${row.id}: the stored row does not fit the model: ${parsed.error.message}`,
    )
  }
  const { evidence: _spans, ...fact } = parsed.data
  return { ...fact, id: row.id, evidence }
}

/**
 * The stored roles as a fact, unchecked against the model: these rows are the store's own
 * writing (`toRows`), and checking thousands per page would add half again to reading them.
 */
function toFactWithoutEvidence(row: Selectable<FactsTable>): FactWithoutEvidence {
  const roles = Roles.parse(parseJson(row.roles))
  return {
    ...roles,
    type: row.type,
    confidence: row.confidence,
    ...(row.rule !== null && { rule: row.rule }),
    id: row.id,
  } as FactWithoutEvidence
}

function byFirstEvidence(a: StoredFact, b: StoredFact): number {
  const first = (fact: StoredFact) => {
    const evidence = fact.evidence[0]
    return [evidence?.articleId ?? '', evidence?.start ?? 0, fact.id] as const
  }
  const [articleA, startA, idA] = first(a)
  const [articleB, startB, idB] = first(b)
  if (articleA !== articleB) return articleA < articleB ? -1 : 1
  if (startA !== startB) return startA - startB
  return idA < idB ? -1 : idA > idB ? 1 : 0
}

const ENTITY_ID = /^(country|person|organization|place|mineral|initiative):\S+$/

/** A role value that is an entity id names that entity; other strings are keywords or quotes. */
function entityIdOf(value: string): string | null {
  return ENTITY_ID.test(value) ? value : null
}

/** Role values may be canonical names (CONVENTIONS.md); map them to the article's entity ids. */
function entityIdsByName(entities: readonly Entity[]): Map<string, string> {
  return new Map(entities.map((entity) => [entity.name, entity.id]))
}

/**
 * The first and last day a date of any precision covers, as strings that compare in date
 * order: "2025" -> 2025-01-01..2025-12-31, "2025-11" -> 2025-11-01..2025-11-31 (no real day
 * sorts after the 31st, so the month's true length does not matter).
 */
export function periodOf(date: string): { start: string; end: string } {
  const day = date.slice(0, 10)
  const parts = day.split('-').length
  if (parts === 1) return { start: `${day}-01-01`, end: `${day}-12-31` }
  if (parts === 2) return { start: `${day}-01`, end: `${day}-31` }
  return { start: day, end: day }
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()]
}
