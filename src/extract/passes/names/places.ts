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
/** An apposition classifies a site's name of up to three words ("Korvath, a copper mine"). */
const MAX_APPOSED_SITE_WORDS = 3

/** Place categories of the reference data that a district or region may be named after. */
const SETTLEMENTS = new Set(['city', 'town', 'capital', 'village', 'settlement'])

const PLACE_PATTERNS = {
  /** A dateline at a line start: "KYZYL-JYLDYZ, Kyrgyzstan —", "QARATAU —". */
  dateline: /^(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,2})(?=\s*,\s*\p{Lu}|\s+[—–-])/u,
  /** A word's first letter in a dateline: "KYZYL-JYLDYZ" -> "Kyzyl-Jyldyz". */
  datelineWordStart: /(^|[\s-])(\p{Ll})/gu,
  /** "the Ayni district" after a known town. */
  districtAfterTown: /^ (district|region|oblast|province)\b/u,
  /** "Qaratau, Kazakhstan", "Qaratau, in Kazakhstan", "in the Sughd region": where the country
   *  may follow a place. */
  countryAfter: /^(?:,\s+(?:in\s+)?|\s+(?:in|of)\s+(?:the\s+)?)/u,
  nextWord: /^ ([\p{Ll}-]+)\b/u,
  whitespace: /\s+/u,
  andBefore: / and $/u,
  capitalAfter: /^\s+\p{Lu}/u,
  /** " village," / " town in": a settlement head, then punctuation or a linking word. */
  settlementAfter:
    /^ (\p{Ll}+)(?=[,.;:)]|\s+(?:in|of|near|on|and|where|which|was|is|has|had|lies|sits)\b)/u,
} as const

/** "the Qaratau deposit", "the Qaratau tungsten deposit": a site head up to two words on. */
const SITE_PATTERNS = new Map(
  WORDS.siteHeads.map((head) => [head, new RegExp(`^ (?:[\\p{Ll}-]+ ){0,2}${head}\\b(?!s)`, 'u')]),
)

/** Site heads that read as a site only when no "of" follows: "the Korvath prospect", not
 *  "the prospect of a deal". */
const NOT_BEFORE_OF = new Set(['prospect'])

/** "the Korvath tungsten project": one or two lower-case words, then a qualified site head. */
const QUALIFIED_SITE_PATTERNS = new Map(
  WORDS.qualifiedSiteHeads.map((head) => [
    head,
    new RegExp(`^ ((?:[\\p{Ll}-]+ ){1,2})${head}(?![\\p{L}])`, 'u'),
  ]),
)

/** "one of the …", "two of …": a part of a group of sites. */
const FEW = '(?:one|some|two|three|four|five)'
/** Words that end a site's description before its head: "the owner of a copper mine" describes
 *  the owner, not a site. */
const LINKING_WORDS =
  '(?:of|a|an|the|for|to|with|by|from|at|in|on|near|its|their|his|her|whose|which|that|who)'
/** Every head that makes a site, as regex alternatives. */
const SITE_HEAD_ALTERNATIVES = [...WORDS.siteHeads, ...WORDS.qualifiedSiteHeads].join('|')

/** "Korvath, one of the largest tungsten deposits in Kazakhstan,", "Belmora, a copper mine in
 *  Mongolia,", "Korvath, Kazakhstan's biggest tungsten deposit,": an apposition that classifies
 *  the name as a site. Group 1: a possessor ("Kazakhstan's"); 2: the words before the head; 3: the
 *  head; 4: a plural "s". The head must end the apposition's noun phrase ("a mine operator" is
 *  no site). */
const SITE_APPOSITION = new RegExp(
  `^,\\s+(?:(?:${FEW}\\s+of\\s+)?(?:(?:a|an|the)\\s+|(\\p{Lu}[\\p{L}.]*['’]s)\\s+)|${FEW}\\s+of\\s+)` +
    `((?:(?!${LINKING_WORDS}\\s)\\p{Ll}[\\p{Ll}'’-]*\\s+){0,4}?)(${SITE_HEAD_ALTERNATIVES})(s?)` +
    `(?=\\s*[,.;)]|\\s+(?:in|near|on|at|owned|operated|run|located|that|which|where|with|about)\\b)`,
  'u',
)

