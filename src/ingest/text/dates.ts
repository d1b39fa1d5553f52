/**
 * Month names by language: English (full and abbreviated), Russian (genitive and
 * nominative) and Kazakh. Keys are lowercase; values are month numbers.
 */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
  январь: 1,
  февраль: 2,
  март: 3,
  апрель: 4,
  май: 5,
  июнь: 6,
  июль: 7,
  август: 8,
  сентябрь: 9,
  октябрь: 10,
  ноябрь: 11,
  декабрь: 12,
  қаңтар: 1,
  ақпан: 2,
  наурыз: 3,
  сәуір: 4,
  мамыр: 5,
  маусым: 6,
  шілде: 7,
  тамыз: 8,
  қыркүйек: 9,
  қазан: 10,
  қараша: 11,
  желтоқсан: 12,
}

const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
]

const monthAlternatives = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')

/** Regular expressions of this file, built once. */
const PATTERNS = {
  iso: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/u,
  dayMonthYear: new RegExp(
    `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthAlternatives})\\.?,?\\s+(\\d{4})(?:\\s*(?:г\\.|года|ж\\.|жыл))?(?!\\d)`,
    'iu',
  ),
  monthDayYear: new RegExp(
    `(?<![\\p{L}])(${monthAlternatives})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
    'iu',
  ),
  yearMonthDay: /(?<!\d)(\d{4})[./](\d{1,2})[./](\d{1,2})(?!\d)/u,
  /** "26.12.2025" is day first in Europe and Central Asia; "12/26/2025" is month first in the US. */
  numericDotted: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u,
  numericSlashed: /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/u,
  cjk: /(\d{4})年(\d{1,2})月(\d{1,2})日/u,
  time: /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?/gu,
  /** A time zone left after the time: "UTC", "GMT+5", "ET", "ALMT". Case-sensitive on purpose. */
  timeZone:
    /(?<![\p{L}])(?:UTC|GMT|[A-Z]{1,3}[SD]?T|MSK)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![\p{L}])/gu,
  weekday: new RegExp(`(?<![\\p{L}])(?:${WEEKDAYS.join('|')})\\.?(?![\\p{L}])`, 'giu'),
  label:
    /(?<![\p{L}])(?:published|updated|last updated|last modified|modified|edited|posted|date|first published|опубликовано|обновлено|изменено|дата)(?:\s+on|\s+at)?\s*:?/giu,
  /** The label of a revision date: "Updated 4 March 2026", "Last modified: ...". Not the publication. */
  updateLabel:
    /(?<![\p{L}])(?:updated|last updated|last modified|modified|edited|обновлено|изменено)(?:\s+on|\s+at)?\s*:?\s*(?:[\p{L}\p{N}:.,]+\s*){0,3}$/iu,
  /** What separates the parts of a date line: "Wednesday, June 18, 2025 | Region". */
  separators: /\s*(?:[|·•—–]|\s-\s|,)\s*/u,
  word: /[\p{L}\p{N}]+/gu,
  connector: /^(?:on|at|in|,)$/iu,
} as const

/** A date line is mostly the date: what is left over (a section, a byline) is this short. */
const MAX_REST_WORDS = 6
const MAX_DATE_LINE_CHARS = 120

export interface DateLine {
  /** YYYY-MM-DD: the first date of the line that is not labelled as an update. */
  date: string
  /** True when every date on the line is a revision ("Updated 4 March 2026"). */
  isUpdate: boolean
  /** What else the line held, split at separators: "Region", "By Jane Doe". */
  rest: string[]
}

/** "Published 3 March · Updated 4 March 2026": a line holds at most this many dates. */
const MAX_DATES_PER_LINE = 3

/** The date anywhere in a string, as YYYY-MM-DD, with where it was found. */
export function findDate(text: string): { date: string; index: number; length: number } | null {
  const tries: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
    [PATTERNS.iso, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
    [PATTERNS.dayMonthYear, (m) => [Number(m[3]), monthOf(m[2]), Number(m[1])]],
    [PATTERNS.monthDayYear, (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])]],
    [PATTERNS.cjk, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
    [PATTERNS.yearMonthDay, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
    [PATTERNS.numericDotted, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
    [PATTERNS.numericSlashed, (m) => slashed(Number(m[1]), Number(m[2]), Number(m[3]))],
  ]
  for (const [pattern, toParts] of tries) {
    const match = pattern.exec(text)
    if (!match) continue
    const [year, month, day] = toParts(match)
    const date = formatDate(year, month, day)
    if (date) return { date, index: match.index, length: match[0].length }
  }
  return null
}

/**
 * A line that is a date, perhaps with a weekday, time, label ("Published:") and a short
 * rest ("| Region"); null for prose that merely mentions a date.
 */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > MAX_DATE_LINE_CHARS) return null
  // Every date of the line, each with whether the text just before it labels a revision.
  const dates: Array<{ date: string; isUpdate: boolean }> = []
  let leftover = line
  for (let i = 0; i < MAX_DATES_PER_LINE; i++) {
    const found = findDate(leftover)
    if (!found) break
    const before = leftover.slice(0, found.index)
    dates.push({ date: found.date, isUpdate: PATTERNS.updateLabel.test(before) })
    leftover = before + ' | ' + leftover.slice(found.index + found.length)
  }
  const first = dates.find((found) => !found.isUpdate) ?? dates[0]
  if (!first) return null
  leftover = leftover
    .replace(PATTERNS.time, ' ')
    .replace(PATTERNS.timeZone, ' ')
    .replace(PATTERNS.weekday, ' ')
    .replace(PATTERNS.label, ' ')
  const rest = leftover
    .split(PATTERNS.separators)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !PATTERNS.connector.test(part))
  const restWords = rest.reduce((sum, part) => sum + (part.match(PATTERNS.word)?.length ?? 0), 0)
  if (restWords > MAX_REST_WORDS) return null
  return { date: first.date, isUpdate: first.isUpdate, rest }
}

function monthOf(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0
}

/** Month first (US) unless the first number cannot be a month. */
function slashed(first: number, second: number, year: number): [number, number, number] {
  return first > 12 ? [year, second, first] : [year, first, second]
}

function formatDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${year}-${pad(month)}-${pad(day)}`
}
