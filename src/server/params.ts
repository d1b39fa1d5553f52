/** A request parameter that cannot be used as given: rendered as a 400 page naming it. */
export class BadRequest extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`)
    this.name = 'BadRequest'
  }
}

/** `?page=` as a positive integer; absent or empty is page 1. */
export function pageNumber(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1)
    throw new BadRequest('page', `expected a page number (1, 2, …), got "${raw.slice(0, 40)}"`)
  return Number(raw)
}

/** A date bound of any precision (YYYY, YYYY-MM, YYYY-MM-DD); absent or empty is undefined. */
export function dateBound(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(raw))
    throw new BadRequest(
      name,
      `expected a date such as 2025, 2025-11 or 2025-11-05, got "${raw.slice(0, 40)}"`,
    )
  return raw
}

/** One of the allowed values; absent or empty is undefined. */
export function oneOf<T extends string>(
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (raw === undefined || raw === '') return undefined
  if (!(allowed as readonly string[]).includes(raw))
    throw new BadRequest(name, `expected one of ${allowed.join(', ')}, got "${raw.slice(0, 40)}"`)
  return raw as T
}
