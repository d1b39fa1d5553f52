import type { CountryCode, EntityId, EntityType } from '../../model/index.js'
import type { Reference } from '../../reference/index.js'
import { z } from 'zod'
import { readPatternFile, tokenize, type Token } from '../text/index.js'
import type { ResolvedMention } from './01-mentions.js'
import { slugOf, titleCase } from './name-text.js'
import { titleKey, WORDS } from './name-words.js'

/** An entity the reference data does not know, found from the words around it. */
export interface FoundEntity {
  id: EntityId
  type: Exclude<EntityType, 'country' | 'mineral'>
  /** The canonical name: the full form, a region's head capitalised ("Chuy Region"). */
  name: string
  /** A person's position as the text states it, lightly normalised ("Senator"). */
  role?: string
  country?: CountryCode
}

export interface NameFindings {
  entities: FoundEntity[]
  /** Every mention of a found entity, by full name or by surname or short form. */
  mentions: ResolvedMention[]
  /** Roles the text gives people of the reference data ("Kazakh President"). */
  roles: Map<EntityId, string>
}

/** Verbs of working somewhere (titles.json `workVerbs`): "advises companies at <org>". */
const WORK_VERBS = new Set(
  readPatternFile(
    'titles.json',
    z.object({
      workVerbs: z.object({ why: z.string().min(1), words: z.array(z.string().min(1)) }),
    }),
  ).workVerbs.words.map((w) => w.toLowerCase()),
)

