import type { Token } from '../../text/index.js'
import type { Candidate } from './candidate.js'
import { PATTERNS, type Context } from './context.js'
import { edgesOf, spanText, type Span, type Word } from './spans.js'
import { pluralTitleOfList, roleFrom, titleEndingAt } from './titles.js'
import {
  isHeadOrTitleWord,
  singularTitleKey,
  SPEECH_VERB_ALTERNATIVES,
  titleKey,
  WORDS,
} from './word-lists.js'

/** A person's name holds two to four words: "Jane Doe", "Ursula von der Leyen". */
const MIN_PERSON_WORDS = 2
const MAX_PERSON_WORDS = 4

const PEOPLE_PATTERNS = {
  lowercase: /\p{Ll}/u,
  digit: /\d/u,
  /** A name quoted or cited: 'said Aldan Serik', 'according to Aigerim Sadykova'. */
  speechBefore: /\b(?:said|says|told|according to|quoted|quoting|asked)\s+$/i,
  /** After a name: a verb of saying ('Graham Ostrander said'), possibly after a comma. */
  speechAfter: new RegExp(`^,?\\s+(?:${SPEECH_VERB_ALTERNATIVES})\\b`, 'i'),
  /** A preceding apposition ends in a comma: "Kazakhstan's Vice Minister of Trade, Arman…". */
  commaBefore: /,\s$/u,
  clauseWordBreak: /[\s,]+/u,
} as const

export function isPersonName(words: readonly Word[]): boolean {
  if (words.length < MIN_PERSON_WORDS || words.length > MAX_PERSON_WORDS) return false
  const { first, last } = edgesOf(words)
  if (!PATTERNS.capital.test(first.text) || !PATTERNS.capital.test(last.text)) return false
  return words.every(
    (word) =>
      (WORDS.particles.has(word.text) || PATTERNS.capital.test(word.text)) &&
      PEOPLE_PATTERNS.lowercase.test(word.text) &&
      !PEOPLE_PATTERNS.digit.test(word.text) &&
      !WORDS.notNames.has(word.text) &&
      !isHeadOrTitleWord(word.text) &&
      word.text !== 'of' &&
      word.text !== 'and',
  )
}

export function personOf(context: Context, words: readonly Word[], role?: string): Candidate {
  const { first, last } = edgesOf(words)
  const name = spanText(context, words)
  return { type: 'person', name, start: first.start, end: last.end, ...(role ? { role } : {}) }
}

/** A title inside the span: "Deputy Minister Jane Doe", "Treasury Secretary Jane Doe". A span
 *  with a title is settled here, a person's or nobody's. */
export function personByTitleInside(context: Context, span: Span): Candidate[] | undefined {
  const { words, first } = span
  for (let k = words.length - 2; k >= 0; k--) {
    if (titleEndingAt(context, (words[k] as Word).index, first.index) === undefined) continue
    const name = words.slice(k + 1)
    // A plural title is weaker: "the House of Representatives Foreign Affairs Committee".
    if (!isPersonName(name)) return isPluralTitleWord(words[k] as Word) ? undefined : []
    // The capitalised words before the title qualify it: "Treasury Secretary", "Zorvath CEO".
    return [personOf(context, name, roleFrom(context, first.start, (words[k] as Word).end))]
  }
  return undefined
}

function isPluralTitleWord(word: Word): boolean {
  return singularTitleKey(titleKey(word.text)) !== undefined
}

/** A title right before the span: "analyst Jane Doe", "Sen. Jane Doe". */
export function personByTitleBefore(context: Context, span: Span): Candidate[] | undefined {
  const { tokens } = context
  const { words, first } = span
  const titleStart = first.index > 0 ? titleEndingAt(context, first.index - 1, 0) : undefined
  if (titleStart === undefined || !isPersonName(words)) return undefined
  const titleEnd = (tokens[first.index - 1] as Token).end
  return [
    personOf(context, words, roleFrom(context, (tokens[titleStart] as Token).start, titleEnd)),
  ]
}

/** A later name under a plural title: "Senators Dara Kell and Owen Marsh" makes Owen Marsh a
 *  Senator too (the first name has the title right before it). */
export function personInTitledList(context: Context, span: Span): Candidate[] | undefined {
  const { tokens } = context
  const { words, first } = span
  if (!isPersonName(words)) return undefined
  const title = pluralTitleOfList(context, first.index)
  if (title === undefined) return undefined
  const role = roleFrom(
    context,
    (tokens[title.start] as Token).start,
    (tokens[title.end] as Token).end,
  )
  return [personOf(context, words, role)]
}

/** A role clause before, ending in a comma: "Kazakhstan's Vice Minister of Trade, Jane Doe,". */
export function personAfterRoleClause(context: Context, span: Span): Candidate[] | undefined {
  const { words, before, after } = span
  if (!PEOPLE_PATTERNS.commaBefore.test(before) || !after.startsWith(',') || !isPersonName(words))
    return undefined
  const clause = before.slice(before.lastIndexOf('.') + 1)
  const hasTitle = clause
    .split(PEOPLE_PATTERNS.clauseWordBreak)
    .some((word) => WORDS.titles.has(titleKey(word)))
  return hasTitle ? [personOf(context, words)] : undefined
}

/** Verbs of saying: "said Jane Doe", "Jane Doe told reporters". */
export function personBySpeech(context: Context, span: Span): Candidate[] | undefined {
  const { words, before, after } = span
  const isSpeech =
    PEOPLE_PATTERNS.speechBefore.test(before) || PEOPLE_PATTERNS.speechAfter.test(after)
  return isSpeech && isPersonName(words) ? [personOf(context, words)] : undefined
}
