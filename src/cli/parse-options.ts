import { InvalidArgumentError } from 'commander'
import { PartialDate, PublishedDate } from '../model/index.js'

/** Commander parser for offsets: a whole number >= 0, or a usage error naming the value. */
export function wholeNumber(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError(`'${value}' is not a whole number.`)
  return Number(value)
}

/** Commander parser for limits and revisions: a whole number >= 1. */
export function positiveInt(value: string): number {
  const number = wholeNumber(value)
  if (number < 1) throw new InvalidArgumentError(`'${value}' must be at least 1.`)
  return number
}

/** Commander parser for a TCP port: 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  const number = wholeNumber(value)
  if (number > 65535) throw new InvalidArgumentError(`'${value}' is not a port (0 to 65535).`)
  return number
}

/** Commander parser for a date of any precision. */
export function partialDate(value: string): string {
  if (!PartialDate.safeParse(value).success)
    throw new InvalidArgumentError(`'${value}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).`)
  return value
}

/** Commander parser for a publication date or date-time. */
export function publishedDate(value: string): string {
  if (!PublishedDate.safeParse(value).success)
    throw new InvalidArgumentError(
      `'${value}' is not a date (use YYYY-MM-DD, or an ISO date-time such as 2025-12-26T09:00:00Z).`,
    )
  return value
}

/** Commander parser for one of a fixed set of words, naming the choices on a mistake. */
export function choice<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    const found = choices.find((item) => item === value)
    if (found === undefined)
      throw new InvalidArgumentError(`'${value}' is not one of: ${choices.join(', ')}.`)
    return found
  }
}