/** Regular expressions of this pass, built once. */
const PATTERNS = {
  possessive: /['’]s$/u,
  capital: /^\p{Lu}/u,
  lowercase: /\p{Ll}/u,
  digit: /\d/u,
  /** "Denver-based", "Oslo-headquartered": the part before is a place. */
  based: /^(\p{Lu}[\p{L}\p{M}'’-]*?)-(?:based|headquartered)$/u,
  /** A name quoted or cited: 'said Aldan Serik', 'according to Aigerim Sadykova'. */
  speechBefore: /\b(?:said|says|told|according to|quoted|quoting|asked)\s+$/i,
  /** After a name: a verb of saying ('Graham Ostrander said'), possibly after a comma. */
  speechAfter: new RegExp(
    `^,?\\s+(?:${WORDS.speechVerbs.size > 0 ? [...WORDS.speechVerbs].join('|') : 'said'})\\b`,
    'i',
  ),
  /** ', who played for…' only follows a person. */
  whoAfter: /^,\s+who\b/u,
  /** An apposition: ', a researcher at…', ' ("Zorvath"), a Denver-based developer'. */
  apposition: /^(?:\s*\([^)]{1,60}\))?,\s+(?:(?:a|an|the)\s+)?([^,.;:!?"“”«»()]{1,90})/u,
  /** A preceding apposition ends in a comma: "Kazakhstan's Vice Minister of Trade, Arman…". */
  commaBefore: /,\s$/u,
  yearAfter: /^\s+of\s+(\d{4})\b/u,
  /** A dateline at a line start: "KYZYL-JYLDYZ, Kyrgyzstan —", "QARATAU —". */
  dateline: /^(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,2})(?=\s*,\s*\p{Lu}|\s+[—–-])/u,
  /** A paragraph that ends without punctuation is a heading (no name guesses there). */
  lineEnd: /[.!?:;"”»)]\s*$/u,
  line: /[^\n]+/gu,
  /** Export measures (CONVENTIONS.md: initiatives): 'a ban on exports of antimony'. */
  measure:
    /\b(?:([Ee]xport)\s+(bans?|quotas?|controls|restrictions)|(ban|quota|controls|restrictions|embargo)\s+on\s+(?:the\s+)?exports?\s+of\s+)/g,
  /** A lower-case named treaty: 'a treaty on permanent good-neighbourliness, friendship and …'. */
  treaty: /\b([Tt]reaty|[Cc]onvention|[Cc]harter)\s+(?:on|of)\s+/g,
  listWord: /^(\s*(?:,\s*|\s+and\s+|\s+))?([\p{Ll}\d][\p{Ll}\p{N}-]*)/u,
  space: /^ $/u,
  firstWord: /^[^\s.,]+/u,
  wordGoesOn: /^[\p{L}\p{N}-]$/u,
  capitalGoesOn: /^ \p{Lu}/u,
  /** A capitalised word, not opening a sentence, right before a title: "Treasury Secretary". */
  qualifierWord: /(\p{Lu}[\p{L}-]+) $/u,
  sentenceEndBefore: /(?:^|[.!?\n:;"“‘'—–-]\s?)$/u,
  theCompany: /\b[Tt]he company\b/gu,
  creditBefore: /[(/]$/u,
  creditAfter: /^[)/]/u,
  copyrightBefore: /[©ⓒ]\s*$/u,
  /** "an analyst at the Oslo-based …": the role noun before a workplace. */
  workplaceBefore: /\b(\p{Ll}+) (?:at|with|for) (?:the )?(?:[\p{L}.]+-based )?$/u,
  /** "now advises companies at …", "works for …": a verb of working, up to two words, a
   *  preposition, then the workplace. */
  workVerbBefore:
    /\b(\p{Ll}+(?: [\p{Ll}'’-]+){0,2}) (?:at|with|for) (?:the )?(?:[\p{L}.]+-based )?$/u,
  /** A long apposition that ends in a verb of saying: ", a former trade negotiator who now
   *  advises companies at Ashgrove Strategies, said". Group 1 is the apposition. */
  longApposition: new RegExp(
    `^,\\s+(?:a|an|the)\\s+([^,.;:!?"“”«»()\\n]{1,160}),\\s+(?:${[...WORDS.speechVerbs].join('|')})\\b`,
    'iu',
  ),
  /** Where the head of an apposition ends: "former trade negotiator| who now advises …". */
  appositionHeadEnd: /\s+(?:who|that|which|at|in|for|with|of|based|from|on)\s+/u,
  /** "Semizbay-U and " before a name. */
  partnerBefore: /(\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*) and $/u,
} as const

/** "the Qaratau deposit", "the Qaratau tungsten deposit": a site head up to two words on. */
const SITE_PATTERNS = new Map(
  WORDS.siteHeads.map((head) => [head, new RegExp(`^ (?:[\\p{Ll}-]+ ){0,2}${head}\\b(?!s)`, 'u')]),
)

/** Words that end a lower-case list of measure or treaty words ("… antimony to the United States"). */
const LIST_STOP = new Set(
  'to from with by in at since which that was is are has have will would next last this these its their for under after before on of as its'.split(
    ' ',
  ),
)
const MAX_LIST_WORDS = 8

/** At most this many words or known names qualify a title ("U.S. Treasury Secretary"). */
const MAX_ROLE_QUALIFIERS = 3
/** A person's name holds two to four words: "Jane Doe", "Ursula von der Leyen". */
const MIN_PERSON_WORDS = 2
const MAX_PERSON_WORDS = 4
/** Facility names allow up to this many lower-case words before the head ("Qaratau mining and processing plant"). */
const MAX_FACILITY_WORDS = 3
/** A location cue names a place of one or two words ("in Rotterdam", "visited New Ulsan"). */
const MAX_CUED_PLACE_WORDS = 2
/** An org's short form must be this long to be linked alone ("Brightmoor" after "Brightmoor Metals"). */
const MIN_SHORT_FORM_LENGTH = 4

/** "the Qaratau antimony plant": n lower-case words, then a possible facility head. */
const FACILITY_PATTERNS = Array.from(
  { length: MAX_FACILITY_WORDS + 1 },
  (_, n) => new RegExp(`^((?: [\\p{Ll}-]+){${n}}) (\\p{Ll}+)(?!\\p{L})`, 'u'),
)

interface Word {
  /** Token index in `tokens`. */
  index: number
  start: number
  /** End without a possessive "'s". */
  end: number
  text: string
  isPossessive: boolean
}

interface Candidate {
  type: FoundEntity['type']
  name: string
  start: number
  end: number
  role?: string
  country?: CountryCode
}

interface Context {
  text: string
  tokens: Token[]
  /** For each char, 1 + the index of the known mention covering it, or 0. */
  knownAt: Int32Array
  known: readonly ResolvedMention[]
  reference: Reference
  headings: boolean[]
  lineOf: Int32Array
  /** Each token as a title key ("Sens." -> "sens"), filled in as titleEndingAt asks. */
  titleKeys: (string | undefined)[]
}

/**
 * Pass 2: names the reference data does not know (people, organisations, places, initiatives),
 * from the words news writers put around them: titles ("Senator Jane Doe"), appositions
 * ("Jane Doe, an analyst at …"), verbs of saying, company suffixes ("Zorvath Capital"),
 * ministries ("Ministry of …"), place heads ("the Qaratau deposit", "Chuy region"), location
 * cues ("in Rotterdam", "Denver-based"), datelines and named measures ("a ban on exports of …").
 * Then every later surname or short form ("Sadykova", "Zorvath") links to the entity.
 * English only: other languages get the gazetteer's entities (the caller skips this pass).
 */
export function findNames(
  text: string,
  known: readonly ResolvedMention[],
  reference: Reference,
): NameFindings {
  const context = makeContext(text, known, reference)
  const candidates: Candidate[] = [
    ...findDatelines(context),
    ...findMeasures(context),
    ...findDistrictsOfTowns(context),
    ...findSpanCandidates(context),
  ]
  return { ...linkCandidates(context, candidates), roles: rolesOfKnownPeople(context) }
}

/** Titles right before a known person: "Kazakh President Kassym-Jomart Tokayev". */
function rolesOfKnownPeople(context: Context): Map<EntityId, string> {
  const { tokens, known } = context
  const roles = new Map<EntityId, string>()
  let t = 0
  for (const mention of known) {
    if (!mention.entityId.startsWith('person:') || roles.has(mention.entityId)) continue
    while (t < tokens.length && (tokens[t] as Token).start < mention.start) t++
    if (t === 0 || (tokens[t] as Token | undefined)?.start !== mention.start) continue
    const titleStart = titleEndingAt(context, t - 1, 0)
    if (titleStart === undefined) continue
    const role = roleFrom(
      context,
      (tokens[titleStart] as Token).start,
      (tokens[t - 1] as Token).end,
    )
    roles.set(mention.entityId, role)
  }
  return roles
}

/** Place categories of the reference data that a district or region may be named after. */
const SETTLEMENTS = new Set(['city', 'town', 'capital', 'village', 'settlement'])

/** "the Ayni district": a district named after a known town is a place of its own, in the
 *  town's country. */
function findDistrictsOfTowns(context: Context): Candidate[] {
  const found: Candidate[] = []
  for (const mention of context.known) {
    const entry = context.reference.get(mention.entityId)
    if (entry?.type !== 'place' || !SETTLEMENTS.has(entry.category ?? '')) continue
    const next = /^ (district|region|oblast|province)\b/u.exec(
      context.text.slice(mention.end, mention.end + 12),
    )
    if (!next?.[1]) continue
    const head = next[1] === 'oblast' ? 'Region' : titleCase(next[1])
    const end = mention.end + next[0].length
    const country = typeof entry.country === 'string' ? entry.country : undefined
    found.push({
      type: 'place',
      name: `${entry.name} ${head}`,
      start: mention.start,
      end,
      ...countryField(country),
    })
  }
  return found
}

function makeContext(
  text: string,
  known: readonly ResolvedMention[],
  reference: Reference,
): Context {
  const knownAt = new Int32Array(text.length + 1)
  known.forEach((mention, i) => knownAt.fill(i + 1, mention.start, mention.end))
  const headings: boolean[] = []
  const lineOf = new Int32Array(text.length + 1)
  const line = PATTERNS.line
  line.lastIndex = 0
  for (let match = line.exec(text); match; match = line.exec(text)) {
    lineOf.fill(headings.length, match.index, match.index + match[0].length + 1)
    headings.push(!PATTERNS.lineEnd.test(match[0]))
  }
  const tokens = tokenize(text)
  const titleKeys: (string | undefined)[] = new Array<string | undefined>(tokens.length)
  return { text, tokens, knownAt, known, reference, headings, lineOf, titleKeys }
}

function isHeading(context: Context, at: number): boolean {
  return context.headings[context.lineOf[at] ?? 0] ?? false
}

function knownMentionAt(context: Context, token: Token): ResolvedMention | undefined {
  const at = (context.knownAt[token.start] ?? 0) || (context.knownAt[token.end - 1] ?? 0)
  return at > 0 ? context.known[at - 1] : undefined
}

function toWord(token: Token, index: number): Word {
  const isPossessive = PATTERNS.possessive.test(token.text)
  const end = isPossessive ? token.end - 2 : token.end
  return {
    index,
    start: token.start,
    end,
    text: token.text.slice(0, end - token.start),
    isPossessive,
  }
}

/** Is this token a capitalised word that may be part of an unknown name? */
function isNameWord(context: Context, token: Token): boolean {
  if (token.kind !== 'word' || !PATTERNS.capital.test(token.text)) return false
  if (PATTERNS.based.test(token.text)) return false
  return knownMentionAt(context, token) === undefined
}

/** A capitalised mineral after a name word is part of the name: "Ridgefield Antimony Corp.",
 *  "Zorvath Tungsten Processing LLP". */
function isMineralInName(context: Context, token: Token): boolean {
  if (token.kind !== 'word' || !PATTERNS.capital.test(token.text)) return false
  return knownMentionAt(context, token)?.entityId.startsWith('mineral:') ?? false
}

/** Abbreviations whose period belongs to them ("Inc.", "Sen."): the span may run through it. */
function takesPeriod(word: string): boolean {
  return WORDS.abbreviated.has(word)
}

/**
 * Runs of capitalised words, joined by single spaces, with "of", "&", name particles and (after
 * an "of": "Ministry of Industry and Construction") "and" inside. A possessive, a known
 * mention, a comma or a line break ends a run; opening words ("The", "On") are dropped.
 */
function findSpans(context: Context): Word[][] {
  const { tokens, text } = context
  const spans: Word[][] = []
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i] as Token
    if (!isNameWord(context, first)) {
      i++
      continue
    }
    const words: Word[] = [toWord(first, i)]
    let hasOf = false
    let j = i + 1
    let last = first
    while (j < tokens.length && !(words[words.length - 1] as Word).isPossessive) {
      const next = tokens[j] as Token
      if (next.text === '.' && next.start === last.end && takesPeriod(last.text)) {
        const previous = words[words.length - 1] as Word
        words[words.length - 1] = { ...previous, end: next.end, text: previous.text + '.' }
        last = next
        j++
        // "Zorvath Corp. The deal…": a company suffix's period may end the sentence too.
        if (!WORDS.titles.has(titleKey(previous.text))) break
        continue
      }
      if (!PATTERNS.space.test(text.slice(last.end, next.start))) break
      if (isNameWord(context, next) || isMineralInName(context, next)) {
        words.push(toWord(next, j))
        last = next
        j++
        continue
      }
      // "of" joins only after a word that takes it in a name ("Ministry of", "Bank of",
      // "Minister of", "Institute of"), not "Shares of Zorvath" or "Jane Doe of the Institute".
      const previousText = (words[words.length - 1] as Word).text.replace(/\.$/u, '')
      const takesOf =
        WORDS.orgHeads.has(previousText) ||
        WORDS.orgSuffixes.has(previousText) ||
        WORDS.initiativeHeads.has(previousText) ||
        WORDS.titles.has(titleKey(previousText))
      const isConnector =
        (next.text === 'of' && takesOf) ||
        next.text === '&' ||
        WORDS.particles.has(next.text) ||
        (next.text === 'and' && hasOf) ||
        (next.text === 'the' && words[words.length - 1]?.text === 'of')
      const after = tokens[j + 1]
      if (!isConnector || !after || !PATTERNS.space.test(text.slice(next.end, after.start))) break
      if (next.text === 'of') hasOf = true
      words.push(toWord(next, j))
      last = next
      j++
    }
    i = j
    // Trim connectors at the edges and opening words at the start.
    while (
      words.length > 0 &&
      (!PATTERNS.capital.test((words[words.length - 1] as Word).text) ||
        knownMentionAt(context, tokens[(words[words.length - 1] as Word).index] as Token))
    )
      words.pop()
    while (
      words.length > 0 &&
      (WORDS.notNames.has((words[0] as Word).text) ||
        !PATTERNS.capital.test((words[0] as Word).text))
    )
      words.shift()
    if (words.length > 0) spans.push(words)
  }
  return spans
}

function spanText(context: Context, words: readonly Word[]): string {
  const first = words[0] as Word
  const last = words[words.length - 1] as Word
  return context.text.slice(first.start, last.end)
}

/** The longest title (titles.json) ending at token `end`, as [first token, title text]. */
function titleEndingAt(context: Context, end: number, floor: number): number | undefined {
  const { tokens, text } = context
  let best: number | undefined
  let phrase = ''
  let count = 0
  for (let k = end; k >= floor && count < WORDS.maxTitleWords; k--) {
    const token = tokens[k] as Token
    if (token.text === '.') continue
    if (token.kind !== 'word') break
    if (k < end) {
      const next = tokens[k + 1] as Token
      const gap = text.slice(token.end, next.start)
      if (gap !== ' ' && gap !== '') break
    }
    let key = context.titleKeys[k]
    if (key === undefined) {
      const lower = token.text.toLowerCase()
      key = PATTERNS.possessive.test(lower) ? lower.slice(0, -2) : lower
      context.titleKeys[k] = key
    }
    phrase = phrase === '' ? key : `${key} ${phrase}`
    count++
    if (WORDS.titles.has(phrase)) best = k
  }
  return best
}

function isPersonName(words: readonly Word[]): boolean {
  if (words.length < MIN_PERSON_WORDS || words.length > MAX_PERSON_WORDS) return false
  const first = words[0] as Word
  const last = words[words.length - 1] as Word
  if (!PATTERNS.capital.test(first.text) || !PATTERNS.capital.test(last.text)) return false
  return words.every(
    (word) =>
      (WORDS.particles.has(word.text) || PATTERNS.capital.test(word.text)) &&
      PATTERNS.lowercase.test(word.text) &&
      !PATTERNS.digit.test(word.text) &&
      !WORDS.notNames.has(word.text) &&
      !WORDS.orgSuffixes.has(word.text) &&
      !WORDS.orgHeads.has(word.text) &&
      !WORDS.initiativeHeads.has(word.text) &&
      !WORDS.titles.has(titleKey(word.text)) &&
      word.text !== 'of' &&
      word.text !== 'and',
  )
}

/** The role a title gives, with a country written right before it ("U.S. Ambassador"). */
function roleFrom(context: Context, titleStart: number, titleEnd: number): string {
  const { text } = context
  let start = titleStart
  // Known states and bodies right before the title qualify it: "U.S. Treasury Secretary",
  // "Kazakh President", "Zorvath Capital chief executive" (at most two of them).
  for (let k = 0; k < MAX_ROLE_QUALIFIERS; k++) {
    const owner = context.known[(context.knownAt[start - 2] ?? 0) - 1]
    const isQualifier =
      owner !== undefined &&
      owner.end === start - 1 &&
      text[owner.end] === ' ' &&
      (owner.entityId.startsWith('country:') || owner.entityId.startsWith('organization:'))
    const word = PATTERNS.qualifierWord.exec(text.slice(Math.max(0, start - 30), start))
    const wordStart = start - (word?.[0].length ?? 0)
    // A capitalised word opening a sentence is not a qualifier, unless a known name precedes it
    // ("U.S. Treasury Secretary": the period is the acronym's).
    const isOpening =
      PATTERNS.sentenceEndBefore.test(text.slice(Math.max(0, wordStart - 2), wordStart)) &&
      !context.knownAt[wordStart - 2]
    if (isQualifier) start = owner.start
    else if (word?.[1] && !owner && !isOpening && !WORDS.notNames.has(word[1])) start = wordStart
    else break
  }
  let role = text.slice(start, titleEnd).replace(/\s+/g, ' ')
  for (const [short, full] of WORDS.titleExpansions) {
    if (role === short || role.endsWith(` ${short}`))
      role = (role.slice(0, -short.length) + full).trim()
  }
  return role.charAt(0).toUpperCase() + role.slice(1)
}

/** What an apposition after a name makes it: a person (role nouns) or an organisation. */
function appositionKind(
  context: Context,
  end: number,
): { type: 'person'; role: string } | { type: 'organization' } | undefined {
  const after = context.text.slice(end, end + 140)
  if (PATTERNS.whoAfter.test(after)) return { type: 'person', role: '' }
  const match = PATTERNS.apposition.exec(after)
  if (!match?.[1]) return undefined
  const clause = match[1]
  const words = clause.split(/\s+/u).slice(0, 10)
  for (const raw of words) {
    const word = raw.replace(PATTERNS.possessive, '').toLowerCase()
    if (word === 'of' || word === 'at' || word === 'in' || word === 'for') break
    if (WORDS.roleNouns.has(word)) {
      const role = clause.split(/\s+(?:at|in|for|with|who)\s+/u)[0] ?? clause
      return { type: 'person', role: role.charAt(0).toUpperCase() + role.slice(1) }
    }
    if (WORDS.orgAppositives.has(word)) return { type: 'organization' }
  }
  return undefined
}

/** The text before a name ends with a workplace cue: a role noun right before "at", "with" or
 *  "for" ("an analyst at the Oslo-based"), or a verb of working a few words before it ("now
 *  advises companies at", "works for"). */
function isWorkplace(before: string): boolean {
  const noun = PATTERNS.workplaceBefore.exec(before)?.[1]?.toLowerCase()
  if (noun !== undefined && WORDS.roleNouns.has(noun)) return true
  const lead = PATTERNS.workVerbBefore.exec(before)?.[1]?.toLowerCase() ?? ''
  return lead.split(' ').some((word) => WORK_VERBS.has(word))
}

/** A person named at the start of a sentence by two or three words, then a long apposition and
 *  a verb of saying: "Caspar Vell, a former trade negotiator who now advises companies at
 *  Ashgrove Strategies, said …". Returns the role (the apposition's head), or undefined when
 *  the pattern does not hold or the head names an organisation ("…, a Bishkek trading
 *  company, said"). */
function longAppositionRole(context: Context, words: readonly Word[]): string | undefined {
  const first = words[0] as Word
  const last = words[words.length - 1] as Word
  if (words.length > 3 || !isPersonName(words)) return undefined
  const { text } = context
  if (!PATTERNS.sentenceEndBefore.test(text.slice(Math.max(0, first.start - 2), first.start)))
    return undefined
  const clause = PATTERNS.longApposition.exec(text.slice(last.end, last.end + 220))?.[1]
  if (clause === undefined) return undefined
  const head = (clause.split(PATTERNS.appositionHeadEnd)[0] ?? clause).trim()
  const headWords = head.split(/\s+/u).map((w) => w.replace(PATTERNS.possessive, ''))
  const isOrg = headWords.some(
    (w) => WORDS.orgAppositives.has(w.toLowerCase()) || WORDS.orgSuffixes.has(w),
  )
  // A head of capitalised words only ("…, the Astana unit …" aside) says nothing of a person.
  if (isOrg || !headWords.some((w) => /^\p{Ll}{3}/u.test(w))) return undefined
  return head.charAt(0).toUpperCase() + head.slice(1)
}

/** Does the lower-cased text before a name end with one of the phrases (and a space)? */
function endsWithPhrase(lowerBefore: string, phrases: readonly string[]): boolean {
  if (!lowerBefore.endsWith(' ')) return false
  const trimmed = lowerBefore.slice(0, -1)
  return phrases.some(
    (phrase) =>
      trimmed.endsWith(phrase) &&
      (trimmed.length === phrase.length || trimmed[trimmed.length - phrase.length - 1] === ' '),
  )
}

function countryOfMention(
  context: Context,
  mention: ResolvedMention | undefined,
): CountryCode | undefined {
  if (!mention) return undefined
  if (mention.entityId.startsWith('country:')) return mention.entityId.slice('country:'.length)
  const entry = context.reference.get(mention.entityId)
  const country = entry?.type === 'place' ? entry.country : undefined
  return typeof country === 'string' ? country : undefined
}

/** A place's country from the words around it: "Kyrgyzstan's Chuy region", "Qaratau, Kazakhstan",
 *  "in the Chui oblast's Kemin district", "the X district of the Sughd region". */
function placeCountry(context: Context, start: number, end: number): CountryCode | undefined {
  const { text, knownAt, known } = context
  const before = text.slice(Math.max(0, start - 4), start)
  const beforeAt = /['’]s\s$/u.test(before) ? start - 4 : -1
  if (beforeAt >= 0) {
    const found = countryOfMention(context, known[(knownAt[beforeAt] ?? 0) - 1])
    if (found) return found
  }
  const after = /^(?:,\s+|\s+(?:in|of)\s+(?:the\s+)?)/u.exec(text.slice(end, end + 12))
  if (after) return countryOfMention(context, known[(knownAt[end + after[0].length] ?? 0) - 1])
  return undefined
}

/** Classifies each span by the words in and around it; see the list in `findNames`. */
function findSpanCandidates(context: Context): Candidate[] {
  const { text, tokens } = context
  const found: Candidate[] = []
  for (const words of findSpans(context)) {
    const first = words[0] as Word
    const last = words[words.length - 1] as Word
    if (isHeading(context, first.start)) continue
    const before = text.slice(Math.max(0, first.start - 60), first.start)
    const lowerBefore = before.toLowerCase()
    const after = text.slice(last.end, last.end + 80)
    // Credits are not entities (CONVENTIONS.md): "(Meridian Wire)", "/PRLine Global/", "© Zorvath".
    if (PATTERNS.creditBefore.test(before) && PATTERNS.creditAfter.test(after)) continue
    if (PATTERNS.copyrightBefore.test(before)) continue

    // 1. A title inside the span or right before it: "Deputy Minister Jane Doe", "analyst Jane Doe".
    let titleAt: number | undefined
    for (let k = words.length - 2; k >= 0 && titleAt === undefined; k--) {
      const start = titleEndingAt(context, (words[k] as Word).index, first.index)
      if (start !== undefined) titleAt = k
    }
    if (titleAt !== undefined) {
      const name = words.slice(titleAt + 1)
      const titleLast = words[titleAt] as Word
      // The capitalised words before the title qualify it: "Treasury Secretary", "Zorvath CEO".
      if (isPersonName(name)) {
        found.push(personOf(context, name, roleFrom(context, first.start, titleLast.end)))
      }
      continue
    }
    const titleBefore = first.index > 0 ? titleEndingAt(context, first.index - 1, 0) : undefined
    if (titleBefore !== undefined && isPersonName(words)) {
      const titleEnd = (tokens[first.index - 1] as Token).end
      found.push(
        personOf(context, words, roleFrom(context, (tokens[titleBefore] as Token).start, titleEnd)),
      )
      continue
    }

    const lastText = last.text.replace(/\.$/u, '')
    const name = spanText(context, words)
    // 2. Company suffixes and government heads: "Zorvath Capital", "Ministry of Mining".
    const isOrgBySuffix = words.length >= 2 && WORDS.orgSuffixes.has(lastText)
    const isOrgByHead = words.some(
      (word, k) =>
        k + 2 < words.length &&
        words[k + 1]?.text === 'of' &&
        (WORDS.orgHeads.has(word.text) || WORDS.orgSuffixes.has(word.text)),
    )
    if (isOrgBySuffix || isOrgByHead) {
      found.push(withPlaceBefore(context, orgOf(context, words, name), isOrgBySuffix))
      continue
    }
    // 3. Named programmes and laws: "the Qaratau Minerals Act of 2024", "the Steppe Initiative".
    if (words.length >= 2 && WORDS.initiativeHeads.has(lastText)) {
      const year = PATTERNS.yearAfter.exec(after)
      const end = year ? last.end + year[0].length : last.end
      found.push({
        type: 'initiative',
        name: text.slice(first.start, end),
        start: first.start,
        end,
      })
      continue
    }
    // 4. Places by a head word: "Qaratau Region", "the Qaratau deposit", "the Qaratau antimony plant".
    const place = placeByHead(context, words)
    if (place) {
      found.push(place)
      continue
    }
    // 5. An apposition or ", who": "Jane Doe, an analyst at …", "Zorvath Metals, a German processor".
    const apposition = appositionKind(context, last.end)
    if (apposition?.type === 'person' && isPersonName(words)) {
      found.push(personOf(context, words, apposition.role))
      continue
    }
    if (apposition?.type === 'organization' && !isPersonName(words)) {
      found.push(orgOf(context, words, name))
      continue
    }
    // 5b. A sentence opening with a name and a long apposition, then a verb of saying:
    //     "Caspar Vell, a former trade negotiator who now advises companies at …, said".
    const role = longAppositionRole(context, words)
    if (role !== undefined) {
      found.push(personOf(context, words, role))
      continue
    }
    // 6. A role clause before, ending in a comma: "Kazakhstan's Vice Minister of Trade, Jane Doe,".
    if (PATTERNS.commaBefore.test(before) && after.startsWith(',') && isPersonName(words)) {
      const clause = before.slice(before.lastIndexOf('.') + 1)
      const hasTitle = clause.split(/[\s,]+/u).some((word) => WORDS.titles.has(titleKey(word)))
      if (hasTitle) {
        found.push(personOf(context, words))
        continue
      }
    }
    // 7. A workplace ("an analyst at Zorvath Metals", "advises companies at Ashgrove
    //    Strategies") is an organisation, even when a verb of saying follows it.
    if (isWorkplace(before)) {
      found.push(orgOf(context, words, name))
      continue
    }
    // 8. Verbs of saying: "said Jane Doe", "Jane Doe told reporters"; a one-word source is media.
    const isSpeech = PATTERNS.speechBefore.test(before) || PATTERNS.speechAfter.test(after)
    if (isSpeech && isPersonName(words)) {
      found.push(personOf(context, words))
      continue
    }
    if (/according to\s+$/iu.test(before) && words.length === 1) {
      found.push(orgOf(context, words, name))
      continue
    }
    // 9. Descriptors before ("trading house Zorvath Shoji") or after ("the X and Y joint
    //    ventures").
    if (endsWithPhrase(lowerBefore, WORDS.orgDescriptors)) {
      found.push(orgOf(context, words, name))
      continue
    }
    const afterLower = after.toLowerCase()
    if (
      WORDS.orgAfter.some(
        (noun) => afterLower.startsWith(` ${noun} `) || afterLower.startsWith(` ${noun}.`),
      )
    ) {
      for (const part of splitOnAnd(words))
        found.push(orgOf(context, part, spanText(context, part)))
      // "the Semizbay-U and Ortalyk joint ventures": the name before "and" is one too.
      const partner = PATTERNS.partnerBefore.exec(before)
      const partnerStart = first.start - (partner?.[0].length ?? 0)
      if (partner?.[1] && !context.knownAt[partnerStart]) {
        const end = partnerStart + partner[1].length
        found.push({ type: 'organization', name: partner[1], start: partnerStart, end })
      }
      continue
    }
    // 10. Location cues: "prices in Rotterdam", "visited Ulsan", "the capital, Luanda".
    const isCuedPlace =
      words.length <= MAX_CUED_PLACE_WORDS &&
      !words.some((word) => WORDS.notNames.has(word.text) || WORDS.orgSuffixes.has(word.text)) &&
      !/^\s+\p{Lu}/u.test(after) &&
      (endsWithPhrase(lowerBefore.slice(lowerBefore.lastIndexOf('\n') + 1), WORDS.locationCues) ||
        isCoordinatedWithPlace(context, first.start))
    if (isCuedPlace) {
      found.push({
        type: 'place',
        name,
        start: first.start,
        end: last.end,
        ...countryField(placeCountry(context, first.start, last.end)),
      })
    }
  }
  // "Denver-based": the token before "-based" names a place.
  for (const token of tokens) {
    const match = PATTERNS.based.exec(token.text)
    if (!match?.[1] || knownMentionAt(context, token)) continue
    if (WORDS.notNames.has(match[1])) continue
    found.push({
      type: 'place',
      name: match[1],
      start: token.start,
      end: token.start + match[1].length,
    })
  }
  return found
}

/** "to Busan and Ulsan": a name joined by "and" to a known city is a place too. */
function isCoordinatedWithPlace(context: Context, start: number): boolean {
  const and = / and $/u.exec(context.text.slice(Math.max(0, start - 5), start))
  if (!and) return false
  const mention = context.known[(context.knownAt[start - and[0].length - 1] ?? 0) - 1]
  if (!mention || mention.end !== start - and[0].length) return false
  const entry = context.reference.get(mention.entityId)
  return entry?.type === 'place' && SETTLEMENTS.has(entry.category ?? '')
}

/** A place right before a company's name belongs to the name (CONVENTIONS.md: "The Astana
 *  Times"): "Qaratau International Affairs Circle" is one organisation. */
function withPlaceBefore(context: Context, candidate: Candidate, isBySuffix: boolean): Candidate {
  const { text } = context
  const owner = context.known[(context.knownAt[candidate.start - 2] ?? 0) - 1]
  const isPlace =
    isBySuffix &&
    owner !== undefined &&
    owner.end === candidate.start - 1 &&
    text[owner.end] === ' ' &&
    owner.kind !== 'demonym' &&
    (owner.entityId.startsWith('place:') || owner.entityId.startsWith('country:'))
  if (!isPlace) return candidate
  return { ...candidate, start: owner.start, name: text.slice(owner.start, candidate.end) }
}

function countryField(country: CountryCode | undefined): { country?: CountryCode } {
  return country === undefined ? {} : { country }
}

function splitOnAnd(words: readonly Word[]): Word[][] {
  const parts: Word[][] = [[]]
  for (const word of words) {
    if (word.text === 'and') parts.push([])
    else parts[parts.length - 1]?.push(word)
  }
  return parts.filter((part) => part.length > 0)
}

function personOf(context: Context, words: readonly Word[], role?: string): Candidate {
  const first = words[0] as Word
  const last = words[words.length - 1] as Word
  const name = spanText(context, words)
  return { type: 'person', name, start: first.start, end: last.end, ...(role ? { role } : {}) }
}

/** Government bodies named after their state's possessive get the state in their canonical
 *  name: "China's Ministry of Commerce" is the Ministry of Commerce of China. */
function orgOf(context: Context, words: readonly Word[], name: string): Candidate {
  const first = words[0] as Word
  const last = words[words.length - 1] as Word
  let canonical = name
  const isGovernment = WORDS.orgHeads.has(first.text) || WORDS.orgHeads.has(last.text)
  const before = context.text.slice(Math.max(0, first.start - 4), first.start)
  if (isGovernment && /['’]s\s$/u.test(before)) {
    const owner = context.known[(context.knownAt[first.start - 4] ?? 0) - 1]
    const entry = owner?.entityId.startsWith('country:')
      ? context.reference.get(owner.entityId)
      : undefined
    if (entry && !name.includes(entry.name)) canonical = `${name} of ${entry.name}`
  }
  return { type: 'organization', name: canonical, start: first.start, end: last.end }
}

/** A place named by a head word in the span ("Qaratau Region", "Zorvath Arena") or right after
 *  it ("the Qaratau deposit", "the Qaratau antimony plant", "Chuy oblast"). */
function placeByHead(context: Context, words: readonly Word[]): Candidate | undefined {
  const { text } = context
  const first = words[0] as Word
  const last = words[words.length - 1] as Word
  const country = (end: number) => countryField(placeCountry(context, first.start, end))
  if (words.length >= 2 && WORDS.placeSuffixes.has(last.text)) {
    return {
      type: 'place',
      name: spanText(context, words),
      start: first.start,
      end: last.end,
      ...country(last.end),
    }
  }
  if (last.isPossessive) return undefined
  const rest = text.slice(last.end, last.end + 80)
  const next = /^ ([\p{Ll}-]+)\b/u.exec(rest)
  if (next?.[1] && WORDS.regionHeads.has(next[1])) {
    const end = last.end + next[0].length
    const head = next[1] === 'oblast' || next[1] === 'oblys' ? 'Region' : titleCase(next[1])
    return {
      type: 'place',
      name: `${spanText(context, words)} ${head}`,
      start: first.start,
      end,
      ...country(end),
    }
  }
  const site = WORDS.siteHeads.find((head) => SITE_PATTERNS.get(head)?.test(rest))
  if (site !== undefined) {
    const between = rest.slice(0, rest.indexOf(site)).trim().split(/\s+/u).filter(Boolean)
    if (between.every((word) => isFacilityWord(context, word, last.end))) {
      const headEnd = last.end + rest.indexOf(site) + site.length
      return {
        type: 'place',
        name: spanText(context, words),
        start: first.start,
        end: last.end,
        ...countryField(
          placeCountry(context, first.start, last.end) ??
            placeCountry(context, first.start, headEnd),
        ),
      }
    }
  }
  for (let n = 0; n <= MAX_FACILITY_WORDS; n++) {
    const match = FACILITY_PATTERNS[n]?.exec(rest)
    if (!match?.[2]) break
    if (!WORDS.facilityHeads.has(match[2])) continue
    const between = (match[1] ?? '').trim().split(/\s+/u).filter(Boolean)
    if (!between.every((word) => isFacilityWord(context, word, last.end))) break
    const end = last.end + match[0].length
    return {
      type: 'place',
      name: text.slice(first.start, end),
      start: first.start,
      end,
      ...country(end),
    }
  }
  return undefined
}

function isFacilityWord(context: Context, word: string, near: number): boolean {
  if (WORDS.facilityWords.has(word)) return true
  const at = context.text.indexOf(word, near)
  const mention = context.known[(context.knownAt[at] ?? 0) - 1]
  return mention?.entityId.startsWith('mineral:') ?? false
}

/** Datelines name places ("KYZYL-JYLDYZ, Kyrgyzstan —"), CONVENTIONS.md; known ones are the
 *  gazetteer's. */
function findDatelines(context: Context): Candidate[] {
  const { text } = context
  const found: Candidate[] = []
  const line = PATTERNS.line
  line.lastIndex = 0
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const dateline = PATTERNS.dateline.exec(match[0])
    if (!dateline?.[1]) continue
    const start = match.index
    const end = start + dateline[1].length
    if (context.knownAt[start] || dateline[1].length < 3) continue
    const name = dateline[1]
      .toLowerCase()
      .replace(
        /(^|[\s-])(\p{Ll})/gu,
        (_all, lead: string, char: string) => lead + char.toUpperCase(),
      )
    found.push({
      type: 'place',
      name,
      start,
      end,
      ...countryField(placeCountry(context, start, end)),
    })
  }
  return found
}

/** Reads a lower-case list after a trigger: "gallium, germanium and antimony". */
function readList(text: string, from: number): number {
  let end = from
  let count = 0
  for (;;) {
    const match = PATTERNS.listWord.exec(text.slice(end, end + 60))
    if (!match?.[2] || LIST_STOP.has(match[2]) || count >= MAX_LIST_WORDS) break
    if (count === 0 && match[1]) break
    end += match[0].length
    count++
  }
  return count > 0 ? end : from
}

/** Export bans, quotas and controls (CONVENTIONS.md: regulatory measures are initiatives), and
 *  named treaties written in lower case. One entity per kind of measure in an article: a second
 *  "ban on exports of …" is the same ban restated. */
function findMeasures(context: Context): Candidate[] {
  const { text } = context
  const found: Candidate[] = []
  const measure = PATTERNS.measure
  measure.lastIndex = 0
  for (let match = measure.exec(text); match; match = measure.exec(text)) {
    const start = match.index
    let end = start + match[0].length
    if (match[3]) {
      const listEnd = readList(text, end)
      if (listEnd === end) continue
      end = listEnd
      const to = /^\s+to\s+(?:the\s+)?/u.exec(text.slice(end, end + 12))
      if (to) {
        const destination = context.known[(context.knownAt[end + to[0].length] ?? 0) - 1]
        if (destination?.entityId.startsWith('country:')) end = destination.end
      }
    }
    found.push({ type: 'initiative', name: measureName(context, start, end), start, end })
  }
  const treaty = PATTERNS.treaty
  treaty.lastIndex = 0
  for (let match = treaty.exec(text); match; match = treaty.exec(text)) {
    const start = match.index
    const end = readList(text, start + match[0].length)
    if (end === start + match[0].length) continue
    const name = text
      .slice(start, end)
      .split(' ')
      .map((word) => (/^(?:on|of|and|the)$/u.test(word) ? word : titleCase(word)))
      .join(' ')
    found.push({ type: 'initiative', name, start, end })
  }
  return found
}

/** "Chinese export controls on tungsten": the measure with the state that imposes it (the last
 *  country named before it in the sentence) and, for bare "export controls", the mineral. */
function measureName(context: Context, start: number, end: number): string {
  const { text, known, reference } = context
  const phrase = text.slice(start, end)
  const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1
  const inSentence = known.filter(
    (mention) => mention.start >= sentenceStart && mention.start < start,
  )
  const state = [...inSentence].reverse().find((mention) => mention.entityId.startsWith('country:'))
  const demonym = state ? reference.get(state.entityId)?.demonyms?.[0] : undefined
  let name = demonym ? `${demonym} ${phrase}` : phrase
  if (!phrase.includes(' of ')) {
    const sentenceEnd = text.indexOf('.', end)
    const mineral = known.find(
      (mention) =>
        mention.entityId.startsWith('mineral:') &&
        mention.start >= sentenceStart &&
        (sentenceEnd < 0 || mention.start < sentenceEnd),
    )
    const mineralName = mineral ? reference.get(mineral.entityId)?.name : undefined
    if (mineralName) name = `${name} on ${mineralName}`
  }
  return name
}

interface Form {
  id: EntityId
  /** A full form beats a short one when both read the same. */
  isFull: boolean
}

/**
 * Candidates become entities, keyed by the slug of their name (a measure by its kind), and every
 * other occurrence of a full name, surname or short form links to them ("Sadykova",
 * "Zorvath" after "Zorvath Capital"). A form two entities share links to neither.
 */
function linkCandidates(
  context: Context,
  candidates: readonly Candidate[],
): Omit<NameFindings, 'roles'> {
  const { text, tokens } = context
  const entities = new Map<EntityId, FoundEntity>()
  const mentions: ResolvedMention[] = []
  const taken = new Uint8Array(text.length + 1)
  const claim = (id: EntityId, start: number, end: number, kind: ResolvedMention['kind']): void => {
    if (taken.subarray(start, end).some((x) => x === 1)) return
    taken.fill(1, start, end)
    mentions.push({ entityId: id, start, end, text: text.slice(start, end), kind })
  }
  const measureIds = new Map<string, EntityId>()
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)
  for (const candidate of sorted) {
    let id = `${candidate.type}:${slugOf(candidate.name)}`
    if (candidate.type === 'initiative') {
      const kind = /\b(ban|quota|controls|restrictions|embargo)\b/iu
        .exec(candidate.name)?.[1]
        ?.toLowerCase()
      if (kind) {
        id = measureIds.get(kind) ?? id
        measureIds.set(kind, id)
      }
    }
    if (slugOf(candidate.name) === '') continue
    const existing = entities.get(id)
    if (!existing) {
      entities.set(id, {
        id,
        type: candidate.type,
        name: candidate.name,
        ...(candidate.role ? { role: candidate.role } : {}),
        ...(candidate.country ? { country: candidate.country } : {}),
      })
    } else if (!existing.role && candidate.role) {
      existing.role = candidate.role
    }
    claim(id, candidate.start, candidate.end, 'name')
  }

  // The forms to look for again: full names as written, surnames, org names without suffixes.
  const forms = new Map<string, Form | null>()
  const addForm = (form: string, id: EntityId, isFull: boolean): void => {
    if (form === '' || WORDS.notNames.has(form)) return
    const seen = forms.get(form)
    if (seen === undefined || (isFull && seen !== null && !seen.isFull))
      forms.set(form, { id, isFull })
    else if (seen !== null && seen.id !== id && seen.isFull === isFull) forms.set(form, null)
  }
  for (const mention of mentions) addForm(mention.text, mention.entityId, true)
  for (const entity of entities.values()) {
    const words = entity.name.split(' ')
    if (entity.type === 'person') {
      addForm(words[words.length - 1] ?? '', entity.id, false)
    } else if (entity.type === 'organization') {
      while (
        words.length > 1 &&
        WORDS.orgSuffixes.has((words[words.length - 1] ?? '').replace(/\.$/u, ''))
      )
        words.pop()
      addForm(words.join(' '), entity.id, false)
      const head = words[0] ?? ''
      if (head.length >= MIN_SHORT_FORM_LENGTH && !WORDS.orgHeads.has(head))
        addForm(head, entity.id, false)
    }
  }
  // Forms by their first word, longest first, so each token tries only its own.
  const byFirstWord = new Map<string, [string, Form][]>()
  for (const [surface, form] of forms) {
    if (form === null) continue
    const first = PATTERNS.firstWord.exec(surface)?.[0] ?? surface
    const list = byFirstWord.get(first) ?? []
    list.push([surface, form])
    byFirstWord.set(first, list)
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b[0].length - a[0].length)
  for (const token of tokens) {
    if (token.kind !== 'word' || !PATTERNS.capital.test(token.text) || taken[token.start]) continue
    if (knownMentionAt(context, token)) continue
    const bare = token.text.replace(PATTERNS.possessive, '')
    for (const [surface, form] of byFirstWord.get(bare) ?? []) {
      const end = token.start + surface.length
      if (!text.startsWith(surface, token.start) || PATTERNS.wordGoesOn.test(text[end] ?? ''))
        continue
      if (
        PATTERNS.possessive.test(text.slice(end, end + 2)) &&
        PATTERNS.wordGoesOn.test(text[end + 2] ?? '')
      )
        continue
      // A short form followed by more capitalised words is part of a longer, different name.
      if (!form.isFull && PATTERNS.capitalGoesOn.test(text.slice(end, end + 2))) continue
      claim(form.id, token.start, end, form.isFull ? 'name' : 'short-form')
      break
    }
  }
  linkTheCompany(context, entities, mentions, claim)
  return { entities: [...entities.values()], mentions }
}

/** "the company" stands for a company only when the article has exactly one organisation in
 *  play; with two or more, guessing would mislink as often as not. */
function linkTheCompany(
  context: Context,
  entities: ReadonlyMap<EntityId, FoundEntity>,
  mentions: readonly ResolvedMention[],
  claim: (id: EntityId, start: number, end: number, kind: ResolvedMention['kind']) => void,
): void {
  const orgs = new Set<EntityId>()
  for (const mention of [...context.known, ...mentions]) {
    const isOrg =
      mention.entityId.startsWith('organization:') &&
      (entities.has(mention.entityId) ||
        context.reference.get(mention.entityId)?.category !== 'government')
    if (isOrg) orgs.add(mention.entityId)
  }
  const [only] = orgs
  if (orgs.size !== 1 || only === undefined) return
  const first = Math.min(
    ...[...context.known, ...mentions].filter((m) => m.entityId === only).map((m) => m.start),
  )
  const pattern = PATTERNS.theCompany
  pattern.lastIndex = 0
  for (let match = pattern.exec(context.text); match; match = pattern.exec(context.text)) {
    if (match.index > first && !context.knownAt[match.index])
      claim(only, match.index, match.index + match[0].length, 'anaphor')
  }
}
