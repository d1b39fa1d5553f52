import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { openStore, type OpenStoreOptions, type Store } from '../../src/store/index.js'

/** Every store test runs once per dialect: `for (const dialect of DIALECTS) describe(...)`. */
export const DIALECTS = ['sqlite', 'postgres'] as const
export type Dialect = (typeof DIALECTS)[number]

/**
 * The PostgreSQL server the postgres suite creates its databases on (CI has one here, trust
 * auth). Each test gets its own database, dropped when the file's tests end.
 */
export const ADMIN_URL =
  process.env['LODESTONE_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test'

export interface TestDatabases {
  /** A new, empty database: a file path (SQLite) or a URL (PostgreSQL). */
  create(): Promise<string>
  /** Opens a store on the location; it is closed after the test. */
  open(location: string, options?: OpenStoreOptions): Promise<Store>
  /** A new database, opened (and so migrated); closed after the test. */
  fresh(): Promise<Store>
  /** A new database for a beforeAll to fill and every test to read; closed after the file. */
  freshForAll(): Promise<Store>
  /** Opens a store on the location for the whole file (a beforeAll); closed after the file. */
  openForAll(location: string): Promise<Store>
  /** Runs SQL straight on the database, past the store: to tamper with it in a test. */
  exec(location: string, statement: string): Promise<void>
}

/** Registers the hooks that create and drop this file's databases; call inside describe. */
export function useTestDatabases(dialect: Dialect): TestDatabases {
  const opened: Store[] = []
  const openedForAll: Store[] = []
  const created: string[] = []
  let directory = ''
  let admin: pg.Client | null = null

  beforeAll(async () => {
    if (dialect === 'sqlite') {
      directory = await mkdtemp(join(tmpdir(), 'lodestone-store-'))
      return
    }
    const client = new pg.Client({ connectionString: ADMIN_URL })
    try {
      await client.connect()
    } catch (error) {
      // Fail, never skip: CI has PostgreSQL, so a missing server is a broken setup.
      throw new Error(
        `PostgreSQL is not reachable at ${ADMIN_URL} (${String(error)}). The postgres store ` +
          'suite needs it: start it, or set LODESTONE_TEST_PG_URL to a server where this user ' +
          'may create databases.',
        { cause: error },
      )
    }
    admin = client
  })

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()))
  })

  afterAll(async () => {
    await Promise.all(openedForAll.splice(0).map((store) => store.close()))
    if (dialect === 'sqlite') {
      if (directory) await rm(directory, { recursive: true, force: true })
      return
    }
    if (!admin) return
    for (const name of created) await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  })

  const databases: TestDatabases = {
    async create() {
      const name = `lodestone_test_${randomBytes(6).toString('hex')}`
      if (dialect === 'sqlite') return join(directory, `${name}.db`)
      if (!admin) throw new Error('PostgreSQL is not connected (see the beforeAll error)')
      await admin.query(`create database ${name}`)
      created.push(name)
      const url = new URL(ADMIN_URL)
      url.pathname = `/${name}`
      return url.toString()
    },

    async open(location, options) {
      const store = await openStore(location, options)
      opened.push(store)
      return store
    },

    async fresh() {
      return databases.open(await databases.create())
    },

    async freshForAll() {
      return databases.openForAll(await databases.create())
    },

    async openForAll(location) {
      const store = await openStore(location)
      openedForAll.push(store)
      return store
    },

    async exec(location, statement) {
      if (dialect === 'sqlite') {
        const db = new BetterSqlite3(location)
        try {
          db.exec(statement)
        } finally {
          db.close()
        }
        return
      }
      const client = new pg.Client({ connectionString: location })
      await client.connect()
      try {
        await client.query(statement)
      } finally {
        await client.end()
      }
    },
  }
  return databases
}