/** "… deposits in Kazakhstan", "… mine in the Karaganda region": where the site lies. */
const SITE_IN = /^\s+(?:in|of)\s+(?:the\s+)?/u

/** The capitalised word right before a name: "the Northern| Ridge deposit". */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) $/u

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

/** Are the words between a name and a qualified site head ("tungsten", "gold mining") site words
 *  or known minerals (all of them when `all`; an apposition may add "largest"), with at least
 *  one mineral or "mining"? */
function areSiteProjectWords(
  context: Context,
  between: string,
  near: number,
  all: boolean,
): boolean {
  const words = between.trim().split(PLACE_PATTERNS.whitespace).filter(Boolean)
  let isQualified = false
  const allFit = words.every((word) => {
    const mention = knownMentionCovering(context, context.text.indexOf(word, near))
    if (mention?.entityId.startsWith('mineral:') ?? false) {
      isQualified = true
      return true
    }
    if (word === 'mining') isQualified = true
    return WORDS.siteProjectWords.has(word) || !all
  })
  return allFit && isQualified
}

/** A compass or size word the span dropped right before a site's name is part of it ("the
 *  Northern Ridge deposit" is Northern Ridge, not Ridge); the country is read again from the new
 *  start ("Kazakhstan's Northern Ridge deposit"). */
function withNameModifier(context: Context, candidate: Candidate): Candidate {
  const { text } = context
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, candidate.start - 20), candidate.start))?.[1]
  if (word === undefined || !WORDS.siteNameModifiers.has(word)) return candidate
  const start = candidate.start - word.length - 1
  if (isKnownAt(context, start)) return candidate
  const country = candidate.country ?? placeCountry(context, start, candidate.end)
  return {
    ...placeCandidate(`${word} ${candidate.name}`, start, candidate.end, country),
    ...siteHeadField(candidate.siteHead),
  }
}

function siteHeadField(siteHead: string | undefined): { siteHead?: string } {
  return siteHead === undefined ? {} : { siteHead }
}

/** A candidate that names a site, with the head it was named by ("deposit", "plant"). */
function withSiteHead(candidate: Candidate, siteHead: string | undefined): Candidate {
  return { ...candidate, ...siteHeadField(siteHead) }
}

/** A place named by a head word in the span ("Qaratau Region", "Zorvath Arena") or right after
 *  it ("the Qaratau deposit", "the Qaratau antimony plant", "Chuy oblast"); a site's compass word
 *  joins it ("the Northern Ridge deposit"). */
export function placeByHead(context: Context, span: Span): Candidate[] | undefined {
  if (namesWorldRegion(span)) return undefined
  const found = placeByHeadWord(context, span)
  if (found?.length !== 1 || found[0]?.siteHead === undefined) return found
  return [withNameModifier(context, found[0])]
}

/** Does the span name a continent or world region ("Asia", "Middle East"), which is no entity? */
function namesWorldRegion(span: Span): boolean {
  return (
    span.words.some((word) => WORDS.worldRegions.has(word.text)) ||
    WORDS.worldRegions.has(span.name)
  )
}

/** A site or facility head as linking compares it: "Mine" -> "mine"; undefined for other
 *  suffixes ("Arena", "Region"). */
function siteHeadOf(word: string): string | undefined {
  const head = word.toLowerCase()
  return WORDS.siteHeads.includes(head) || WORDS.facilityHeads.has(head) ? head : undefined
}

