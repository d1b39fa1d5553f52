import type { PartialDate, Span } from '../../model/index.js'
import { alternativesOf } from '../text/index.js'
import { DATE_DATA, monthByName, relativeByPhrase, weekdayByName } from './date-words.js'

/** A date expression in the text and the date it stands for, of the precision the text gives. */
export interface DateMatch extends Span {
  date: PartialDate
  /** The text states the year ("Nov. 5, 2025", "in 2026"); such dates anchor later yearless ones. */
  hasYear: boolean
}

export interface FindDatesOptions {
  start?: number
  end?: number
  /** A date the text gave before `start`, for yearless dates and "the same day". */
  anchor?: PartialDate | null
}

/** Year, month (1-12) and day, as far as known. */
interface Parts {
  year: number
  month?: number
  day?: number
}

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)
const monthNames = DATE_DATA.months.flatMap((month) => month.names)
const month = `(?:${alternativesOf(monthNames)})(?![\\p{L}])\\.?`
const weekdayNames = DATE_DATA.weekdays.flatMap((day) => day.names)
const weekday = `(?:${alternativesOf(weekdayNames)})(?![\\p{L}])\\.?`
const fullWeekday = `(?:${alternativesOf(DATE_DATA.weekdays.map((day) => day.names[0] ?? ''))})(?![\\p{L}])`
const cues = DATE_DATA.monthCues.words
const cue = alternativesOf([...cues, ...cues.map(capitalized)])
const day = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{N}])`
/** "5-6 November": a span of days resolves to its first day. */
const dayRange = String.raw`(?:\s?[-–]\s?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?`
const year = String.raw`(?:19|20)\d{2}(?![\p{N}])`
const modifier = 'last|next|this|Last|Next|This'

/** Regular expressions of this file, built once. Month and weekday names are case-sensitive
 *  (English capitalises them, and "may" is a verb); the relative phrases are not. */
const PATTERNS = {
  /** "Wednesday, November 5, 2025", "Nov. 5", "November 5th", "Wednesday (Nov 5)". */
  monthDay: new RegExp(
    `(?:(?<weekday>${weekday}),?\\s*\\(?\\s*)?(?<month>${month})\\s?(?<day>${day})${dayRange}` +
      `(?:,?\\s(?<year>${year}))?\\)?`,
    'gu',
  ),
  /** "5 November 2025", "3–4 April", "5th of November". */
  dayMonth: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?<weekday>${weekday}),?\\s*\\(?\\s*)?(?<day>${day})${dayRange}\\s(?:of\\s)?` +
      `(?<month>${month})(?:,?\\s(?<year>${year}))?\\)?`,
    'gu',
  ),
  /** "2025-11-05", and the day-first "05.11.2025" of Central Asian and European sources. */
  numeric: new RegExp(
    `(?<![\\p{N}.-])(?:(?<isoYear>(?:19|20)\\d{2})-(?<isoMonth>0[1-9]|1[0-2])-(?<isoDay>[0-2]\\d|3[01])` +
      `|(?<dotDay>[0-2]?\\d|3[01])\\.(?<dotMonth>0?[1-9]|1[0-2])\\.(?<dotYear>(?:19|20)\\d{2}))(?![\\p{N}])`,
    'gu',
  ),
  /** "November 2025", "Nov. 2025". */
  monthYear: new RegExp(`(?<month>${month}),?\\s(?<year>${year})`, 'gu'),
  /** "in November", "last June": a month alone needs a cue word before it (see dates.json). */
  monthAlone: new RegExp(
    `(?:(?<modifier>${modifier})\\s|(?<=(?<![\\p{L}])(?:${cue})[\\s-]))(?<month>${month})`,
    'gu',
  ),
  /** "in 2026", "mid-2026"; not "2030 tonnes", "$2025" or part of "1,2025". */
  year: new RegExp(
    `(?<![\\p{L}\\p{N}$€£.,])(?<year>${year})(?![.,]\\d|\\s?(?:%|per\\s?cent|tonnes?|tons?|t|kt|Mt|km|jobs|people|workers|MW|GW)(?![\\p{L}]))`,
    'gu',
  ),
  /** "on Thursday", "last Friday", "said Tuesday": full weekday names only ("Sun" is a paper). */
  weekday: new RegExp(`(?:(?<modifier>${modifier})\\s)?(?<weekday>${fullWeekday})`, 'gu'),
  relative: new RegExp(
    `(?<![\\p{L}])(?<phrase>${alternativesOf(DATE_DATA.relative.map((entry) => entry.phrase))})(?![\\p{L}])`,
    'giu',
  ),
  published: /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/,
  finalPeriod: /\.$/,
  space: /\s+/g,
  ordinal: /\D+$/,
} as const

