import data from './boilerplate.json' with { type: 'json' }

interface PatternEntry {
  pattern: string
  note: string
  caseSensitive?: boolean
}

/** Regular expressions of this file, built once (the lists themselves are compiled below). */
const PATTERNS = {
  space: /\s+/g,
} as const

/** Lowercase, one space between words: how lines are compared with each other and the lists. */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(PATTERNS.space, ' ').trim()
}

const compile = (entries: readonly PatternEntry[]): RegExp[] =>
  entries.map((entry) => new RegExp(entry.pattern, entry.caseSensitive ? 'u' : 'iu'))

/** The boilerplate lists of boilerplate.json, compiled once. */
export const BOILERPLATE = {
  uiLines: new Set(data.uiLines.map((entry) => lineKey(entry.text))),
  uiPatterns: compile(data.uiPatterns),
  listMarkers: compile(data.listMarkers),
  endMarkers: compile(data.endMarkers),
  promoPatterns: compile(data.promoPatterns),
  captionPatterns: compile(data.captionPatterns),
  inlineLinkPatterns: compile(data.inlineLinkPatterns),
} as const

export const matchesAny = (patterns: readonly RegExp[], text: string): boolean =>
  patterns.some((pattern) => pattern.test(text))
