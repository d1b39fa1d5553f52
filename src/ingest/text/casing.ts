import { BOILERPLATE, lineKey } from './boilerplate.js'
import type { Line } from './lines.js'

/** Regular expressions of this file, built once. */
const PATTERNS = {
  /** Letters, at least one capital and no lowercase: "ROTUNDA TRADE REPORT", "MINOR METALS". */
  shouting: /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u,
  hasLowercase: /\p{Ll}/u,
  startsLowercase: /^\p{Ll}/u,
  space: /\s+/u,
  /** Punctuation around a word of running text: "Report," "(Ledger", "Weekly." */
  edgePunctuation: /^[("«“'‘[]+|[)"»”'’\].,;:!?]+$/gu,
  /** A word without vowels is an acronym: "GCN", "BBC", "NPR". */
  vowel: /[aeiouyаеёиоуыэюяәіөүұ]/iu,
  /** A hyphen or an apostrophe starts a new capital: "Kyrgyz-Kazakh", "O'Neill". */
  wordStart: /(^|[-'’])(\p{L})/gu,
} as const

/** Two-letter words in capitals are acronyms ("US", "EU", "AI") unless they are small words. */
const MAX_ACRONYM_CHARS = 2
/** A masthead of one short word in capitals is an acronym or a brand: "TASS", "RIA". */
const MAX_ACRONYM_NAME_CHARS = 4

export const isShouting = (text: string): boolean => PATTERNS.shouting.test(text)

/**
 * A text printed in capitals ("ROTUNDA TRADE REPORT") in its proper casing: the same words
 * in mixed case elsewhere on the page ("Rotunda Trade Report is published by ..."), else
 * title case. Mixed-case text is returned as it is.
 */
export function properCaseOf(text: string, lines: readonly Line[]): string {
  if (!isShouting(text)) return text
  return spelledOnPage(text, lines) ?? titleCase(text)
}

/** The words of `text`, matched case-insensitively, where a line of the page spells them in mixed case. */
function spelledOnPage(text: string, lines: readonly Line[]): string | null {
  const key = lineKey(text)
  const size = key.split(' ').length
  for (const line of lines) {
    if (line.isBlank || !line.key.includes(key) || !PATTERNS.hasLowercase.test(line.text)) continue
    const words = line.text.split(PATTERNS.space)
    for (let i = 0; i + size <= words.length; i++) {
      const window = words.slice(i, i + size)
      const stripped = window.map((word) => word.replace(PATTERNS.edgePunctuation, ''))
      const candidate = stripped.join(' ')
      if (lineKey(candidate) === key && isNameCased(stripped)) return candidate
    }
  }
  return null
}

/** A name in mixed case: not all capitals, and every word but the small ones capitalised
 *  ("Oxide & Ore Weekly", "Bank of the Steppe"; not "minor metals" in a tagline). */
function isNameCased(words: readonly string[]): boolean {
  if (isShouting(words.join(' '))) return false
  return words.every(
    (word, i) =>
      !PATTERNS.startsLowercase.test(word) || (i > 0 && BOILERPLATE.titleCaseSmallWords.has(word)),
  )
}

/** "OXIDE & ORE WEEKLY" -> "Oxide & Ore Weekly"; "BANK OF THE STEPPE" -> "Bank of the Steppe". */
export function titleCase(text: string): string {
  if (!PATTERNS.space.test(text.trim()) && text.trim().length <= MAX_ACRONYM_NAME_CHARS) return text
  return text
    .split(PATTERNS.space)
    .map((word, i) => {
      const lower = word.toLowerCase()
      if (i > 0 && BOILERPLATE.titleCaseSmallWords.has(lower)) return lower
      if (word.length <= MAX_ACRONYM_CHARS || !PATTERNS.vowel.test(word)) return word
      return lower.replace(
        PATTERNS.wordStart,
        (_, start: string, letter: string) => start + letter.toUpperCase(),
      )
    })
    .join(' ')
}
