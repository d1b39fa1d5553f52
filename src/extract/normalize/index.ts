/**
 * @module extract/normalize
 * Reads amounts and dates out of text, with exact offsets: money (ISO 4217 currency and the
 * contract's qualifier), percentages and stakes, quantities with units as resource facts need
 * them, and dates of every precision resolved against the published date (CONVENTIONS.md).
 * Pure functions over strings; the words they know live in data/patterns/. Does not decide
 * which fact an amount or a date belongs to.
 */
export { findMoney, type MoneyMatch } from './find-money.js'
export { findPercents, type PercentMatch } from './find-percents.js'
export { findQuantities, type QuantityMatch } from './find-quantities.js'
export { findDates, resolveDate, type DateMatch, type FindDatesOptions } from './resolve-dates.js'
export type { Qualifier } from './amounts.js'
