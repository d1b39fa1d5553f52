/**
 * The schema's history, for Kysely's Migrator. Each migration file imports only Kysely (never
 * store modules, whose later changes would rewrite history), takes the dialect as an argument,
 * and is idempotent (IF NOT EXISTS), so a half-recorded run can run again.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001-articles.js'
import * as m0002 from './0002-article-search.js'
import * as m0003 from './0003-entities-facts.js'
import * as m0004 from './0004-fact-index-extractions.js'
import * as m0005 from './0005-browse-indexes.js'

type SqlDialect = 'sqlite' | 'postgres'

/** Every migration, in order. Append only: a released migration is never edited. */
const MIGRATIONS: Record<string, (db: Kysely<unknown>, dialect: SqlDialect) => Promise<void>> = {
  '0001-articles': m0001.up,
  '0002-article-search': m0002.up,
  '0003-entities-facts': m0003.up,
  '0004-fact-index-extractions': m0004.up,
  '0005-browse-indexes': m0005.up,
}

/** The migrations for one dialect, as Kysely's Migrator wants them. */
export function migrationProvider(dialect: SqlDialect): MigrationProvider {
  return {
    getMigrations: async () =>
      Object.fromEntries(
        Object.entries(MIGRATIONS).map(([name, up]): [string, Migration] => [
          name,
          { up: (db) => up(db, dialect) },
        ]),
      ),
  }
}
