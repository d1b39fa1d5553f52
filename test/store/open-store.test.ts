import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/index.js'
import { makeSaveInput } from './factories.js'
import { ADMIN_URL, DIALECTS, useTestDatabases } from './harness.js'

const ALL_MIGRATIONS = [
  '0001-articles',
  '0002-article-search',
  '0003-entities-facts',
  '0004-fact-index-extractions',
  '0005-browse-indexes',
]

for (const dialect of DIALECTS) {
  describe(`openStore (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    it('migrates an empty database to the current schema', async () => {
      const store = await databases.fresh()
      expect(store.dialect).toBe(dialect)
      expect(store.appliedMigrations).toEqual(ALL_MIGRATIONS)
      expect(await store.articles.count()).toBe(0)
      expect(await store.articles.search('tungsten', { limit: 5, offset: 0 })).toEqual([])
    })

    it('reopens a current database without running any migration, keeping its data', async () => {
      const location = await databases.create()
      const first = await databases.open(location)
      const saved = await first.articles.save(makeSaveInput())
      await first.close()

      const again = await databases.open(location)
      expect(again.appliedMigrations).toEqual([])
      expect((await again.articles.get(saved.id))?.revision).toBe(1)
    })

    it('re-runs every migration over an existing schema without harm (they are idempotent)', async () => {
      const location = await databases.create()
      const first = await databases.open(location)
      const saved = await first.articles.save(makeSaveInput())
      await first.close()
      await databases.exec(location, 'delete from kysely_migration')

      const again = await databases.open(location)
      expect(again.appliedMigrations).toEqual(ALL_MIGRATIONS)
      expect(await again.articles.get(saved.id)).not.toBeNull()
      expect(await again.articles.search('Qaratau', { limit: 5, offset: 0 })).toHaveLength(1)
    })

    it('opens read-only: reads work, writes are refused', async () => {
      const location = await databases.create()
      const writer = await databases.open(location)
      const saved = await writer.articles.save(makeSaveInput())
      await writer.close()

      const reader = await databases.open(location, { readonly: true })
      expect(reader.appliedMigrations).toEqual([])
      expect((await reader.articles.get(saved.id))?.id).toBe(saved.id)
      await expect(reader.articles.save(makeSaveInput())).rejects.toThrow(/read-?only/i)
    })

    it('refuses to open read-only a database whose schema is behind the code', async () => {
      const location = await databases.create()
      // An existing but never migrated database.
      await databases.exec(location, 'create table unrelated (id integer)')
      await expect(openStore(location, { readonly: true })).rejects.toThrow(
        /behind the code \(pending: 0001-articles, 0002-article-search, 0003-entities-facts, 0004-fact-index-extractions, 0005-browse-indexes\)/,
      )
    })
  })
}

describe('openStore (sqlite files)', () => {
  it('creates the file and its missing parent directories, in WAL mode', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'lodestone-open-'))
    try {
      const location = join(directory, 'nested', 'deeper', 'lodestone.db')
      const store = await openStore(location)
      await store.close()
      await store.close() // closing twice is harmless
      expect(existsSync(location)).toBe(true)
      const db = new BetterSqlite3(location, { readonly: true })
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      db.close()
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('names the path when a read-only file does not exist', async () => {
    await expect(openStore('/nonexistent/lodestone.db', { readonly: true })).rejects.toThrow(
      /cannot open the store at \/nonexistent\/lodestone\.db/,
    )
  })
})

describe('openStore (postgres URLs)', () => {
  it('names the server but masks the password when it cannot connect', async () => {
    const url = new URL(ADMIN_URL)
    url.password = 'hunter2'
    url.port = '1' // nothing listens there
    const failure = openStore(url.toString())
    await expect(failure).rejects.toThrow(/postgres:\/\/.*:\*\*\*@.*:1\//)
    await expect(failure).rejects.not.toThrow(/hunter2/)
  })

  it('accepts the postgresql:// spelling', async () => {
    const url = ADMIN_URL.replace(/^postgres:/, 'postgresql:').replace(
      /\/[^/]*$/,
      '/lodestone_no_such_db',
    )
    await expect(openStore(url)).rejects.toThrow(/lodestone_no_such_db/)
  })
})
