import type { Money, Quantity } from './money.js'

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * A date of any precision in words: "2026", "November 2025", "5 November 2025"
 * (`short`: "5 Nov 2025"). A date-time shows its calendar day as written, not shifted to UTC.
 */
export function formatDay(value: string, style: 'long' | 'short' = 'short'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value)
  if (!match) return value
  const [, year, month, day] = match
  if (month === undefined) return year ?? value
  const monthName = MONTHS[Number(month) - 1] ?? month
  const shown = style === 'short' ? monthName.slice(0, 3) : monthName
  if (day === undefined) return `${shown} ${year}`
  return `${Number(day)} ${shown} ${year}`
}

/** The weekday and day for a masthead: "Wednesday, 2 December 2026". */
export function formatToday(isoDay: string): string {
  const date = new Date(`${isoDay}T12:00:00Z`)
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })
  return `${weekday}, ${formatDay(isoDay, 'long')}`
}

const QUALIFIER_WORDS: Record<Money['qualifier'], string> = {
  exact: '',
  approx: 'about ',
  over: 'over ',
  'up-to': 'up to ',
}

/** "over USD 1 billion", "about KZT 7.7 billion", "USD 450,000". */
export function formatMoney(money: Money): string {
  return `${QUALIFIER_WORDS[money.qualifier]}${money.currency} ${formatAmount(money.value)}`
}

/** Large round numbers in words, the rest with thousands separators. */
export function formatAmount(value: number): string {
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (value >= size) {
      const scaled = value / size
      const rounded = Math.round(scaled * 100) / 100
      if (Math.abs(rounded - scaled) < 1e-9) return `${rounded.toLocaleString('en-US')} ${word}`
    }
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

export function formatQuantity(quantity: Quantity): string {
  return `${formatAmount(quantity.value)} ${quantity.unit}`
}

export function formatPercent(value: number): string {
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}%`
}
