import type { Token } from '../../text/index.js'
import type { Candidate } from './candidate.js'
import { knownMentionAt, knownMentionCovering, PATTERNS, type Context } from './context.js'
import { slugOf, titleCase, withoutPeriod } from './name-text.js'
import type { Span } from './spans.js'
import { WORDS } from './word-lists.js'

/** The kinds of export measure; an article has one entity per kind (see `findMeasures`). */
const MEASURE_KINDS = 'ban|quota|controls|restrictions|embargo'

/** Words that end a lower-case list of measure or treaty words ("… antimony to the United States"). */
const LIST_STOP = new Set(
  'to from with by in at since which that was is are has have will would next last this these its their for under after before on of as its'.split(
    ' ',
  ),
)
/** Verbs, auxiliaries and adverbs that end a measure's name: the name is a noun phrase, so
 *  "a ban on exports of unprocessed tungsten concentrate applies from March" names the ban on
 *  exports of unprocessed tungsten concentrate. */
const LIST_VERBS = new Set(
  'applies apply applied took takes take came comes come covers covered affects affected remains remained became becomes began begins hit hits targets targeted includes included requires required expires expired ends ended lasts lasted starts started entered enters were been being could may might should must can had does did do caused causes forced forces pushed pushes sent sends led leads prompted prompts drove drives sparked sparks triggered triggers followed follows threatens threatened means meant goes went stays stayed runs ran remain also now still already effectively only currently further'.split(
    ' ',
  ),
)
const MAX_LIST_WORDS = 8
/** Verbs of a measure, with the kind each makes: "banned exports of gallium" is a ban,
 *  "restricts the export of graphite" are restrictions. */
const MEASURE_VERBS =
  '(?:([Bb]an(?:s|ned|ning)?|[Pp]rohibit(?:s|ed|ing)?)|([Rr]estrict(?:s|ed|ing)?))'
/** A law's name runs left over at most this many words; these link its words. */
const MAX_LAW_NAME_WORDS = 10
const LAW_NAME_LINKS = new Set(['of', 'and', '&'])
/** A bill number and its name are at most this many chars apart: ", the ", " (". */
const MAX_BILL_LINK = 8

