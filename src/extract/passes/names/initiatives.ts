import type { Candidate } from './candidate.js'
import { knownMentionCovering, type Context } from './context.js'
import { titleCase, withoutPeriod } from './name-text.js'
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
const MAX_LIST_WORDS = 8

const INITIATIVE_PATTERNS = {
  /** Export measures (CONVENTIONS.md: initiatives): 'a ban on exports of antimony'. */
  measure: new RegExp(
    `\\b(?:([Ee]xport)\\s+(bans?|quotas?|controls|restrictions)|(${MEASURE_KINDS})\\s+on\\s+(?:the\\s+)?exports?\\s+of\\s+)`,
    'g',
  ),
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

/** Named programmes and laws: "the Qaratau Minerals Act of 2024", "the Steppe Initiative". */
export function initiativeByHead(context: Context, span: Span): Candidate[] | undefined {
  const { words, first, last, after } = span
  if (words.length < 2 || !WORDS.initiativeHeads.has(withoutPeriod(last.text))) return undefined
  const year = INITIATIVE_PATTERNS.yearAfter.exec(after)
  const end = year ? last.end + year[0].length : last.end
  return [
    { type: 'initiative', name: context.text.slice(first.start, end), start: first.start, end },
  ]
}

/** Reads a lower-case list after a trigger: "gallium, germanium and antimony". */
function readList(text: string, from: number): number {
  let end = from
  let count = 0
  for (;;) {
    const match = INITIATIVE_PATTERNS.listWord.exec(text.slice(end, end + 60))
    if (!match?.[2] || LIST_STOP.has(match[2]) || count >= MAX_LIST_WORDS) break
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
    if (match[3]) {
      const listEnd = readList(text, end)
      if (listEnd === end) continue
      end = listEnd
      const to = INITIATIVE_PATTERNS.destination.exec(text.slice(end, end + 12))
      if (to) {
        const destination = knownMentionCovering(context, end + to[0].length)
        if (destination?.entityId.startsWith('country:')) end = destination.end
      }
    }
    found.push({ type: 'initiative', name: measureName(context, start, end), start, end })
  }
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
