/**
 * A fact in plain words, for every reader of the store: the site, the command line, feeds and
 * exports all say a fact the same way.
 */
import type { Fact } from './fact.js'
import type { Money, Quantity } from './money.js'
import { formatDay, formatMoney, formatPercent, formatQuantity } from './format.js'

/** A stored fact's roles (entity ids) and id, without its evidence: enough to count and sum. */
export type FactRoles = DistributiveOmit<Fact, 'evidence'> & { id: string }

/** A fact as the site shows it: the contract's roles (entity ids) plus a stored id. */
export type ShownFact = FactRoles & {
  evidence: ReadonlyArray<{
    articleId: string
    revision: number
    start: number
    end: number
    text: string
  }>
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** How an entity id reads in a sentence, and where its dossier is (null: no dossier). */
export interface EntityLabel {
  name: string
  href: string | null
}
export type NameOf = (id: string) => EntityLabel

/** A piece of a fact sentence: words, or an entity to link. */
export type Segment = string | { id: string; label: EntityLabel }

const ENTITY_ID = /^(country|person|organization|place|mineral|initiative):/

export function isEntityId(value: string): boolean {
  return ENTITY_ID.test(value)
}

/** The default label: a dossier at /entities/<id>, named by the id's slug until we know better. */
export function labelFromId(id: string): EntityLabel {
  const slug = id.replace(ENTITY_ID, '')
  return { name: slug.replace(/-/g, ' '), href: `/entities/${id}` }
}

const KIND_WORDS: Record<string, string> = {
  mou: 'memorandum of understanding',
  agreement: 'agreement',
  'joint-venture': 'joint venture',
  'letter-of-intent': 'letter of intent',
  contract: 'contract',
  framework: 'framework agreement',
  deal: 'deal',
}

/**
 * A fact in plain words, as segments: "Cove Capital: investment of over USD 1 billion in
 * tungsten, Karaganda Region, Kazakhstan; announced". Roles the fact lacks are left out.
 */
export function factSegments(fact: ShownFact, nameOf: NameOf): Segment[] {
  const out: Segment[] = []
  const say = (...parts: Array<Segment | Segment[] | undefined | false>) => {
    for (const part of parts) {
      if (part === undefined || part === false) continue
      if (Array.isArray(part)) out.push(...part)
      else out.push(part)
    }
  }
  const refs = (value: string | readonly string[] | undefined): Segment[] | undefined => {
    if (value === undefined) return undefined
    const list = typeof value === 'string' ? [value] : value
    if (list.length === 0) return undefined
    return joinList(
      list.map((item) => (isEntityId(item) ? { id: item, label: nameOf(item) } : item)),
    )
  }
  const when = (value: string | undefined) => value !== undefined && `, ${formatDay(value, 'long')}`
  const status = (value: string | undefined) => value !== undefined && `; ${value}`

  switch (fact.type) {
    case 'visit':
      say(
        refs(fact.traveler) ?? 'Someone',
        ': visit to ',
        refs(fact.destinations) ?? 'an unnamed place',
      )
      say(when(fact.when), status(fact.status))
      break
    case 'meeting': {
      say(fact.kind ? `${capitalise(fact.kind)} meeting` : 'Meeting')
      // The host is named once, as the host: "Meeting of Kazakhstan, hosted by Marco Rubio".
      const hosts = listOf(fact.host)
      const guests = listOf(fact.participants).filter((id) => !hosts.includes(id))
      const participants = refs(guests)
      if (participants) say(' of ', participants)
      const host = refs(fact.host)
      if (host) say(', hosted by ', host)
      const location = refs(fact.location)
      // A venue is an organisation's building: "at the White House"; a place is "in Astana".
      const atVenue = listOf(fact.location).every((id) => id.startsWith('organization:'))
      if (location) say(atVenue ? ' at the ' : ' in ', location)
      const initiative = refs(fact.initiative)
      if (initiative) say(' (', initiative, ')')
      say(when(fact.when))
      break
    }
    case 'agreement': {
      const parties = refs(fact.parties)
      say(
        parties ?? 'Unnamed parties',
        ': ',
        fact.kind ? (KIND_WORDS[fact.kind] ?? fact.kind) : 'agreement',
      )
      const subjects = refs(fact.subjects)
      if (subjects) say(' on ', subjects)
      if (fact.value) say(' worth ', formatMoney(fact.value))
      say(when(fact.when), status(fact.status))
      break
    }
    case 'investment': {
      say(refs(fact.investor) ?? 'Unnamed investor', ': ')
      say(
        fact.instrument && fact.instrument !== 'equity'
          ? fact.instrument.replace(/-/g, ' ')
          : 'investment',
      )
      if (fact.amount) say(' of ', formatMoney(fact.amount))
      if (fact.stake_percent !== undefined)
        say(' for a ', formatPercent(fact.stake_percent), ' stake')
      const targets = [
        ...(fact.minerals ?? []),
        ...listOf(fact.recipient),
        ...listOf(fact.site),
        ...listOf(fact.recipient_country),
      ]
      const where = refs(unique(targets))
      if (where) say(' in ', where)
      say(when(fact.when), status(fact.status))
      break
    }
    case 'legislation': {
      const sponsor = refs(fact.sponsor)
      if (sponsor) say(sponsor, ': ')
      say(fact.action ? `${fact.action} ` : '', refs(fact.instrument) ?? 'a measure')
      const jurisdiction = refs(fact.jurisdiction)
      if (jurisdiction) say(' (', jurisdiction, ')')
      say(when(fact.when), status(fact.status))
      break
    }
    case 'statement':
      say(refs(fact.speaker) ?? 'Unnamed speaker', ': “', fact.quote ?? '', '”', when(fact.when))
      break
    case 'dependency':
      say(refs(fact.dependent) ?? 'Someone', ' depends on ', refs(fact.on) ?? 'another country')
      if (fact.domain) say(` (${fact.domain.replace(/-/g, ' ')})`)
      break
    case 'resource': {
      say(refs(fact.holder) ?? 'Unnamed holder', ': ', fact.kind ?? 'resource')
      if (fact.quantity) say(' of ', formatQuantity(fact.quantity))
      const mineral = refs(fact.mineral)
      if (mineral) say(' of ', mineral)
      if (fact.share_percent !== undefined)
        say(', ', formatPercent(fact.share_percent), ' of the world')
      break
    }
  }
  return out
}

/** The same sentence as plain text (CSV, feeds, titles). */
export function factText(fact: ShownFact, nameOf: NameOf): string {
  return factSegments(fact, nameOf)
    .map((segment) => (typeof segment === 'string' ? segment : segment.label.name))
    .join('')
}

/** Every entity id a fact names, in any role. */
export function entityIdsOf(fact: FactRoles): string[] {
  // Plain loops, no intermediate arrays: pages count over thousands of facts with this.
  const ids: string[] = []
  const add = (item: unknown) => {
    if (typeof item === 'string' && isEntityId(item) && !ids.includes(item)) ids.push(item)
  }
  const roles = fact as unknown as Record<string, unknown>
  for (const key in roles) {
    if (key === 'id' || key === 'evidence' || key === 'type' || key === 'rule') continue
    const value = roles[key]
    if (Array.isArray(value)) for (const item of value) add(item)
    else add(value)
  }
  return ids
}

/** The money a fact involves (an investment's amount, an agreement's value). */
export function moneyOf(fact: FactRoles): Money | undefined {
  if (fact.type === 'investment') return fact.amount
  if (fact.type === 'agreement') return fact.value
  return undefined
}

export function quantityOf(fact: ShownFact): Quantity | undefined {
  return fact.type === 'resource' ? fact.quantity : undefined
}

export const FACT_TYPE_LABELS: Record<ShownFact['type'], string> = {
  visit: 'Visit',
  meeting: 'Meeting',
  agreement: 'Agreement',
  investment: 'Investment',
  legislation: 'Legislation',
  statement: 'Statement',
  dependency: 'Dependency',
  resource: 'Resource',
}

function joinList(items: Segment[]): Segment[] {
  const out: Segment[] = []
  items.forEach((item, index) => {
    if (index > 0) out.push(index === items.length - 1 ? ' and ' : ', ')
    out.push(item)
  })
  return out
}

function listOf(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return []
  return typeof value === 'string' ? [value] : [...value]
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
