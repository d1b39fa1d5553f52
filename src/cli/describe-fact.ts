import type { Money, Quantity } from '../model/index.js'
import type { StoredFact } from '../store/index.js'

/** Fields of a fact that are not roles. */
const NOT_ROLES = new Set(['type', 'id', 'evidence', 'confidence', 'rule'])

/**
 * A fact in plain words for a terminal: its roles with entity ids replaced by names, money
 * and quantities written out ("over USD 1,000,000,000").
 */
export function describeFact(fact: StoredFact, nameOf: (id: string) => string): string {
  const parts: string[] = []
  for (const [role, value] of Object.entries(fact)) {
    if (NOT_ROLES.has(role) || value === undefined) continue
    parts.push(`${role.replace(/_/g, ' ')}: ${describeValue(value, nameOf)}`)
  }
  return parts.join('; ')
}

function describeValue(value: unknown, nameOf: (id: string) => string): string {
  if (Array.isArray(value)) return value.map((item) => describeValue(item, nameOf)).join(', ')
  if (typeof value === 'string') return nameOf(value)
  if (typeof value === 'number') return String(value)
  if (isMoney(value)) {
    const qualifier = { exact: '', approx: 'about ', over: 'over ', 'up-to': 'up to ' }[
      value.qualifier
    ]
    return `${qualifier}${value.currency} ${value.value.toLocaleString('en-US')}`
  }
  if (isQuantity(value)) return `${value.value.toLocaleString('en-US')} ${value.unit}`
  return JSON.stringify(value)
}

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'currency' in value && 'value' in value
}

function isQuantity(value: unknown): value is Quantity {
  return typeof value === 'object' && value !== null && 'unit' in value && 'value' in value
}