const INITIATIVE_PATTERNS = {
  /** Export measures (CONVENTIONS.md: initiatives): 'a ban on exports of antimony'. */
  measure: new RegExp(
    `\\b(?:([Ee]xport)\\s+(bans?|quotas?|controls|restrictions)|(${MEASURE_KINDS})\\s+on\\s+(?:the\\s+)?exports?\\s+of\\s+|${MEASURE_VERBS}\\s+(?:the\\s+)?exports?\\s+of\\s+)`,
    'g',
  ),
  /** Bill numbers of the U.S. Congress: "S. 1234", "H.R. 567", "H.Res. 12", "S.J.Res. 4" (not
   *  the "S." of "U.S."). */
  billNumber:
    /(?<![\p{L}\p{N}.])(?:H\.\s?R\.|[HS]\.\s?(?:J\.\s?|Con\.\s?)?Res\.|S\.)\s?\d{1,5}(?![\p{L}\p{N}]|[.,]\d)/gu,
  /** Between a bill number and its name, either way round: "S. 1234, the …", "… Act (H.R. 567)". */
  billNameLink: /^(?:,\s+|\s+\(\s*)(?:the\s+)?$/u,
  nameBillLink: /^(?:,\s+|\s+\(\s*)$/u,
  measureKind: new RegExp(`\\b(${MEASURE_KINDS})\\b`, 'iu'),
  /** A lower-case named treaty: 'a treaty on permanent good-neighbourliness, friendship and …'. */
  treaty: /\b([Tt]reaty|[Cc]onvention|[Cc]harter)\s+(?:on|of)\s+/g,
  treatyLinkWord: /^(?:on|of|and|the)$/u,
  listWord: /^(\s*(?:,\s*|\s+and\s+|\s+))?([\p{Ll}\d][\p{Ll}\p{N}-]*)/u,
  /** "… exports of antimony to the United States": the destination of a measure. */
  destination: /^\s+to\s+(?:the\s+)?/u,
  yearAfter: /^\s+of\s+(\d{4})\b/u,
} as const

/** The kind of export measure an initiative's name states ("ban", "quota"), lower-cased. */
export function measureKindOf(name: string): string | undefined {
  return INITIATIVE_PATTERNS.measureKind.exec(name)?.[1]?.toLowerCase()
}

/** Named programmes and laws: "the Qaratau Minerals Act of 2024", "the Steppe Initiative". A
 *  law's name also takes the capitalised words the span left out before it: "the Critical
 *  Minerals Security Act", "the Central Asia Trade Act". */
export function initiativeByHead(context: Context, span: Span): Candidate[] | undefined {
  const { words, first, last, after } = span
  const head = withoutPeriod(last.text)
  if (!WORDS.initiativeHeads.has(head)) return undefined
  const lawStart = WORDS.lawHeads.has(head) ? lawNameStart(context, first.index) : first.index
  if (words.length + first.index - lawStart < 2) return undefined
  const start = (context.tokens[lawStart] as Token).start
  const year = INITIATIVE_PATTERNS.yearAfter.exec(after)
  const end = year ? last.end + year[0].length : last.end
  return [{ type: 'initiative', name: context.text.slice(start, end), start, end }]
}

/** The first token of a law's name that runs left from token `index` over capitalised words a
 *  span leaves out: minerals and places the gazetteer matched ("Critical Minerals"), openers
 *  such as "Central", and "of", "and" or "&" between them. It stops at lower-case words,
 *  possessives, other notNames words, and known countries, people and organisations. */
function lawNameStart(context: Context, index: number): number {
  const { tokens, text } = context
  let first = index
  for (let k = index - 1; k >= 0 && index - k <= MAX_LAW_NAME_WORDS; k--) {
    const token = tokens[k] as Token
    if (token.kind !== 'word' || text.slice(token.end, (tokens[k + 1] as Token).start) !== ' ')
      break
    if (LAW_NAME_LINKS.has(token.text)) continue
    if (!PATTERNS.capital.test(token.text) || PATTERNS.possessive.test(token.text)) break
    if (WORDS.notNames.has(token.text) && !WORDS.lawNameOpeners.has(token.text)) break
    const known = knownMentionAt(context, token)
    if (known && !known.entityId.startsWith('mineral:') && !known.entityId.startsWith('place:'))
      break
    first = k
  }
  return first
}

/** Reads a lower-case list after a trigger: "gallium, germanium and antimony". */
function readList(text: string, from: number): number {
  let end = from
  let count = 0
  for (;;) {
    const match = INITIATIVE_PATTERNS.listWord.exec(text.slice(end, end + 60))
    if (!match?.[2] || LIST_STOP.has(match[2]) || LIST_VERBS.has(match[2])) break
    if (count >= MAX_LIST_WORDS) break
    if (count === 0 && match[1]) break
    end += match[0].length
    count++
  }
  return count > 0 ? end : from
}

/** Export bans, quotas and controls (CONVENTIONS.md: regulatory measures are initiatives), and
 *  named treaties written in lower case. One entity per kind of measure in an article: a second
 *  "ban on exports of …" is the same ban restated (linking merges them). */
export function findMeasures(context: Context): Candidate[] {
  const { text } = context
  const found: Candidate[] = []
  for (const match of text.matchAll(INITIATIVE_PATTERNS.measure)) {
    const start = match.index
    let end = start + match[0].length
    if (match[3] || match[4] || match[5]) {
      const listEnd = readList(text, end)
      if (listEnd === end) continue
      end = listEnd
      const to = INITIATIVE_PATTERNS.destination.exec(text.slice(end, end + 12))
      if (to) {
        const destination = knownMentionCovering(context, end + to[0].length)
        if (destination?.entityId.startsWith('country:')) end = destination.end
      }
    }
    // A verb states the measure as its noun: "banned exports of gallium" is a ban on exports.
    const listStart = start + match[0].length
    const verbKind = match[4] ? 'ban' : match[5] ? 'restrictions' : undefined
    const phrase = verbKind && `${verbKind} on exports of ${text.slice(listStart, end)}`
    found.push({ type: 'initiative', name: measureName(context, start, end, phrase), start, end })
  }
  found.push(...findBillNumbers(context))
  for (const match of text.matchAll(INITIATIVE_PATTERNS.treaty)) {
    const start = match.index
    const end = readList(text, start + match[0].length)
    if (end === start + match[0].length) continue
    const name = text
      .slice(start, end)
      .split(' ')
      .map((word) => (INITIATIVE_PATTERNS.treatyLinkWord.test(word) ? word : titleCase(word)))
      .join(' ')
    found.push({ type: 'initiative', name, start, end })
  }
  return found
}

/** "Chinese export controls on tungsten": the measure with the state that imposes it (the last
 *  country named before it in the sentence) and, for bare "export controls", the mineral. */
function measureName(
  context: Context,
  start: number,
  end: number,
  phrase = context.text.slice(start, end),
): string {
  const { text, known, reference } = context
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

/** Bill numbers ("S. 1234", "H.R. 567") are initiatives: the bill they number. */
function findBillNumbers(context: Context): Candidate[] {
  const found: Candidate[] = []
  for (const match of context.text.matchAll(INITIATIVE_PATTERNS.billNumber)) {
    const start = match.index
    const end = start + match[0].length
    found.push({ type: 'initiative', name: match[0], start, end, isBillNumber: true })
  }
  return found
}

/** A bill number written next to the bill's name ("S. 1234, the Qaratau Minerals Act", "the
 *  Qaratau Minerals Act (H.R. 567)") is that one instrument: the number, there and wherever else
 *  the article writes it, becomes a mention of the named act. */
export function nameBillNumbers(context: Context, candidates: Candidate[]): Candidate[] {
  const { text } = context
  const named = candidates.filter(
    (candidate) => candidate.type === 'initiative' && !candidate.isBillNumber,
  )
  const actOf = new Map<string, string>()
  for (const bill of candidates) {
    if (!bill.isBillNumber) continue
    const act =
      named.find(
        (other) =>
          other.start > bill.end &&
          other.start - bill.end < MAX_BILL_LINK &&
          INITIATIVE_PATTERNS.billNameLink.test(text.slice(bill.end, other.start)),
      ) ??
      named.find(
        (other) =>
          other.end < bill.start &&
          bill.start - other.end < MAX_BILL_LINK &&
          INITIATIVE_PATTERNS.nameBillLink.test(text.slice(other.end, bill.start)),
      )
    const key = slugOf(bill.name)
    if (act && !actOf.has(key)) actOf.set(key, act.name)
  }
  if (actOf.size === 0) return candidates
  return candidates.map((candidate) => {
    const act = candidate.isBillNumber ? actOf.get(slugOf(candidate.name)) : undefined
    return act === undefined ? candidate : { ...candidate, name: act }
  })
}
