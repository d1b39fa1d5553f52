import type { Money, Span } from '../../model/index.js'
import { alternativesOf } from '../text/index.js'
import {
  MONEY_DATA,
  SOURCES,
  normalizeSpace,
  qualifierOf,
  scaleFactorOf,
  valueOf,
} from './amounts.js'

/** An amount of money in the text. The span runs from the qualifier, if any, to the currency
 *  ("more than $1.3 billion", "over a billion-dollar"). `range` is set for "$1-2 billion". */
export interface MoneyMatch extends Span {
  money: Money
  range?: { low: number; high: number }
}

const currencyByCode = new Map<string, string>(MONEY_DATA.codes.map((code) => [code, code]))
for (const [alias, code] of Object.entries(MONEY_DATA.codeAliases)) currencyByCode.set(alias, code)
const currencyBySymbol = new Map<string, string>()
const currencyByName = new Map<string, string>()
for (const currency of MONEY_DATA.currencies) {
  for (const symbol of currency.symbols) currencyBySymbol.set(symbol.toUpperCase(), currency.code)
  for (const name of currency.names)
    currencyByName.set(normalizeSpace(name.toLowerCase()), currency.code)
}

const { number, numberWord, scale, qualifier, open, close } = SOURCES
const code = alternativesOf(MONEY_DATA.codes.concat(Object.keys(MONEY_DATA.codeAliases)))
const symbol = alternativesOf([...currencyBySymbol.keys()])
const name = alternativesOf([...currencyByName.keys()])
/** A number and its scale: "1.1 billion", "2.5bn", "40-million", "a billion". */
const amount = (group: string): string =>
  `(?<${group}>${number}|${numberWord})(?:[\\s-]?(?<${group}Scale>${scale})${close})?`

/** Regular expressions of this file, built once. */
const PATTERNS = {
  /**
   * [qualifier] [ISO code] [symbol] amount [- [symbol] amount] [currency name or code].
   * Case-insensitive for the words; codes must be written in capitals (checked after the match,
   * so "try 5 million" is not Turkish lira). At least one currency marker is required.
   */
  money: new RegExp(
    `${open}(?:(?<qualifier>${qualifier})\\s+)?` +
      `(?:(?<code>${code})\\s?)?(?<symbol>${symbol})?\\s?` +
      amount('low') +
      `(?:\\s?[-–—]\\s?(?:${symbol})?\\s?${amount('high')})?` +
      `(?:(?:\\s+|-)(?:(?<name>${name})|(?<codeAfter>${code}))${close})?`,
    'giu',
  ),
  /** A symbol is not a letter, so "US$" and "A$" also need no letter right before them. */
  upper: /^[A-Z]{3}$/,
} as const

/**
 * Finds amounts of money in text[start, end), with offsets into `text`.
 *
 * - Currency: an ISO code in capitals, a symbol or a currency name (data/patterns/money.json,
 *   where the notes say why a bare "$" is USD and bare "pounds" is not money).
 * - Qualifier: the word before the amount, per CONVENTIONS.md (about -> approx, more than -> over,
 *   up to -> up-to); "over a billion-dollar investment" is USD 1e9, over.
 * - A range ("$1-2 billion") gives its low end with qualifier `over` (or the stated one): the
 *   text vouches for at least that much, and a midpoint would be a number nobody wrote. Both
 *   ends are kept in `range`.
 */
export function findMoney(text: string, start = 0, end = text.length): MoneyMatch[] {
  const found: MoneyMatch[] = []
  // Cut at `end` so that a sentence window never scans the rest of the article; the table's
  // global regex is shared (the loop is synchronous) to save a compile per call.
  const scope = end >= text.length ? text : text.slice(0, end)
  const pattern = PATTERNS.money
  pattern.lastIndex = start
  for (let match = pattern.exec(scope); match; match = pattern.exec(scope)) {
    const at = match.index
    const after = at + match[0].length
    const money = toMoney(match)
    if (!money) {
      pattern.lastIndex = at + 1
      continue
    }
    found.push({ start: at, end: after, text: match[0], ...money })
  }
  return found
}

function toMoney(match: RegExpExecArray): Omit<MoneyMatch, keyof Span> | null {
  const groups = match.groups ?? {}
  const currency = currencyOf(groups)
  if (!currency) return null
  const lowScale = groups.lowScale
  const highScale = groups.highScale
  // A number word means nothing without its scale: "a $5" is not "1 $5".
  const isWord = (text: string | undefined): boolean => text !== undefined && !/\d/.test(text)
  if ((isWord(groups.low) && !lowScale) || (isWord(groups.high) && !highScale)) return null
  if (groups.low === undefined) return null
  // "$1-2 billion": the low end borrows the high end's scale.
  const low = valueOf(groups.low, scaleFactorOf(lowScale ?? highScale))
  const high = groups.high === undefined ? null : valueOf(groups.high, scaleFactorOf(highScale))
  if (low === null) return null
  const stated = qualifierOf(groups.qualifier)
  if (high === null || high <= low) {
    return { money: { value: low, currency, qualifier: stated } }
  }
  return {
    money: { value: low, currency, qualifier: stated === 'exact' ? 'over' : stated },
    range: { low, high },
  }
}

/** The ISO code the match names; null when it names none or writes a code in lowercase. */
function currencyOf(groups: Record<string, string | undefined>): string | null {
  const codes = [groups.code, groups.codeAfter].filter((c): c is string => c !== undefined)
  if (codes.some((c) => !PATTERNS.upper.test(c))) return null
  const fromCode = codes[0] === undefined ? undefined : currencyByCode.get(codes[0])
  const fromSymbol =
    groups.symbol === undefined ? undefined : currencyBySymbol.get(groups.symbol.toUpperCase())
  const fromName =
    groups.name === undefined
      ? undefined
      : currencyByName.get(normalizeSpace(groups.name.toLowerCase()))
  // "USD $900 million", "US$2.5bn": a code beats the symbol's default reading.
  return fromCode ?? fromName ?? fromSymbol ?? null
}