function placeByHeadWord(context: Context, span: Span): Candidate[] | undefined {
  const { text } = context
  const { words, first, last, name } = span
  if (words.length >= 2 && WORDS.placeSuffixes.has(last.text))
    return [withSiteHead(placeAt(context, name, first.start, last.end), siteHeadOf(last.text))]
  if (last.isPossessive) return undefined
  const rest = text.slice(last.end, last.end + 80)
  const next = PLACE_PATTERNS.nextWord.exec(rest)
  if (next?.[1] && WORDS.regionHeads.has(next[1])) {
    const end = last.end + next[0].length
    return [placeAt(context, `${name} ${regionHeadName(next[1])}`, first.start, end)]
  }
  // "Tavanbulak village,": a settlement, named without the word.
  const settlement = PLACE_PATTERNS.settlementAfter.exec(rest)
  if (settlement?.[1] && WORDS.settlementHeads.has(settlement[1]) && words.length <= 2) {
    // The country may follow the head: "Qaratobe village in Kazakhstan".
    const headEnd = last.end + settlement[0].length
    const country =
      placeCountry(context, first.start, last.end) ?? placeCountry(context, first.start, headEnd)
    return [placeCandidate(name, first.start, last.end, country)]
  }
  const site = WORDS.siteHeads.find((head) => SITE_PATTERNS.get(head)?.test(rest))
  const isBeforeOf =
    site !== undefined &&
    NOT_BEFORE_OF.has(site) &&
    rest.slice(rest.indexOf(site) + site.length).startsWith(' of ')
  if (site !== undefined && !isBeforeOf) {
    if (areFacilityWords(context, rest.slice(0, rest.indexOf(site)), last.end)) {
      // The country may follow the name or the site head: "the Qaratau deposit in Kazakhstan".
      const headEnd = last.end + rest.indexOf(site) + site.length
      const country =
        placeCountry(context, first.start, last.end) ?? placeCountry(context, first.start, headEnd)
      return [withSiteHead(placeCandidate(name, first.start, last.end, country), site)]
    }
  }
  for (const [head, pattern] of QUALIFIED_SITE_PATTERNS) {
    const match = pattern.exec(rest)
    if (!match?.[1] || !areSiteProjectWords(context, match[1], last.end, true)) continue
    const headEnd = last.end + match[0].length
    const country =
      placeCountry(context, first.start, last.end) ?? placeCountry(context, first.start, headEnd)
    return [withSiteHead(placeCandidate(name, first.start, last.end, country), head)]
  }
  for (let n = 0; n <= MAX_FACILITY_WORDS; n++) {
    const match = FACILITY_PATTERNS[n]?.exec(rest)
    if (!match?.[2]) break
    if (!WORDS.facilityHeads.has(match[2])) continue
    if (!areFacilityWords(context, match[1] ?? '', last.end)) break
    const end = last.end + match[0].length
    return [
      withSiteHead(placeAt(context, text.slice(first.start, end), first.start, end), match[2]),
    ]
  }
  return undefined
}

/** A name classified as a site by an apposition: "Korvath, one of the largest tungsten deposits
 *  in Kazakhstan, holds …", "Belmora, a copper mine in Mongolia,". The country is the possessor
 *  ("Kazakhstan's biggest …") or what follows "in"; a qualified head ("project") needs a mineral
 *  or "mining" before it. Names of one to three words that hold no notNames word only. */
export function placeByApposition(context: Context, span: Span): Candidate[] | undefined {
  const { words, first, last, name } = span
  if (last.isPossessive || words.length > MAX_APPOSED_SITE_WORDS) return undefined
  if (words.some((word) => WORDS.notNames.has(word.text) || WORDS.orgSuffixes.has(word.text)))
    return undefined
  if (namesWorldRegion(span)) return undefined
  const match = SITE_APPOSITION.exec(context.text.slice(last.end, last.end + 160))
  if (!match?.[3]) return undefined
  const between = match[2] ?? ''
  const headEnd = last.end + match[0].length
  const betweenAt = headEnd - (match[4] ?? '').length - match[3].length - between.length
  if (
    WORDS.qualifiedSiteHeads.includes(match[3]) &&
    !areSiteProjectWords(context, between, betweenAt, false)
  )
    return undefined
  let country: CountryCode | undefined
  if (match[1] !== undefined) {
    const at = last.end + match[0].indexOf(match[1])
    country = countryOfMention(context, knownMentionCovering(context, at))
  }
  const inWhere = SITE_IN.exec(context.text.slice(headEnd, headEnd + 12))
  if (country === undefined && inWhere)
    country = countryOfMention(context, knownMentionCovering(context, headEnd + inWhere[0].length))
  country ??= placeCountry(context, first.start, last.end)
  return [withSiteHead(placeCandidate(name, first.start, last.end, country), match[3])]
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
