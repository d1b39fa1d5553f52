import type { Entity, PartialDate, Span } from '../../model/index.js'
import { findDates, type DateMatch } from '../normalize/index.js'
import { SITE_CATEGORIES } from '../../reference/index.js'
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
  /** "the mine", "the tungsten project", "the two deposits": a site named before. */
  siteAnaphor:
    /(?<![\p{L}])the\s+(?:[\p{L}-]+\s+){0,2}(?:mines?|plants?|deposits?|projects?|sites?|smelters?|refinery|refineries|facility|facilities)(?![\p{L}])/iu,
  /** Between two sites of one list: "Northern X and Upper Y". */
  siteJoiner: /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/iu,
  /** The last word of a found place that names an area, not a site: "the Batken region". */
  areaName: /(?:region|province|district|oblast|city|county|state|valley)$/iu,
  /** The last word of a found place that names a mining site, not a venue. */
  siteName:
    /(?<![\p{L}])(?:deposits?|mines?|projects?|fields?|plants?|smelters?|refinery|pits?|quarry|sites?|concessions?|licen[cs]e\s+areas?)$/iu,
  /** Right after a place: the head that makes it a site ("Korvath tungsten deposit"). */
  siteHeadAfter:
    /^(?:\s+[\p{Ll}-]+)?\s+(?:deposits?|mines?|mining\s+projects?|fields?|smelters?|refinery|pits?|quarry|concessions?)(?![\p{L}])/u,
  /** Names of buildings and venues a meeting may be held in: "the Akorda Palace", "the
   *  Zorvath Hotel", "the Independence Hall". */
  venueName:
    /(?<![\p{L}])(?:house|palace|hall|hotel|cent(?:er|re)|embassy|ministry|department|kremlin|building|residence|pavilion|arena|expo|parliament|senate|congress)(?![\p{L}])/iu,
  /** Where one clause of a sentence ends and another, with its own subject, begins: ";",
   *  ", while", ", whereas", ", but", and ", and" before a new subject and its verb ("..., and
   *  Zorvath Capital plans to ..."). A plain list ("copper, tungsten, and zinc") is not one. */
  clauseBreak:
    /;|,\s+(?:while|whereas|but)\s|,\s+and\s+(?=(?:the\s+|its\s+)?(?:[\p{Lu}][\p{L}.'’&-]*\s+){1,4}(?:plans?|will|would|is|are|was|were|has|have|had|expects?|aims?|intends?|agreed|signed|kept|keeps|retains?|retained|holds?|said|says|acquired|bought|invested|took|sold|received|secured|won|announced|approved)\b)/gu,
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
  private readonly reference: FactContext['reference']
  /** Dates outside quotation marks, for `dateNear`. */
  private readonly looseDates: readonly DateMatch[]

  constructor(context: FactContext) {
    this.text = context.text
    this.published = context.published
    this.sentences = context.sentences
    this.reference = context.reference
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
    this.looseDates = this.dates.filter((d) => !this.isInQuote(d.start))
  }

  entity(id: string): Entity | undefined {
    return this.entityById.get(id)
  }

  /** Mentions inside [start, end), optionally of some types only. Mentions are sorted by start,
   *  so a binary search finds the first one and the scan stops at `end`. */
  mentionsIn(start: number, end: number, types?: readonly MentionType[]): Mention[] {
    const found: Mention[] = []
    const mentions = this.mentions
    for (let i = firstAtOrAfter(mentions, start); i < mentions.length; i++) {
      const m = mentions[i] as Mention
      if (m.start >= end) break
      if (m.end <= end && (types === undefined || types.includes(m.type))) found.push(m)
    }
    return found
  }

  isInQuote(at: number): boolean {
    const quote = this.quotes[firstAtOrAfter(this.quotes, at) - 1]
    return quote !== undefined && at > quote.start && at < quote.end
  }

  /** The sentence that holds offset `at`, by binary search. */
  sentenceAt(at: number): Sentence | undefined {
    const sentence = this.sentences[firstAtOrAfter(this.sentences, at + 1) - 1]
    return sentence !== undefined && at < sentence.end ? sentence : undefined
  }

  /** The clause of `sentence` that holds [from, to): the sentence cut at the clause breaks
   *  before `from` and after `to` (PATTERNS.clauseBreak). */
  clauseAround(
    sentence: Sentence,
    from: number,
    to: number = from,
  ): { start: number; end: number } {
    let start = sentence.start
    let end = sentence.end
    const pattern = PATTERNS.clauseBreak
    pattern.lastIndex = 0
    const text = sentence.text
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const at = sentence.start + match.index
      if (at + match[0].length <= from) start = at + match[0].length
      else if (at >= to) {
        end = at
        break
      }
    }
    return { start, end }
  }

  /** The index of the sentence that holds offset `at`, or -1. */
  sentenceIndexAt(at: number): number {
    const index = firstAtOrAfter(this.sentences, at + 1) - 1
    const sentence = this.sentences[index]
    return sentence !== undefined && at < sentence.end ? index : -1
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
    const dates = this.looseDates
    let last: DateMatch | undefined
    for (let i = firstAtOrAfter(dates, start); i < dates.length; i++) {
      const d = dates[i] as DateMatch
      if (d.start >= end) break
      if (d.end > end) continue
      if (d.start >= at) return d.date
      last = d
    }
    return last?.date
  }

  /** Whether a mention can be where a meeting takes place (CONVENTIONS.md: the most specific
   *  venue or place): a country or an area, city or venue place, but not a site (a deposit or
   *  mine where a forum is only mentioned); an organisation only as an institutional building
   *  (the White House, a ministry, an embassy, a legislature), not a bank or a company. */
  isVenue(mention: Mention): boolean {
    if (mention.type === 'place') {
      const placeCategory = this.reference.get(mention.id)?.category
      if (placeCategory !== undefined) return !SITE_CATEGORIES.has(placeCategory)
      return (
        !PATTERNS.siteName.test(this.entity(mention.id)?.name ?? mention.text) &&
        !PATTERNS.siteHeadAfter.test(this.text.slice(mention.end, mention.end + 40))
      )
    }
    if (mention.type !== 'organization') return mention.type === 'country'
    const category = this.reference.get(mention.id)?.category
    if (category !== undefined) return VENUE_CATEGORIES.has(category)
    return this.hasVenueName(mention)
  }

  private hasVenueName(mention: Mention): boolean {
    return PATTERNS.venueName.test(this.entity(mention.id)?.name ?? mention.text)
  }

  /** Whether a place is a site (a deposit, mine, plant or project) rather than an area or a
   *  city: by its reference category, or for a place the reference does not know, by its name. */
  isSite(mention: Mention): boolean {
    if (mention.type !== 'place') return false
    const category = this.reference.get(mention.id)?.category
    if (category !== undefined) return SITE_CATEGORIES.has(category)
    if (this.reference.get(mention.id) !== undefined) return false
    return !PATTERNS.areaName.test(this.entity(mention.id)?.name ?? mention.text)
  }

  /** Whether text[start, end) refers back to a site: "the mine", "the tungsten project". */
  hasSiteAnaphor(start: number, end: number): boolean {
    return PATTERNS.siteAnaphor.test(this.text.slice(start, end))
  }

  /** The site "the mine" or "the project" refers to: the last site named in the sentences
   *  before `sentenceIndex` (at most `reach` back), with any sites listed with it ("Northern X
   *  and Upper Y deposits"). None when the nearest sentence that names a site names several
   *  lists of them. */
  siteAntecedent(sentenceIndex: number, reach: number): Mention[] {
    for (let i = sentenceIndex - 1; i >= 0 && sentenceIndex - i <= reach; i--) {
      const s = this.sentences[i] as Sentence
      const sites = this.mentionsIn(s.start, s.end, ['place']).filter(
        (m) => !this.isInQuote(m.start) && this.isSite(m),
      )
      const last = sites.at(-1)
      if (last === undefined) continue
      const list = [last]
      for (let j = sites.length - 2; j >= 0; j--) {
        const m = sites[j] as Mention
        const head = list[0] as Mention
        if (m.id === head.id) continue
        if (!PATTERNS.siteJoiner.test(this.text.slice(m.end, head.start))) break
        list.unshift(m)
      }
      return list
    }
    return []
  }

  /** The one state a law or a body belongs to, from the reference data: its `country`, or for
   *  a law its single participating state (the Jackson-Vanik amendment is a U.S. law). */
  stateOf(id: string): string | undefined {
    const entry = this.reference.get(id)
    if (entry === undefined) return undefined
    const codes = entry.country === undefined ? [] : [entry.country].flat()
    if (codes.length === 1) return `country:${codes[0] as string}`
    if (codes.length > 1) return undefined
    const states = (entry.participants ?? []).filter((p) => p.startsWith('country:'))
    return entry.type === 'initiative' && states.length === 1 ? states[0] : undefined
  }

  /** The countries a place lies in, as ids. */
  countriesOf(id: string): string[] {
    const country = this.entity(id)?.country
    if (country === undefined) return []
    return (Array.isArray(country) ? country : [country]).map((code) => `country:${code}`)
  }
}

/** Reference categories of organisations whose seat can be a meeting's venue (the White
 *  House, the State Department, a legislature); banks, companies and multilateral bodies are
 *  participants, not places. */
const VENUE_CATEGORIES = new Set(['government', 'legislature'])

/** The index of the first span of `sorted` (ordered by start) that starts at or after `at`. */
export function firstAtOrAfter(sorted: readonly { start: number }[], at: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((sorted[mid] as { start: number }).start < at) low = mid + 1
    else high = mid
  }
  return low
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
