/**
 * @module store
 * Keeps articles (every revision), entities, mentions and facts in SQLite or PostgreSQL, and
 * searches the articles. Split by aggregate: `store.articles`, `store.entities`, `store.facts`.
 * Opening a store brings its schema up to date. Does not fetch, read or extract: callers hand
 * it model values, and it hands model values back, parsed through the model's schemas.
 * The only import site of Kysely, better-sqlite3 and pg.
 */
import { Migrator, type Kysely } from 'kysely'
import { createArticles, type Articles } from './articles.js'
import { connect, describeLocation } from './connection.js'
import { createEntities, type Entities } from './entities.js'
import { createFacts, type Facts } from './facts.js'
import { migrationProvider } from './migrations/index.js'
import type { Database, SqlDialect } from './schema.js'

export type {
  ArticleListFilter,
  ArticleRevisionInfo,
  Articles,
  ArticleSearchFilter,
  ArticleSummary,
  Page,
  RelatedArticle,
  SaveArticleInput,
  SaveArticleResult,
  SearchHit,
  Tally,
} from './articles.js'
export type {
  Entities,
  EntityCounts,
  EntityFilter,
  EntityWithCounts,
  StoredEntity,
} from './entities.js'
export type {
  ExtractionRecord,
  ExtractionStamp,
  FactFilter,
  FactOrder,
  Facts,
  FactWithoutEvidence,
  PeriodCount,
  ReplaceFactsResult,
  StoredFact,
} from './facts.js'
export type { SqlDialect } from './schema.js'

export interface OpenStoreOptions {
  /**
   * Open without writing: no migrations (the schema must be current), and any write fails.
   * A SQLite file must exist.
   */
  readonly?: boolean
}

/** The aggregates, as `transaction` hands them to a job that spans several. */
export interface StoreAggregates {
  readonly articles: Articles
  readonly entities: Entities
  readonly facts: Facts
}

export interface Store extends StoreAggregates {
  readonly dialect: SqlDialect
  /** The migrations this open applied, oldest first; empty when the schema was current. */
  readonly appliedMigrations: readonly string[]
  /** Runs fn in one transaction: everything it writes through `tx` commits, or nothing does. */
  transaction<T>(fn: (tx: StoreAggregates) => Promise<T>): Promise<T>
  /** Closes the file or the connection pool; safe to call twice. */
  close(): Promise<void>
}

/**
 * Opens the store at a file path (SQLite; the file and its directory are created if missing)
 * or a `postgres://` / `postgresql://` URL, and runs pending migrations.
 * Throws when it cannot open or migrate, with the location (password masked) in the message.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const isReadonly = options.readonly ?? false
  const where = describeLocation(location)
  let connection: ReturnType<typeof connect>
  try {
    connection = connect(location, isReadonly)
  } catch (error) {
    throw new Error(`cannot open the store at ${where}: ${messageOf(error)}`, { cause: error })
  }
  const { db, dialect } = connection

  let appliedMigrations: string[]
  try {
    appliedMigrations = isReadonly
      ? await checkSchemaIsCurrent(db, dialect, where)
      : await migrate(db, dialect, where)
  } catch (error) {
    await db.destroy()
    throw error
  }

  let isClosed = false
  return {
    ...aggregates(db, dialect),
    dialect,
    appliedMigrations,
    transaction: (fn) => db.transaction().execute((trx) => fn(aggregates(trx, dialect))),
    async close() {
      if (isClosed) return
      isClosed = true
      await db.destroy()
    },
  }
}

function aggregates(db: Kysely<Database>, dialect: SqlDialect): StoreAggregates {
  return {
    articles: createArticles(db, dialect),
    entities: createEntities(db),
    facts: createFacts(db),
  }
}

async function migrate(db: Kysely<Database>, dialect: SqlDialect, where: string) {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')
    const step = failed ? `migration ${failed.migrationName} failed` : 'cannot migrate'
    throw new Error(`store at ${where}: ${step}: ${messageOf(error)}`, { cause: error })
  }
  return results.filter((result) => result.status === 'Success').map((r) => r.migrationName)
}

async function checkSchemaIsCurrent(db: Kysely<Database>, dialect: SqlDialect, where: string) {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) })
  let pending: string[]
  try {
    const migrations = await migrator.getMigrations()
    pending = migrations.filter((m) => m.executedAt === undefined).map((m) => m.name)
  } catch (error) {
    throw new Error(`cannot open the store at ${where}: ${messageOf(error)}`, { cause: error })
  }
  if (pending.length > 0) {
    throw new Error(
      `store at ${where} is behind the code (pending: ${pending.join(', ')}); open it once without readonly to migrate`,
    )
  }
  return []
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    // pg reports a refused connection as one error per address tried (::1, 127.0.0.1).
    return error.errors.map(messageOf).join('; ')
  }
  return error instanceof Error ? error.message || error.name : String(error)
}
