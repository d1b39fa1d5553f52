import data from './boilerplate.json' with { type: 'json' }

interface PatternEntry {
  pattern: string
  note: string
  caseSensitive?: boolean
}

interface WordEntry {
  text: string
  note: string
}

/** Regular expressions of this file, built once (the lists themselves are compiled below). */
const PATTERNS = {
  space: /\s+/g,
  /** Characters that mean something in a regular expression, escaped when a word becomes one. */
  special: /[.*+?^${}()|[\]\\]/g,
} as const

/** Lowercase, one space between words: how lines are compared with each other and the lists. */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(PATTERNS.space, ' ').trim()
}

const compile = (entries: readonly PatternEntry[]): RegExp[] =>
  entries.map((entry) => new RegExp(entry.pattern, entry.caseSensitive ? 'u' : 'iu'))

/** The words of a list as regex alternatives, longest first ("written by" before "by"). */
export const alternativesOf = (entries: readonly WordEntry[]): string =>
  entries
    .map((entry) => entry.text.replace(PATTERNS.special, '\\$&').replace(PATTERNS.space, '\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|')

/** The boilerplate lists of boilerplate.json, compiled once. */
export const BOILERPLATE = {
  uiLines: new Set(data.uiLines.map((entry) => lineKey(entry.text))),
  uiPatterns: compile(data.uiPatterns),
  listMarkers: compile(data.listMarkers),
  endMarkers: compile(data.endMarkers),
  wallPatterns: compile(data.wallPatterns),
  promoPatterns: compile(data.promoPatterns),
  captionPatterns: compile(data.captionPatterns),
  inlineLinkPatterns: compile(data.inlineLinkPatterns),
  breadcrumbRoots: new Set(data.breadcrumbRoots.map((entry) => lineKey(entry.text))),
  bylineRoles: new Set(data.bylineRoles.map((entry) => lineKey(entry.text))),
  titleCaseSmallWords: new Set(data.titleCaseSmallWords.words),
} as const

/** Word lists that the header and site readers build their patterns from. */
export const WORDS = {
  bylineLabels: alternativesOf(data.bylineLabels),
  sectionLabels: alternativesOf(data.sectionLabels),
  /** "Filed under Congress", "Posted in News": labels of two words need no colon. */
  sectionPhrases: alternativesOf(data.sectionLabels.filter((entry) => entry.text.includes(' '))),
  companySuffixes: alternativesOf(data.companySuffixes),
} as const

export const matchesAny = (patterns: readonly RegExp[], text: string): boolean =>
  patterns.some((pattern) => pattern.test(text))