type Kind =
  'monthDay' | 'dayMonth' | 'numeric' | 'monthYear' | 'monthAlone' | 'year' | 'weekday' | 'relative'
const KINDS: readonly Kind[] = [
  'monthDay',
  'dayMonth',
  'numeric',
  'monthYear',
  'monthAlone',
  'year',
  'weekday',
  'relative',
]

interface Candidate {
  start: number
  end: number
  kind: Kind
  groups: Record<string, string | undefined>
}

/**
 * Finds date expressions in text[start, end) and resolves each per CONVENTIONS.md against
 * `published` (a date or date-time; its first 10 characters are used). A date that states its
 * year anchors later yearless ones. Expressions that cannot be resolved (a relative one with no
 * published date and no anchor) are left out. Pure: no clock is read.
 */
export function findDates(
  text: string,
  published: string | null,
  options: FindDatesOptions = {},
): DateMatch[] {
  const start = options.start ?? 0
  const end = options.end ?? text.length
  const window = text.slice(start, end)
  const ref = parsePublished(published)
  let anchor = options.anchor == null ? null : parseDate(options.anchor)
  const found: DateMatch[] = []
  for (const candidate of candidatesIn(window)) {
    const resolved = resolveCandidate(candidate, ref, anchor)
    if (!resolved) continue
    const [parts, hasYear] = resolved
    // A stated year anchors; so does any resolved day, for "the same day" after "on Thursday".
    if (hasYear ? parts.month !== undefined : parts.day !== undefined) anchor = parts
    found.push({
      start: start + candidate.start,
      end: start + candidate.end,
      text: window.slice(candidate.start, candidate.end),
      date: formatDate(parts),
      hasYear,
    })
  }
  return found
}

/**
 * Resolves one date expression ("November 5", "next year", "on Wednesday (Nov 5)", "the same
 * day") against `published` and an optional `anchor`: the date of its first date expression,
 * or null when there is none or it cannot be resolved.
 */
export function resolveDate(
  expression: string,
  published: string | null,
  anchor: PartialDate | null = null,
): PartialDate | null {
  return findDates(expression, published, { anchor })[0]?.date ?? null
}

