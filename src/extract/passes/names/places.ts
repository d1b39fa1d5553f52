import type { CountryCode, ReferenceEntry } from '../../../model/index.js'
import type { ResolvedMention } from '../01-mentions.js'
import { placeCandidate, type Candidate } from './candidate.js'
import {
  isKnownAt,
  knownMentionAt,
  knownMentionCovering,
  PATTERNS,
  possessorBefore,
  type Context,
} from './context.js'
import { titleCase } from './name-text.js'
import { endsWithPhrase, type Span } from './spans.js'
import { WORDS } from './word-lists.js'

/** Facility names allow up to this many lower-case words before the head ("Qaratau mining and
 *  processing plant"). */
const MAX_FACILITY_WORDS = 3
/** A location cue names a place of one or two words ("in Rotterdam", "visited New Ulsan"). */
const MAX_CUED_PLACE_WORDS = 2

/** Place categories of the reference data that a district or region may be named after. */
const SETTLEMENTS = new Set(['city', 'town', 'capital', 'village', 'settlement'])

const PLACE_PATTERNS = {
  /** A dateline at a line start: "KYZYL-JYLDYZ, Kyrgyzstan —", "QARATAU —". */
  dateline: /^(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,2})(?=\s*,\s*\p{Lu}|\s+[—–-])/u,
  /** A word's first letter in a dateline: "KYZYL-JYLDYZ" -> "Kyzyl-Jyldyz". */
  datelineWordStart: /(^|[\s-])(\p{Ll})/gu,
  /** "the Ayni district" after a known town. */
  districtAfterTown: /^ (district|region|oblast|province)\b/u,
  /** "Qaratau, Kazakhstan", "in the Sughd region": where the country may follow a place. */
  countryAfter: /^(?:,\s+|\s+(?:in|of)\s+(?:the\s+)?)/u,
  nextWord: /^ ([\p{Ll}-]+)\b/u,
  whitespace: /\s+/u,
  andBefore: / and $/u,
  capitalAfter: /^\s+\p{Lu}/u,
} as const

/** "the Qaratau deposit", "the Qaratau tungsten deposit": a site head up to two words on. */
const SITE_PATTERNS = new Map(
  WORDS.siteHeads.map((head) => [head, new RegExp(`^ (?:[\\p{Ll}-]+ ){0,2}${head}\\b(?!s)`, 'u')]),
)

/** "the Qaratau antimony plant": n lower-case words, then a possible facility head. */
const FACILITY_PATTERNS = Array.from(
  { length: MAX_FACILITY_WORDS + 1 },
  (_, n) => new RegExp(`^((?: [\\p{Ll}-]+){${n}}) (\\p{Ll}+)(?!\\p{L})`, 'u'),
)

function isSettlement(entry: ReferenceEntry | undefined): entry is ReferenceEntry {
  return entry?.type === 'place' && SETTLEMENTS.has(entry.category ?? '')
}

function countryOfPlaceEntry(entry: ReferenceEntry | undefined): CountryCode | undefined {
  const country = entry?.type === 'place' ? entry.country : undefined
  return typeof country === 'string' ? country : undefined
}

/** "oblast" -> "Region", "district" -> "District": the head of a region's canonical name
 *  (oblast and oblys are the Russian and Kazakh words for a region). */
function regionHeadName(word: string): string {
  return word === 'oblast' || word === 'oblys' ? 'Region' : titleCase(word)
}

function countryOfMention(
  context: Context,
  mention: ResolvedMention | undefined,
): CountryCode | undefined {
  if (!mention) return undefined
  if (mention.entityId.startsWith('country:')) return mention.entityId.slice('country:'.length)
  return countryOfPlaceEntry(context.reference.get(mention.entityId))
}

/** A place's country from the words around it: "Kyrgyzstan's Chuy region", "Qaratau, Kazakhstan",
 *  "in the Chui oblast's Kemin district", "the X district of the Sughd region". */
function placeCountry(context: Context, start: number, end: number): CountryCode | undefined {
  const found = countryOfMention(context, possessorBefore(context, start))
  if (found) return found
  const after = PLACE_PATTERNS.countryAfter.exec(context.text.slice(end, end + 12))
  if (after) return countryOfMention(context, knownMentionCovering(context, end + after[0].length))
  return undefined
}

/** A place candidate for text[start, end), with its country from the words around it. */
function placeAt(context: Context, name: string, start: number, end: number): Candidate {
  return placeCandidate(name, start, end, placeCountry(context, start, end))
}

/** Are the words between a name and a facility head ones a facility name holds ("mining and
 *  processing") or known minerals ("antimony")? The minerals are looked up from `near` on. */
function areFacilityWords(context: Context, between: string, near: number): boolean {
  return between
    .trim()
    .split(PLACE_PATTERNS.whitespace)
    .filter(Boolean)
    .every((word) => {
      if (WORDS.facilityWords.has(word)) return true
      const mention = knownMentionCovering(context, context.text.indexOf(word, near))
      return mention?.entityId.startsWith('mineral:') ?? false
    })
}

