import { Transaction, type Kysely } from 'kysely'
import type { Database } from './schema.js'

/** Runs fn in a transaction: the caller's, when it already is one, else a new one. */
export function inTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db instanceof Transaction) return fn(db)
  return db.transaction().execute(fn)
}

/** Another writer changed the row between our read and our write; retrying sees its change. */
export class WriteConflict extends Error {
  override name = 'WriteConflict'
}

/** Unique-key codes: PostgreSQL's SQLSTATE, better-sqlite3's extended result codes. */
const UNIQUE_VIOLATION_CODES = new Set([
  '23505',
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
])

/** True for errors a retry of the whole transaction can resolve (a concurrent writer won). */
export function isWriteConflict(error: unknown): boolean {
  if (error instanceof WriteConflict) return true
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    UNIQUE_VIOLATION_CODES.has(error.code)
  )
}

/**
 * Rows per multi-row statement: far below SQLite's 32,766 and PostgreSQL's 65,535 bound
 * parameters even for the widest table here.
 */
const ROWS_PER_STATEMENT = 500

export function chunk<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

/** count(*) arrives as a number from SQLite and as a string (bigint) from PostgreSQL. */
export function toCount(value: string | number | bigint | null | undefined): number {
  return Number(value ?? 0)
}

/** JSON text from a column, for a zod schema to check; never trusted as-is. */
export function parseJson(text: string): unknown {
  return JSON.parse(text)
}
