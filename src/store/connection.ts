import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
} from 'kysely'
import pg from 'pg'
import type { Database, SqlDialect } from './schema.js'

/** How long a writer waits for another process's write lock before SQLite gives up. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000
/** Connections per store; jobs and the server share one store per process. */
const POSTGRES_POOL_SIZE = 10

export interface Connection {
  db: Kysely<Database>
  dialect: SqlDialect
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location)
}

/** The location fit for a message: a URL's password is masked. */
export function describeLocation(location: string): string {
  if (!isPostgresUrl(location)) return location
  try {
    const url = new URL(location)
    if (url.password) url.password = '***'
    return url.toString()
  } catch {
    return 'postgres://(unparseable URL)'
  }
}

export function connect(location: string, isReadonly: boolean): Connection {
  if (isPostgresUrl(location)) {
    const pool = new pg.Pool({
      connectionString: location,
      max: POSTGRES_POOL_SIZE,
      options: [
        // JIT compiles any query the planner costs high, such as a count per entity, and that
        // compiling took longer (~300 ms) than running these queries.
        '-c jit=off',
        // Read-only at the server: any write fails, whatever the code tries.
        ...(isReadonly ? ['-c default_transaction_read_only=on'] : []),
      ].join(' '),
    })
    // An idle client losing its connection must not crash the process; the next query that
    // needs a connection reports the failure.
    pool.on('error', () => {})
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
    }
  }

  if (!isReadonly && location !== ':memory:') mkdirSync(dirname(location), { recursive: true })
  const sqlite = new BetterSqlite3(location, {
    readonly: isReadonly,
    fileMustExist: isReadonly,
    timeout: SQLITE_BUSY_TIMEOUT_MS,
  })
  // WAL lets readers (the server) run while a job writes; the mode is stored in the file.
  if (!isReadonly) sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  return { db: new Kysely<Database>({ dialect: sqliteDialect(sqlite) }), dialect: 'sqlite' }
}

/**
 * Kysely's SQLite dialect with two changes. Transactions begin IMMEDIATE: a deferred BEGIN
 * that reads and then writes fails at once with SQLITE_BUSY when another process wrote in
 * between, while IMMEDIATE takes the write lock up front and waits up to the busy timeout.
 * And DDL is transactional (SQLite supports it; Kysely assumes not), so the migrator runs all
 * pending migrations in one transaction: two processes opening a new file cannot interleave,
 * and a failed migration leaves nothing behind.
 */
function sqliteDialect(database: BetterSqlite3.Database): Dialect {
  return {
    createAdapter: () => new TransactionalDdlSqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver({ database }),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}
