import { z } from 'zod'
import type { Money } from '../../model/index.js'
import { alternativesOf, readPatternFile } from '../text/index.js'

/** How sure the text is of an amount: the contract's Money qualifier. */
export type Qualifier = Money['qualifier']

/** Regular expressions of this file, built once. */
const PATTERNS = {
  space: /\s+/g,
  comma: /,/g,
} as const

const Words = z.array(z.string().min(1)).min(1)
const MoneyFile = z.object({
  currencies: z.array(
    z.object({ code: z.string().regex(/^[A-Z]{3}$/), symbols: z.array(z.string()), names: Words }),
  ),
  currencyNotes: z.array(z.string()),
  codes: z.array(z.string().regex(/^[A-Z]{3}$/)),
  codeAliases: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
  scales: z.array(z.object({ factor: z.number().positive(), words: Words })),
  numberWords: z.record(z.string(), z.number().positive()),
  qualifiers: z.object({ approx: Words, over: Words, 'up-to': Words }),
})

/** data/patterns/money.json, validated once. */
export const MONEY_DATA = readPatternFile('money.json', MoneyFile)

const qualifierByWord = new Map<string, Qualifier>(
  (['approx', 'over', 'up-to'] as const).flatMap((qualifier) =>
    MONEY_DATA.qualifiers[qualifier].map((word) => [normalizeSpace(word), qualifier] as const),
  ),
)
const factorByScale = new Map<string, number>()
for (const scale of MONEY_DATA.scales) {
  for (const word of scale.words) {
    factorByScale.set(word, scale.factor)
    // Lowercase too, but never let "M" (million) be shadowed by "m" or the reverse: exact first.
    if (!factorByScale.has(word.toLowerCase())) factorByScale.set(word.toLowerCase(), scale.factor)
  }
}
const numberWordValues = new Map(
  Object.entries(MONEY_DATA.numberWords).map(([word, value]) => [normalizeSpace(word), value]),
)

/** Regex sources shared by the finders of this folder (each finder builds its own table). */
export const SOURCES = {
  /** "1,500", "1.1", "49.979", "900": thousands separated by commas, a decimal point. */
  number: String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
  /** "a", "one", "half a": a number word that a scale word must follow ("a billion"). */
  numberWord: alternativesOf(Object.keys(MONEY_DATA.numberWords)),
  scale: alternativesOf(MONEY_DATA.scales.flatMap((scale) => scale.words)),
  /** Scale words that are words, not letters ("billion", "million"), for "a billion-dollar". */
  scaleWord: alternativesOf(
    MONEY_DATA.scales.flatMap((scale) => scale.words.filter((word) => word.length > 3)),
  ),
  qualifier: alternativesOf([...qualifierByWord.keys()]),
  /** Not inside a word or number: a lookbehind that opens each pattern. */
  open: String.raw`(?<![\p{L}\p{N}])`,
  /** Not followed by a letter or digit. */
  close: String.raw`(?![\p{L}\p{N}])`,
} as const

export function normalizeSpace(text: string): string {
  return text.replace(PATTERNS.space, ' ').trim()
}

/** The qualifier a word states ("more than" -> over); `exact` when there is none. */
export function qualifierOf(word: string | undefined): Qualifier {
  if (word === undefined) return 'exact'
  return qualifierByWord.get(normalizeSpace(word.toLowerCase())) ?? 'exact'
}

/** The factor of a scale word ("bn" -> 1e9); 1 when there is none. */
export function scaleFactorOf(word: string | undefined): number {
  if (word === undefined) return 1
  return factorByScale.get(word) ?? factorByScale.get(word.toLowerCase()) ?? 1
}

/**
 * The value of "1,500", "1.1" or a number word, times a scale factor. Powers of ten are applied
 * in decimal notation so that "1.1" billion is exactly 1100000000, not 1100000000.0000002.
 */
export function valueOf(numberText: string, factor: number): number | null {
  const word = numberWordValues.get(normalizeSpace(numberText.toLowerCase()))
  if (word !== undefined) return word * factor
  const plain = numberText.replace(PATTERNS.comma, '')
  const exponent = Math.log10(factor)
  const value = Number.isInteger(exponent) ? Number(`${plain}e${exponent}`) : Number(plain) * factor
  return Number.isFinite(value) ? value : null
}
