import type { EntityId } from '../../model/index.js'
import type { GazetteerMatch, Reference } from '../../reference/index.js'
import { findCyrillicMatches } from './cyrillic-forms.js'

/** One occurrence of a resolved entity in the text. */
export interface ResolvedMention {
  entityId: EntityId
  start: number
  end: number
  text: string
  /** How the text names it; `anaphor` is "the company" standing for the one company in play. */
  kind: GazetteerMatch['kind'] | 'anaphor'
}

/** Regular expressions of this pass, built once. */
const PATTERNS = {
  /** A capital used as a location: "in Washington", "visit to Astana", "the capital, Luanda". */
  locationBefore:
    /(?:\b(?:in|at|to|from|near|outside|inside|across|around|visit(?:s|ed|ing)?|arriv(?:e|es|ed|ing) in|held in|hosted in|capital,|city of)|(?:^|\s)(?:в|во|из|на))\s+(?:the\s+)?$/iu,
  /** Between two items of a list: "to Tashkent and Bishkek", "in Astana, Tashkent or Bishkek". */
  listLink: /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/u,
  locationAfter:
    /^(?:-based|\s+(?:summit|talks|meeting|forum|conference|ministerial|office|embassy)\b)/i,
  /** A dateline opens a paragraph: "ASTANA —", "WASHINGTON (Reuters) –". */
  /** Photo and image credits name no entity (CONVENTIONS.md): "Photo: Reuters", "© AFP". */
  creditBefore: /(?:\b(?:photo|image|picture|credit|illustration)s?\s*(?:by)?\s*[:/]?|[©ⓒ])\s*$/iu,
  /** A wire credit in a dateline: "ALMATY, March 3 (Reuters) -", "WASHINGTON (AP) —". */
  wireBefore: /(?:^|\n)[^\n(]{2,60}\($/u,
  wireAfter: /^\)\s*[—–-]/u,
  /** A dateline in capitals may end with a period ("АСТАНА. …") as Russian wires write it. */
  capsDatelineAfter: /^[.,]\s/u,
  datelineAfter: /^\s*(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,3}\s*)?(?:\([^)]{1,40}\)\s*)?[—–-]/,
} as const

/**
 * Pass 1: gazetteer matches become mentions of one entity each.
 * - A capital that is also its state's metonym is the place when used as a location
 *   ("talks in Astana", datelines) and the country otherwise ("pressure from Beijing").
 * - A group phrase ("the five Central Asian states") is a mention of each member.
 * - A surname or other short form counts only when the article also names the entity in
 *   full; an ambiguous form ("Cove", "lead") only when the article also names the entity
 *   unambiguously. Either way the short text then links to the full entity.
 */
export function resolveMentions(text: string, reference: Reference): ResolvedMention[] {
  const exact = reference.findMentions(text)
  const matches = [...exact, ...findCyrillicMatches(text, reference, exact)].sort(
    (a, b) => a.start - b.start,
  )
  const firm = new Set<EntityId>()
  for (const match of matches) {
    if (!match.isAmbiguous && match.kind !== 'short-form' && match.kind !== 'group')
      for (const id of match.entityIds.slice(0, 1)) firm.add(id)
  }

  const mentions: ResolvedMention[] = []
  // Where the last place read as a location ends: a capital listed right after it is one too.
  let locationEnd = -1
  for (const match of matches) {
    const at = { start: match.start, end: match.end, text: match.text }
    if (PATTERNS.creditBefore.test(text.slice(Math.max(0, match.start - 20), match.start))) continue
    if (isWireCredit(text, match)) continue
    if (match.groupId !== undefined) {
      for (const id of match.entityIds) mentions.push({ entityId: id, ...at, kind: 'group' })
      continue
    }
    const isListedLocation =
      locationEnd >= 0 && PATTERNS.listLink.test(text.slice(locationEnd, match.start))
    const chosen = chooseCandidate(text, match, isListedLocation)
    if (chosen === null) continue
    if (isLocationRead(text, match, chosen, isListedLocation)) locationEnd = match.end
    // A capital that is also its state's metonym ("Washington") is listed as ambiguous, but the
    // choice between the place and the state is made above from the words around it.
    const isMetonymPair = hasPlaceAndState(match)
    const needsSupport = match.kind === 'short-form' || (match.isAmbiguous && !isMetonymPair)
    if (needsSupport && !firm.has(chosen)) continue
    if (isOtherStatesBody(text, reference, chosen, mentions[mentions.length - 1], match.start))
      continue
    mentions.push({ entityId: chosen, ...at, kind: match.kind })
  }
  return mentions
}

/** Wire credits are not entities (CONVENTIONS.md). */
function isWireCredit(text: string, match: GazetteerMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 62), match.start)
  return (
    PATTERNS.wireAfter.test(text.slice(match.end, match.end + 4)) &&
    PATTERNS.wireBefore.test(before)
  )
}

function hasPlaceAndState(match: GazetteerMatch): boolean {
  return (
    match.candidates.some((candidate) => candidate.id.startsWith('place:')) &&
    match.candidates.some((candidate) => candidate.kind === 'metonym')
  )
}

/** Is a mention chosen as a place a location in the text ("to Tashkent", or listed after one)?
 *  A capital that may be its state is one whenever the place was chosen. */
function isLocationRead(
  text: string,
  match: GazetteerMatch,
  chosen: EntityId,
  isListedLocation: boolean,
): boolean {
  if (!chosen.startsWith('place:')) return false
  if (hasPlaceAndState(match) || isListedLocation) return true
  return PATTERNS.locationBefore.test(text.slice(Math.max(0, match.start - 40), match.start))
}

/** The place or the state of a capital ("Astana"): the place when used as a location, or when
 *  listed right after a location ("travel to Tashkent and Bishkek"); otherwise the state. */
function chooseCandidate(
  text: string,
  match: GazetteerMatch,
  isListedLocation: boolean,
): EntityId | null {
  const place = match.candidates.find((candidate) => candidate.id.startsWith('place:'))
  const state = match.candidates.find((candidate) => candidate.kind === 'metonym')
  if (place && state) {
    const before = text.slice(Math.max(0, match.start - 40), match.start)
    const after = text.slice(match.end, match.end + 40)
    const opensParagraph = match.start === 0 || text[match.start - 1] === '\n'
    const isLocation =
      isListedLocation ||
      PATTERNS.locationBefore.test(before) ||
      PATTERNS.locationAfter.test(after) ||
      (opensParagraph &&
        (PATTERNS.datelineAfter.test(after) ||
          (match.text === match.text.toUpperCase() && PATTERNS.capsDatelineAfter.test(after))))
    return isLocation ? place.id : state.id
  }
  return match.entityIds[0] ?? null
}

/** Between a state and a body named after it: "Uzbek ", "Tajikistan's ". */
const STATE_LINK = /^(?: |['’]s )$/u

/** A state's body named by a form another state's body shares ("Geology Committee"), right after
 *  a different state ("the Kyrgyz Geology Committee", "Tajikistan's Committee of Geology"), is
 *  not the known body: pass 2 names it after its own state. */
function isOtherStatesBody(
  text: string,
  reference: Reference,
  chosen: EntityId,
  previous: ResolvedMention | undefined,
  start: number,
): boolean {
  if (!chosen.startsWith('organization:') || !previous?.entityId.startsWith('country:'))
    return false
  if (!STATE_LINK.test(text.slice(previous.end, start))) return false
  const entry = reference.get(chosen)
  if (entry?.category !== 'government' || typeof entry.country !== 'string') return false
  return previous.entityId !== `country:${entry.country}`
}
