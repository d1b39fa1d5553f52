import type { Token } from '../../text/index.js'
import type { Candidate } from './candidate.js'
import { capitalise } from './name-text.js'
import { PATTERNS, type Context } from './context.js'
import { edgesOf, spanText, type Span, type Word } from './spans.js'
import { pluralTitleOfList, roleFrom, titleEndingAt } from './titles.js'
import {
  isHeadOrTitleWord,
  isHyphenedParticle,
  isInitial,
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
  sentenceEnd: /^\.(?:\s|$)/u,
  /** What opens a role clause but is no part of the role: "said the", "according to a". */
  roleLead: /^(?:(?:said|says|according to|told|added|noted)\s+)?(?:(?:the|a|an)\s+)?/iu,
  /** A common noun's possessive opening a role: "company's". */
  commonOwner: /^\p{Ll}+['’]s\s+/u,
} as const

export function isPersonName(words: readonly Word[]): boolean {
  if (words.length < MIN_PERSON_WORDS || words.length > MAX_PERSON_WORDS) return false
  const { first, last } = edgesOf(words)
  // "Omar al-Rashid" ends in a hyphened particle; "A. J. Brandt" opens with initials.
  if (!PATTERNS.capital.test(first.text) || isInitial(last.text)) return false
  if (!PATTERNS.capital.test(last.text) && !isHyphenedParticle(last.text)) return false
  if (words.every((word) => isInitial(word.text) || WORDS.particles.has(word.text))) return false
  return words.every(
    (word, k) =>
      (k > 0 && isHyphenedParticle(word.text)) ||
      (k < words.length - 1 && isInitial(word.text)) ||
      ((WORDS.particles.has(word.text) || PATTERNS.capital.test(word.text)) &&
        PEOPLE_PATTERNS.lowercase.test(word.text) &&
        !PEOPLE_PATTERNS.digit.test(word.text) &&
        !WORDS.notNames.has(word.text) &&
        !isHeadOrTitleWord(word.text) &&
        word.text !== 'of' &&
        word.text !== 'and' &&
        word.text !== 'for'),
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
    // The title may open before the span, on a word the span drops ("Deputy Prime Minister").
    const titleStart = titleEndingAt(context, (words[k] as Word).index, 0)
    if (titleStart === undefined) continue
    const name = words.slice(k + 1)
    // A plural title is weaker: "the House of Representatives Foreign Affairs Committee".
    if (!isPersonName(name)) return isPluralTitleWord(words[k] as Word) ? undefined : []
    // The capitalised words before the title qualify it: "Treasury Secretary", "Zorvath CEO".
    const roleStart = Math.min(first.start, (context.tokens[titleStart] as Token).start)
    return [personOf(context, name, roleFrom(context, roleStart, (words[k] as Word).end))]
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
  // The name ends the apposition (", Jane Doe,") or the sentence (", Jane Doe.").
  const isClosed = after.startsWith(',') || PEOPLE_PATTERNS.sentenceEnd.test(after)
  if (!PEOPLE_PATTERNS.commaBefore.test(before) || !isClosed || !isPersonName(words))
    return undefined
  const clause = before.slice(before.lastIndexOf('.') + 1)
  // Single-word titles ("minister") and two-word ones ("chief executive").
  const clauseWords = clause.split(PEOPLE_PATTERNS.clauseWordBreak)
  const hasTitle = clauseWords.some(
    (word, k) =>
      WORDS.titles.has(titleKey(word)) ||
      WORDS.titles.has(titleKey(`${word} ${clauseWords[k + 1] ?? ''}`)),
  )
  return hasTitle ? [personOf(context, words, roleOfClause(clause))] : undefined
}

/** At most this many words make a role clause's role ("Uzbekistan's deputy mining minister"). */
const MAX_CLAUSE_ROLE_WORDS = 6

/** The role a clause before a name states: its last comma-separated part without a verb of
 *  saying or an article ("Exports rose, said the company's chief executive, " -> "Company's chief
 *  executive"); none when longer than a role. */
function roleOfClause(clause: string): string | undefined {
  const parts = clause.split(',').map((part) => part.trim())
  const last = parts.filter(Boolean).pop() ?? ''
  // "the company's chief executive" -> "chief executive"; a state's stays ("Uzbekistan's").
  const role = last.replace(PEOPLE_PATTERNS.roleLead, '').replace(PEOPLE_PATTERNS.commonOwner, '')
  const count = role.split(' ').length
  return role === '' || count > MAX_CLAUSE_ROLE_WORDS ? undefined : capitalise(role)
}

/** Verbs of saying: "said Jane Doe", "Jane Doe told reporters". */
export function personBySpeech(context: Context, span: Span): Candidate[] | undefined {
  const { words, before, after } = span
  const isSpeech =
    PEOPLE_PATTERNS.speechBefore.test(before) || PEOPLE_PATTERNS.speechAfter.test(after)
  return isSpeech && isPersonName(words) ? [personOf(context, words)] : undefined
}

/** "Mr Amanov", "Ms. Karimova", "Dr Serikova": an honorific, then one capitalised word. */
const HONORIFIC_SURNAME = /\b(?:Mr|Mrs|Ms|Dr)\.? (\p{Lu}[\p{L}’'-]+)(?![\p{L}-]| \p{Lu})/gu

/** The surnames an article writes after an honorific, found once per text. */
const HONORIFIC_SURNAMES = new WeakMap<Context, Set<string>>()

function honorificSurnames(context: Context): Set<string> {
  let surnames = HONORIFIC_SURNAMES.get(context)
  if (surnames === undefined) {
    surnames = new Set<string>()
    for (const match of context.text.matchAll(HONORIFIC_SURNAME))
      if (match[1] && !WORDS.notNames.has(match[1])) surnames.add(match[1])
    HONORIFIC_SURNAMES.set(context, surnames)
  }
  return surnames
}

/** A full name whose surname the article writes after an honorific elsewhere ("Bolat Amanov …
 *  Mr Amanov said") is a person's: news writers give "Mr" and "Ms" to people only. */
export function personByHonorificSurname(context: Context, span: Span): Candidate[] | undefined {
  const { words, last } = span
  if (!isPersonName(words) || !honorificSurnames(context).has(last.text)) return undefined
  return [personOf(context, words)]
}
