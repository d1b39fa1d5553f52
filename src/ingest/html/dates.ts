import { PublishedDate } from '../../model/index.js'
import { PATTERNS_DATE as P } from './date-patterns.js'

/**
 * Turns a date as pages write it into a `PublishedDate`: `YYYY-MM-DD`, or an ISO date-time that
 * keeps the page's own offset. The calendar day is never shifted by converting to UTC: the day
 * a page shows is the day we keep.
 */
export function normalizeDate(value: string): PublishedDate | null {
  const text = value.trim()
  if (text === '') return null
  const iso = P.iso.exec(text)
  if (iso !== null) {
    const [, y, mo, d, h, mi, s, frac, offset] = iso
    return buildDate(y, mo, d, h, mi, s, frac, offset)
  }
  const compact = P.compact.exec(text)
  if (compact !== null) {
    const [, y, mo, d, h, mi, s] = compact
    return buildDate(y, mo, d, h, mi, s, undefined, undefined)
  }
  return findDateInText(text)
}

/**
 * How a page writes an all-numeric date with slashes: "3/4/2025" is 3 April in most of the
 * world and March 4 in the United States. Dots and dashes ("03.04.2025") are day first.
 */
export type SlashDateOrder = 'day-first' | 'month-first'

/** Month first for English pages unless they name a day-first English locale (en-GB, en-IN). */
export function slashDateOrder(language: string | null): SlashDateOrder {
  if (language === null) return 'day-first'
  const m = /^en(?:[-_]([a-z]{2}))?\b/i.exec(language.trim())
  if (m === null) return 'day-first'
  const region = m[1]?.toUpperCase()
  return region === undefined || region === 'US' ? 'month-first' : 'day-first'
}

/** The first date written out in running text ("19 February 2026", "Nov. 7, 2025, 9:42"). */
export function findDateInText(
  line: string,
  slashOrder: SlashDateOrder = 'day-first',
): PublishedDate | null {
  // Inline elements read without a space between them ("Mental HealthDECEMBER 22, 2022"): a
  // lower-case letter followed by a capital is where two of them met.
  const text = /\p{Ll}\p{Lu}/u.test(line) ? line.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') : line
  const dayFirst = P.dayMonthYear.exec(text)
  const monthFirst = P.monthDayYear.exec(text)
  const numeric = P.numericDate.exec(text)
  const isoInside = P.isoInside.exec(text)
  const yearFirst = P.yearMonthDay.exec(text)
  const found: { index: number; date: PublishedDate | null }[] = []
  if (dayFirst !== null) {
    const [, d, mon, y] = dayFirst
    found.push({ index: dayFirst.index, date: buildDate(y, monthNumber(mon), d) })
  }
  if (monthFirst !== null) {
    const [, mon, d, y] = monthFirst
    found.push({ index: monthFirst.index, date: buildDate(y, monthNumber(mon), d) })
  }
  if (numeric !== null) {
    const [, a, separator, b, y] = numeric
    const first = Number(a)
    const second = Number(b)
    // Day first unless that is impossible (most of the world writes 17.09.2024 and 17/09/2024),
    // or the page is American English and writes slashes (9/17/2024).
    const slashMonthFirst = separator === '/' && slashOrder === 'month-first'
    const dayIsFirst = slashMonthFirst ? first > 12 && second <= 12 : first > 12 || second <= 12
    const date = dayIsFirst ? buildDate(y, b, a) : buildDate(y, a, b)
    found.push({ index: numeric.index, date })
  }
  if (isoInside !== null) {
    const [, y, , mo, d] = isoInside
    found.push({ index: isoInside.index, date: buildDate(y, mo, d) })
  }
  if (yearFirst !== null) {
    const [, y, mon, d] = yearFirst
    found.push({ index: yearFirst.index, date: buildDate(y, monthNumber(mon), d) })
  }
  found.sort((a, b) => a.index - b.index)
  for (const f of found) if (f.date !== null) return f.date
  return null
}

function monthNumber(name: string | undefined): string | undefined {
  if (name === undefined) return undefined
  const key = name.toLowerCase().replace(/\.$/, '')
  const n = P.monthNames[key] ?? P.monthNames[key.slice(0, 3)]
  return n === undefined ? undefined : String(n)
}

function buildDate(
  y: string | undefined,
  mo: string | undefined,
  d: string | undefined,
  h?: string,
  mi?: string,
  s?: string,
  frac?: string,
  offset?: string,
): PublishedDate | null {
  if (y === undefined || mo === undefined || d === undefined) return null
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  const date = `${y.padStart(4, '0')}-${pad(month)}-${pad(day)}`
  if (h === undefined || mi === undefined) return date
  const hour = Number(h)
  const minute = Number(mi)
  const second = s === undefined ? 0 : Number(s)
  if (hour > 23 || minute > 59 || second > 59) return date
  const zone = offset === undefined ? '' : normalizeOffset(offset)
  if (zone === null) return date
  const stamp = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${frac ?? ''}${zone}`
  return PublishedDate.safeParse(stamp).success ? stamp : date
}

function normalizeOffset(offset: string): string | null {
  const o = offset.trim()
  if (o === 'Z' || o === 'z' || /^(?:UTC|GMT)$/i.test(o)) return 'Z'
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(o)
  if (m === null) return null
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
