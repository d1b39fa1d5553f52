import type { Money } from '../../../model/index.js'
import { formatAmount } from '../../../model/index.js'

/** The amounts of one currency added up, with a phrase that keeps their qualifiers honest. */
export interface MoneyTotal {
  currency: string
  value: number
  /** How many amounts were added. */
  count: number
  /** "at least USD 1.5 billion", "about EUR 10 billion", "USD 70 million". */
  phrase: string
}

/**
 * Sums amounts per currency (different currencies are never added together). A total of
 * floors ("over") is a floor, of ceilings ("up to") a ceiling; a mix of both says so.
 */
export function totalsByCurrency(amounts: readonly Money[]): MoneyTotal[] {
  const byCurrency = new Map<string, Money[]>()
  for (const money of amounts) {
    const list = byCurrency.get(money.currency)
    if (list) list.push(money)
    else byCurrency.set(money.currency, [money])
  }
  return [...byCurrency.entries()]
    .map(([currency, list]) => {
      const value = list.reduce((sum, money) => sum + money.value, 0)
      const qualifiers = new Set(list.map((money) => money.qualifier))
      return { currency, value, count: list.length, phrase: phraseOf(currency, value, qualifiers) }
    })
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency))
}

function phraseOf(
  currency: string,
  value: number,
  qualifiers: ReadonlySet<Money['qualifier']>,
): string {
  const amount = `${currency} ${formatAmount(value)}`
  const floors = qualifiers.has('over')
  const ceilings = qualifiers.has('up-to')
  const approximate = qualifiers.has('approx')
  if (floors && ceilings) return `${amount} (some amounts are minimums, some maximums)`
  if (floors) return approximate ? `about ${amount} or more` : `at least ${amount}`
  if (ceilings) return approximate ? `up to about ${amount}` : `up to ${amount}`
  if (approximate) return `about ${amount}`
  return amount
}
