/** Dates of any precision as time spans, and the axis ticks for a range of them. */

export type DatePrecision = 'year' | 'month' | 'day'

/** A `when` as the span it covers, in UTC milliseconds (`end` exclusive). */
export interface Period {
  start: number
  end: number
  precision: DatePrecision
}

const DAY = 86_400_000
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** "2025" is the whole year, "2025-11" the month, "2025-11-05" (or a date-time) the day. */
export function periodOf(when: string): Period | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(when)
  if (!match) return undefined
  const year = Number(match[1])
  if (match[2] === undefined) {
    return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year' }
  }
  const month = Number(match[2]) - 1
  if (match[3] === undefined) {
    return {
      start: Date.UTC(year, month, 1),
      end: Date.UTC(year, month + 1, 1),
      precision: 'month',
    }
  }
  const start = Date.UTC(year, month, Number(match[3]))
  return { start, end: start + DAY, precision: 'day' }
}

export interface Tick {
  time: number
  label: string
  /** A second line under the label (the year under January on a monthly axis). */
  sublabel?: string
}

/**
 * Ticks for the range: months when it spans two years or less, otherwise years (every 2,
 * 5 or 10 when there are many), so the axis never holds more than about a dozen labels.
 */
export function timeTicks(start: number, end: number): Tick[] {
  const months = (end - start) / (30.44 * DAY)
  const first = new Date(start)
  if (months <= 26) {
    const step = months <= 13 ? 1 : 3
    const startMonth = first.getUTCFullYear() * 12 + first.getUTCMonth()
    const firstMonth =
      Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1) < start ? startMonth + 1 : startMonth
    const ticks: Tick[] = []
    for (let index = Math.ceil(firstMonth / step) * step; ; index += step) {
      const year = Math.floor(index / 12)
      const month = index % 12
      const time = Date.UTC(year, month, 1)
      if (time > end) break
      ticks.push({
        time,
        label: MONTH_NAMES[month] ?? '',
        sublabel: ticks.length === 0 || month < step ? String(year) : undefined,
      })
    }
    return ticks
  }
  const years = months / 12
  const step = [1, 2, 5, 10, 20, 50].find((candidate) => years / candidate <= 12) ?? 100
  const ticks: Tick[] = []
  for (let year = Math.ceil(first.getUTCFullYear() / step) * step; ; year += step) {
    const time = Date.UTC(year, 0, 1)
    if (time > end) break
    if (time >= start) ticks.push({ time, label: String(year) })
  }
  return ticks
}

/** A time axis mapped onto [left, right] pixels, possibly with a compressed early part. */
export interface TimeAxis {
  x: (time: number) => number
  ticks: Tick[]
  /** Where the compressed early part ends (pixels), when there is one. */
  breakAt?: number
}

const RECENT_MONTHS = 24
/** The share of the width the compressed early years get. */
const EARLY_SHARE = 0.2

/**
 * A linear axis over [start, end]; but when most facts are recent and a few are years older,
 * the older years are squeezed into the left fifth (with their own year ticks), so the
 * recent months are not crushed against the right edge by one fact from 2000.
 */
export function timeAxis(
  start: number,
  end: number,
  starts: readonly number[],
  left: number,
  right: number,
  options: { compress: boolean },
): TimeAxis {
  const linear = (from: number, to: number, x0: number, x1: number) => (time: number) =>
    x0 + ((time - from) / (to - from)) * (x1 - x0)
  const recentFrom = monthStart(end - RECENT_MONTHS * 30.44 * DAY)
  const recent = starts.filter((time) => time >= recentFrom).length
  const spanMonths = (end - start) / (30.44 * DAY)
  if (!options.compress || spanMonths <= RECENT_MONTHS * 1.5 || recent < starts.length * 0.6) {
    return { x: linear(start, end, left, right), ticks: timeTicks(start, end) }
  }
  const breakAt = left + (right - left) * EARLY_SHARE
  const early = linear(start, recentFrom, left, breakAt - 6)
  const late = linear(recentFrom, end, breakAt + 6, right)
  // Round years only in the squeezed part, at most three, clear of the break.
  const firstYear = new Date(start).getUTCFullYear() + 1
  const lastYear = new Date(recentFrom - 200 * DAY).getUTCFullYear()
  const step =
    [1, 2, 5, 10, 20, 50].find((candidate) => (lastYear - firstYear) / candidate < 3) ?? 100
  const earlyTicks: Tick[] = []
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step)
    earlyTicks.push({ time: Date.UTC(year, 0, 1), label: String(year) })
  return {
    x: (time) => (time < recentFrom ? early(time) : late(time)),
    ticks: [...earlyTicks, ...timeTicks(recentFrom, end)],
    breakAt,
  }
}

function monthStart(time: number): number {
  const date = new Date(time)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
}
