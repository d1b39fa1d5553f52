/**
 * Turns what a person typed into a search box into a query that cannot be a syntax error, for
 * either dialect. The grammar is web-search style, as PostgreSQL's websearch_to_tsquery reads it:
 * words (all must match), "exact phrases", `OR` between two terms, `-word` or `NOT word` to
 * exclude. Anything else (`*`, `:`, `(`, emoji) only separates words. Words joined by
 * punctuation ("Kazakh-Chinese", "U.S.") are a phrase, as the index tokenises them that way.
 * The last word also matches as a prefix, for search as you type.
 */

/** A word, or words that must appear together in this order. */
export interface SearchTerm {
  readonly words: readonly string[]
  /** Also match words that start with the (single) word. */
  readonly isPrefix: boolean
}

/** Every clause must match one of its alternatives; no excluded term may match. */
export interface SearchQuery {
  readonly clauses: readonly (readonly SearchTerm[])[]
  readonly excluded: readonly SearchTerm[]
}

/** More terms than anyone types by hand; bounds the work a pasted page can cause. */
const MAX_TERMS = 32
/** Shorter prefixes match most of the index ("a*"), costing a scan for no useful ranking. */
const MIN_PREFIX_LENGTH = 3

const PATTERNS = {
  /** A word as the unicode61 tokenizer sees one: letters and digits, with combining marks. */
  word: /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu,
  space: /\s/u,
} as const

interface Token {
  text: string
  isQuoted: boolean
  isNegated: boolean
}

/** The query, or null when it holds nothing to look for (empty, only operators or symbols). */
export function parseSearchQuery(input: string): SearchQuery | null {
  const clauses: SearchTerm[][] = []
  const excluded: SearchTerm[] = []
  let termCount = 0
  let isOrPending = false
  let isNotPending = false
  let lastBareWord: { clause: number; word: string } | null = null

  for (const token of tokenize(input.normalize('NFC'))) {
    if (!token.isQuoted && !token.isNegated) {
      if (token.text === 'OR') {
        isOrPending = clauses.length > 0
        continue
      }
      if (token.text === 'AND') continue
      if (token.text === 'NOT') {
        isNotPending = true
        continue
      }
    }
    const words = (token.text.match(PATTERNS.word) ?? []).map((word) => word.toLowerCase())
    if (words.length === 0) continue
    if (termCount === MAX_TERMS) break
    termCount += 1

    const term: SearchTerm = { words, isPrefix: false }
    const isNegated = token.isNegated || isNotPending
    isNotPending = false
    lastBareWord = null
    if (isNegated) {
      excluded.push(term)
      isOrPending = false
      continue
    }
    const previous = clauses[clauses.length - 1]
    if (isOrPending && previous) previous.push(term)
    else clauses.push([term])
    isOrPending = false
    const word = words[0]
    if (!token.isQuoted && words.length === 1 && word !== undefined) {
      lastBareWord = { clause: clauses.length - 1, word }
    }
  }

  if (clauses.length === 0) return null
  // Prefix only a last word that stands alone: an alternative of an OR stays exact.
  const lastClause = clauses[clauses.length - 1]
  if (
    lastBareWord &&
    lastBareWord.clause === clauses.length - 1 &&
    lastClause?.length === 1 &&
    [...lastBareWord.word].length >= MIN_PREFIX_LENGTH
  ) {
    clauses[clauses.length - 1] = [{ words: [lastBareWord.word], isPrefix: true }]
  }
  return { clauses, excluded }
}

function* tokenize(input: string): Generator<Token> {
  let i = 0
  while (i < input.length) {
    const char = input[i] ?? ''
    if (PATTERNS.space.test(char)) {
      i += 1
      continue
    }
    let isNegated = false
    while (input[i] === '-') {
      isNegated = true
      i += 1
    }
    if (input[i] === '"') {
      // An unbalanced quote runs to the end of the input.
      const close = input.indexOf('"', i + 1)
      const end = close === -1 ? input.length : close
      yield { text: input.slice(i + 1, end), isQuoted: true, isNegated }
      i = end + 1
      continue
    }
    const start = i
    while (i < input.length && input[i] !== '"' && !PATTERNS.space.test(input[i] ?? '')) i += 1
    yield { text: input.slice(start, i), isQuoted: false, isNegated }
  }
}

/** SQLite FTS5 syntax: every term is a quoted string, so no user text is ever read as syntax. */
export function toFts5Query(query: SearchQuery): string {
  const positive = query.clauses
    .map((clause) =>
      clause.length === 1 ? fts5Term(clause[0]) : `(${clause.map(fts5Term).join(' OR ')})`,
    )
    .join(' AND ')
  if (query.excluded.length === 0) return positive
  return `(${positive}) NOT (${query.excluded.map(fts5Term).join(' OR ')})`
}

function fts5Term(term: SearchTerm | undefined): string {
  if (!term) return '""'
  const phrase = `"${term.words.join(' ').replaceAll('"', '""')}"`
  // The exact word matches both, so it ranks above words that only share its prefix.
  return term.isPrefix ? `(${phrase} OR ${phrase}*)` : phrase
}

/**
 * PostgreSQL: `websearch` for websearch_to_tsquery (every term quoted, so `or` stays a word),
 * and the prefix term, if any, as to_tsquery text to AND with it (websearch has no prefix).
 */
export function toPostgresQuery(query: SearchQuery): { websearch: string; prefix: string | null } {
  let prefix: string | null = null
  const clauses: string[] = []
  for (const clause of query.clauses) {
    const only = clause.length === 1 ? clause[0] : undefined
    if (only?.isPrefix) {
      // Words hold only letters, digits and marks, so they need no escaping inside quotes.
      const word = only.words.join(' ')
      prefix = `'${word}' | '${word}':*`
      continue
    }
    clauses.push(clause.map((term) => `"${term.words.join(' ')}"`).join(' OR '))
  }
  const excluded = query.excluded.map((term) => `-"${term.words.join(' ')}"`)
  return { websearch: [...clauses, ...excluded].join(' '), prefix }
}

/** Marks around matched words in a snippet; private-use characters that pages do not contain. */
export const MARK_OPEN = '\uE000'
export const MARK_CLOSE = '\uE001'

/** Strips the marks from a marked snippet, keeping where they were as [start, end) offsets. */
export function splitMarks(marked: string): {
  snippet: string
  highlights: Array<[number, number]>
} {
  let snippet = ''
  const highlights: Array<[number, number]> = []
  let start = -1
  for (const char of marked) {
    if (char === MARK_OPEN) start = snippet.length
    else if (char === MARK_CLOSE) {
      if (start >= 0 && snippet.length > start) highlights.push([start, snippet.length])
      start = -1
    } else snippet += char
  }
  return { snippet, highlights }
}
