import type { Entity, PartialDate, Span } from '../../model/index.js'
import { findDates, type DateMatch } from '../normalize/index.js'
import type { Sentence } from '../text/index.js'
import type { FactContext } from './index.js'

export type MentionType = 'country' | 'person' | 'organization' | 'place' | 'mineral' | 'initiative'

/** A mention as the rules see it: its entity id, the entity's type, and where it is. */
export interface Mention {
  id: string
  type: MentionType
  start: number
  end: number
  text: string
  /** Part of a group phrase ("the five Central Asian states"): every member shares the span. */
  isGroup: boolean
  isDemonym: boolean
}

/** Regular expressions of the shared role logic, built once. */
const PATTERNS = {
  /** Right after a mention: it only modifies the next words ("Kazakhstan's X", "U.S.-based"). */
  modifierAfter: /^(?:['’]s?(?![\p{L}])|-(?:based|brokered|led|owned|backed|registered|listed)\b)/u,
  /** Right before a mention: it names where something is or happens. */
  locationBefore:
    /(?<![\p{L}])(?:in|at|near|outside|from|across)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?(?:(?:\p{L}+\s+)?(?:city|capital|region|town|port|village)\s+of\s+|capital,\s+)?$/iu,
  quote: /“[^”\n]*”|"[^"\n]*"|«[^»\n]*»/gu,
} as const

/**
 * One article prepared for the rules: mentions by position, dates resolved once over the whole
 * text (so a date anchors later yearless ones), and the spans inside quotation marks (facts
 * other than statements are not read from quotes: the reporter states facts, speakers opine).
 */
export class ArticleView {
  readonly text: string
  readonly published: string | null
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly Mention[]
  readonly dates: readonly DateMatch[]
  readonly quotes: readonly Span[]
  private readonly entityById: Map<string, Entity>

  constructor(context: FactContext) {
    this.text = context.text
    this.published = context.published
    this.sentences = context.sentences
    this.entityById = new Map(context.entities.map((entity) => [entity.id, entity]))
    this.mentions = context.mentions
      .filter((mention) => this.entityById.has(mention.entityId))
      .map((mention) => ({
        id: mention.entityId,
        type: mention.entityId.slice(0, mention.entityId.indexOf(':')) as MentionType,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        isGroup: mention.kind === 'group',
        isDemonym: mention.kind === 'demonym',
      }))
      .sort((a, b) => a.start - b.start)
    this.dates = findDates(context.text, context.published)
    const quotes: Span[] = []
    const pattern = PATTERNS.quote
    pattern.lastIndex = 0
    for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
      quotes.push({ start: match.index, end: match.index + match[0].length, text: match[0] })
    }
    this.quotes = quotes
  }

  entity(id: string): Entity | undefined {
    return this.entityById.get(id)
  }

  /** Mentions inside [start, end), optionally of some types only. */
  mentionsIn(start: number, end: number, types?: readonly MentionType[]): Mention[] {
    return this.mentions.filter(
      (m) => m.start >= start && m.end <= end && (types === undefined || types.includes(m.type)),
    )
  }

  isInQuote(at: number): boolean {
    return this.quotes.some((quote) => at > quote.start && at < quote.end)
  }

  /** Whether a mention only modifies what follows it ("Kazakhstan's ministry", "U.S.-based"). */
  isModifier(mention: Mention): boolean {
    return PATTERNS.modifierAfter.test(this.text.slice(mention.end, mention.end + 12))
  }

  /** Whether a mention names a location ("in Astana", "at the White House"). */
  isLocation(mention: Mention): boolean {
    return PATTERNS.locationBefore.test(
      this.text.slice(Math.max(0, mention.start - 40), mention.start),
    )
  }

  /** The date nearest after `at` inside [start, end), else the last one before it. */
  dateNear(at: number, start: number, end: number): PartialDate | undefined {
    const inside = this.dates.filter(
      (d) => d.start >= start && d.end <= end && !this.isInQuote(d.start),
    )
    return (inside.find((d) => d.start >= at) ?? inside.at(-1))?.date
  }

  /** The countries a place lies in, as ids. */
  countriesOf(id: string): string[] {
    const country = this.entity(id)?.country
    if (country === undefined) return []
    return (Array.isArray(country) ? country : [country]).map((code) => `country:${code}`)
  }
}

/** Ids of mentions, first occurrence order, without repeats. */
export function idsOf(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.map((m) => m.id))]
}

/** The mentions nearest before `at` that share one span (a group phrase gives several). */
export function nearestBefore(mentions: readonly Mention[], at: number): Mention[] {
  const before = mentions.filter((m) => m.end <= at)
  const last = before.at(-1)
  return last === undefined ? [] : before.filter((m) => m.start === last.start)
}
