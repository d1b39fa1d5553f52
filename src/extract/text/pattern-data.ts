import { readFileSync } from 'node:fs'
import { z } from 'zod'

/**
 * data/patterns/ seen from this file. The path is the same from src/extract/text/ (tests, tsx)
 * and from dist/extract/text/ (the build), so the JSON is read in place rather than imported:
 * tsc would refuse an import from outside the build's rootDir (src/).
 */
const PATTERNS_DIR = new URL('../../../data/patterns/', import.meta.url)

/** Reads and validates one file of data/patterns/. A file that fails its schema is a bug in the
 *  shipped data, so this throws with the file name and every issue. */
export function readPatternFile<T>(fileName: string, schema: z.ZodType<T>): T {
  const raw: unknown = JSON.parse(readFileSync(new URL(fileName, PATTERNS_DIR), 'utf8'))
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    throw new Error(`data/patterns/${fileName}: ${z.prettifyError(parsed.error)}`)
  }
  return parsed.data
}

/** Regular expressions of this file, built once. */
const PATTERNS = {
  special: /[.*+?^${}()|[\]\\]/g,
  space: / +/g,
} as const

/** A list of words as regex alternatives, longest first so "per cent" wins over "per";
 *  a space in a word matches any run of spaces. */
export function alternativesOf(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(PATTERNS.special, '\\$&').replace(PATTERNS.space, '\\s+'))
    .join('|')
}