/** A place named by a head word in the span ("Qaratau Region", "Zorvath Arena") or right after
 *  it ("the Qaratau deposit", "the Qaratau antimony plant", "Chuy oblast"). */
export function placeByHead(context: Context, span: Span): Candidate[] | undefined {
  const { text } = context
  const { words, first, last, name } = span
  if (words.length >= 2 && WORDS.placeSuffixes.has(last.text))
    return [placeAt(context, name, first.start, last.end)]
  if (last.isPossessive) return undefined
  const rest = text.slice(last.end, last.end + 80)
  const next = PLACE_PATTERNS.nextWord.exec(rest)
  if (next?.[1] && WORDS.regionHeads.has(next[1])) {
    const end = last.end + next[0].length
    return [placeAt(context, `${name} ${regionHeadName(next[1])}`, first.start, end)]
  }
  const site = WORDS.siteHeads.find((head) => SITE_PATTERNS.get(head)?.test(rest))
  if (site !== undefined) {
    if (areFacilityWords(context, rest.slice(0, rest.indexOf(site)), last.end)) {
      // The country may follow the name or the site head: "the Qaratau deposit in Kazakhstan".
      const headEnd = last.end + rest.indexOf(site) + site.length
      const country =
        placeCountry(context, first.start, last.end) ?? placeCountry(context, first.start, headEnd)
      return [placeCandidate(name, first.start, last.end, country)]
    }
  }
  for (let n = 0; n <= MAX_FACILITY_WORDS; n++) {
    const match = FACILITY_PATTERNS[n]?.exec(rest)
    if (!match?.[2]) break
    if (!WORDS.facilityHeads.has(match[2])) continue
    if (!areFacilityWords(context, match[1] ?? '', last.end)) break
    const end = last.end + match[0].length
    return [placeAt(context, text.slice(first.start, end), first.start, end)]
  }
  return undefined
}

/** "to Busan and Ulsan": a name joined by "and" to a known city is a place too. */
function isCoordinatedWithPlace(context: Context, start: number): boolean {
  const and = PLACE_PATTERNS.andBefore.exec(context.text.slice(Math.max(0, start - 5), start))
  if (!and) return false
  const mention = knownMentionCovering(context, start - and[0].length - 1)
  if (!mention || mention.end !== start - and[0].length) return false
  return isSettlement(context.reference.get(mention.entityId))
}

/** Location cues: "prices in Rotterdam", "visited Ulsan", "the capital, Luanda". */
export function placeByCue(context: Context, span: Span): Candidate[] | undefined {
  const { words, first, last, name, lowerBefore, after } = span
  const lineBefore = lowerBefore.slice(lowerBefore.lastIndexOf('\n') + 1)
  const isCuedPlace =
    words.length <= MAX_CUED_PLACE_WORDS &&
    !words.some((word) => WORDS.notNames.has(word.text) || WORDS.orgSuffixes.has(word.text)) &&
    !PLACE_PATTERNS.capitalAfter.test(after) &&
    (endsWithPhrase(lineBefore, WORDS.locationCues) || isCoordinatedWithPlace(context, first.start))
  return isCuedPlace ? [placeAt(context, name, first.start, last.end)] : undefined
}

/** "Denver-based": the token before "-based" names a place. */
export function findBasedPlaces(context: Context): Candidate[] {
  const found: Candidate[] = []
  for (const token of context.tokens) {
    const match = PATTERNS.based.exec(token.text)
    if (!match?.[1] || knownMentionAt(context, token)) continue
    if (WORDS.notNames.has(match[1])) continue
    found.push(placeCandidate(match[1], token.start, token.start + match[1].length))
  }
  return found
}

/** "the Ayni district": a district named after a known town is a place of its own, in the
 *  town's country. */
export function findDistrictsOfTowns(context: Context): Candidate[] {
  const found: Candidate[] = []
  for (const mention of context.known) {
    const entry = context.reference.get(mention.entityId)
    if (!isSettlement(entry)) continue
    const next = PLACE_PATTERNS.districtAfterTown.exec(
      context.text.slice(mention.end, mention.end + 12),
    )
    if (!next?.[1]) continue
    const name = `${entry.name} ${regionHeadName(next[1])}`
    const end = mention.end + next[0].length
    found.push(placeCandidate(name, mention.start, end, countryOfPlaceEntry(entry)))
  }
  return found
}

/** Datelines name places ("KYZYL-JYLDYZ, Kyrgyzstan —"), CONVENTIONS.md; known ones are the
 *  gazetteer's. */
export function findDatelines(context: Context): Candidate[] {
  const found: Candidate[] = []
  for (const match of context.text.matchAll(PATTERNS.line)) {
    const dateline = PLACE_PATTERNS.dateline.exec(match[0])
    if (!dateline?.[1]) continue
    const start = match.index
    const end = start + dateline[1].length
    if (isKnownAt(context, start) || dateline[1].length < 3) continue
    const name = dateline[1]
      .toLowerCase()
      .replace(
        PLACE_PATTERNS.datelineWordStart,
        (_all, lead: string, char: string) => lead + char.toUpperCase(),
      )
    found.push(placeAt(context, name, start, end))
  }
  return found
}