/** All matches of every pattern; where two overlap, the earlier wins, then the longer. */
function candidatesIn(text: string): Candidate[] {
  const all: Candidate[] = []
  for (const kind of KINDS) {
    // The table's global regex, reset here (synchronous loop): saves a compile per call.
    const pattern = PATTERNS[kind]
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      all.push({
        start: match.index,
        end: match.index + match[0].length,
        kind,
        groups: match.groups ?? {},
      })
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Candidate[] = []
  for (const candidate of all) {
    const last = kept.at(-1)
    if (!last || candidate.start >= last.end) kept.push(candidate)
  }
  return kept
}

/** The date a candidate stands for, and whether the text stated its year. */
function resolveCandidate(
  candidate: Candidate,
  ref: Parts | null,
  anchor: Parts | null,
): [Parts, boolean] | null {
  const g = candidate.groups
  switch (candidate.kind) {
    case 'monthDay':
    case 'dayMonth': {
      const monthNumber = monthNumberOf(g.month)
      const dayNumber = Number((g.day ?? '').replace(PATTERNS.ordinal, ''))
      if (monthNumber === undefined || !isValidDay(monthNumber, dayNumber)) return null
      if (g.year !== undefined)
        return [{ year: Number(g.year), month: monthNumber, day: dayNumber }, true]
      const found = yearless(monthNumber, dayNumber, ref, anchor)
      return found && [found, false]
    }
    case 'numeric': {
      const y = Number(g.isoYear ?? g.dotYear)
      const m = Number(g.isoMonth ?? g.dotMonth)
      const d = Number(g.isoDay ?? g.dotDay)
      return isValidDay(m, d) ? [{ year: y, month: m, day: d }, true] : null
    }
    case 'monthYear': {
      const monthNumber = monthNumberOf(g.month)
      return monthNumber === undefined ? null : [{ year: Number(g.year), month: monthNumber }, true]
    }
    case 'monthAlone': {
      const monthNumber = monthNumberOf(g.month)
      if (monthNumber === undefined) return null
      const found = monthOnly(monthNumber, g.modifier?.toLowerCase(), ref, anchor)
      return found && [found, false]
    }
    case 'year':
      return [{ year: Number(g.year) }, true]
    case 'weekday': {
      const target = weekdayByName.get((g.weekday ?? '').toLowerCase())
      if (target === undefined || ref?.day === undefined) return null
      const found = weekdayNear(target, g.modifier?.toLowerCase(), ref)
      return [found, false]
    }
    case 'relative': {
      const phrase = (g.phrase ?? '').toLowerCase().replace(PATTERNS.space, ' ')
      const entry = relativeByPhrase.get(phrase)
      if (!entry) return null
      const found = shift(entry.unit, entry.offset, ref, anchor)
      return found && [found, false]
    }
  }
}

/**
 * A day without a year. With an anchor from the text (and no published date, or an anchor in
 * the published year or later, so that a look-ahead like "On February 4, 2026 … on February 19"
 * stays in 2026), the year that puts the day nearest the anchor. Otherwise the most recent such
 * day on or before `published` (CONVENTIONS.md). Background anchors from earlier years are not
 * used: "signed in March 2015 … on November 5" in a 2025 article means 2025.
 */
function yearless(m: number, d: number, ref: Parts | null, anchor: Parts | null): Parts | null {
  if (anchor && anchor.month !== undefined && (!ref || anchor.year >= ref.year)) {
    const target = dayNumberOf({ year: anchor.year, month: anchor.month, day: anchor.day ?? 15 })
    // An anchor on or before publication anchors a look back: the day cannot then fall after
    // publication ("On November 5, 2025 … in February" in a 2025-11-14 article is 2025-02).
    const latest = ref && target <= dayNumberOf(endOf(ref)) ? dayNumberOf(endOf(ref)) : Infinity
    const valid = [anchor.year - 1, anchor.year, anchor.year + 1].filter((y) => isValidDay(m, d, y))
    const notLater = valid.filter((y) => dayNumberOf({ year: y, month: m, day: d }) <= latest)
    const years = notLater.length > 0 ? notLater : valid
    const best = years.sort(
      (a, b) =>
        Math.abs(dayNumberOf({ year: a, month: m, day: d }) - target) -
        Math.abs(dayNumberOf({ year: b, month: m, day: d }) - target),
    )[0]
    return best === undefined ? null : { year: best, month: m, day: d }
  }
  if (!ref) return null
  const refMonth = ref.month ?? 12
  const refDay = ref.day ?? 31
  const isAfter = m > refMonth || (m === refMonth && d > refDay)
  const y = isAfter ? ref.year - 1 : ref.year
  // Feb 29 of a year that has none: the most recent leap year before.
  return isValidDay(m, d, y)
    ? { year: y, month: m, day: d }
    : { year: y - (y % 4 || 4), month: m, day: d }
}

/** A month without a year: "in November" (on or before published), "last June" (before the
 *  published month), "next March" (after it), "this May" (the published year). */
function monthOnly(
  m: number,
  modifier: string | undefined,
  ref: Parts | null,
  anchor: Parts | null,
): Parts | null {
  if (!modifier && anchor && anchor.month !== undefined && (!ref || anchor.year >= ref.year)) {
    const anchorMonth = anchor.year * 12 + (anchor.month ?? 6)
    const distance = (y: number): number => Math.abs(y * 12 + m - anchorMonth)
    // As for days: an anchor on or before publication cannot pull a month past publication.
    const refMonthIndex = ref ? ref.year * 12 + (ref.month ?? 12) : Infinity
    const latest = anchorMonth <= refMonthIndex ? refMonthIndex : Infinity
    const all = [anchor.year - 1, anchor.year, anchor.year + 1]
    const notLater = all.filter((y) => y * 12 + m <= latest)
    const best = (notLater.length > 0 ? notLater : all).sort((a, b) => distance(a) - distance(b))[0]
    return best === undefined ? null : { year: best, month: m }
  }
  if (!ref) return null
  const refMonth = ref.month ?? 12
  switch (modifier) {
    case 'last':
      return { year: m < refMonth ? ref.year : ref.year - 1, month: m }
    case 'next':
      return { year: m > refMonth ? ref.year : ref.year + 1, month: m }
    case 'this':
      return { year: ref.year, month: m }
    default:
      return { year: m <= refMonth ? ref.year : ref.year - 1, month: m }
  }
}

/** The last day a date of any precision covers ("2025-11" -> 2025-11-30). */
function endOf(date: Parts): Parts {
  const month = date.month ?? 12
  return { year: date.year, month, day: date.day ?? daysInMonth(date.year, month) }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** "on Thursday": the most recent Thursday on or before published (the day itself on a
 *  Thursday); "last Thursday": strictly before; "next Thursday": strictly after. */
function weekdayNear(target: number, modifier: string | undefined, ref: Parts): Parts {
  const today = dayNumberOf(ref)
  const weekdayToday = new Date(today * DAY_MS).getUTCDay()
  let offset: number
  if (modifier === 'next') offset = (target - weekdayToday + 7) % 7 || 7
  else {
    const back = (weekdayToday - target + 7) % 7
    offset = -(modifier === 'last' && back === 0 ? 7 : back)
  }
  return fromDayNumber(today + offset)
}

/** A relative phrase: a shift of the published day, month or year, or of the anchor's day. */
function shift(
  unit: string,
  offset: number,
  ref: Parts | null,
  anchor: Parts | null,
): Parts | null {
  if (unit === 'anchor-day') {
    return anchor?.day === undefined ? null : fromDayNumber(dayNumberOf(anchor) + offset)
  }
  if (!ref) return null
  if (unit === 'year') return { year: ref.year + offset }
  if (ref.month === undefined) return null
  if (unit === 'month') {
    const index = ref.year * 12 + (ref.month - 1) + offset
    return { year: Math.floor(index / 12), month: (index % 12) + 1 }
  }
  return ref.day === undefined ? null : fromDayNumber(dayNumberOf(ref) + offset)
}

const DAY_MS = 86_400_000

/** Days since 1970-01-01 (UTC), for day arithmetic without a clock or time zone. */
function dayNumberOf(parts: Parts): number {
  return Math.round(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1) / DAY_MS)
}

function fromDayNumber(dayNumber: number): Parts {
  const date = new Date(dayNumber * DAY_MS)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

function isValidDay(m: number, d: number, y = 2000): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function monthNumberOf(name: string | undefined): number | undefined {
  return name === undefined
    ? undefined
    : monthByName.get(name.replace(PATTERNS.finalPeriod, '').toLowerCase())
}

function parsePublished(published: string | null): Parts | null {
  return published === null ? null : parseDate(published.slice(0, 10))
}

function parseDate(value: string): Parts | null {
  const match = PATTERNS.published.exec(value)
  if (!match) return null
  const parts: Parts = { year: Number(match[1]) }
  if (match[2] !== undefined) parts.month = Number(match[2])
  if (match[3] !== undefined) parts.day = Number(match[3])
  return parts
}

function formatDate(parts: Parts): PartialDate {
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (parts.month === undefined) return String(parts.year)
  if (parts.day === undefined) return `${parts.year}-${pad(parts.month)}`
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`
}
