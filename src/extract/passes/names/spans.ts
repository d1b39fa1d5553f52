import type { Token } from '../../text/index.js'
import { knownMentionAt, PATTERNS, type Context } from './context.js'
import { withoutPeriod } from './name-text.js'
import { isHeadOrTitleWord, titleKey, WORDS } from './word-lists.js'

/** One word of a span, with offsets into the article's text. */
export interface Word {
  /** Token index in `tokens`. */
  index: number
  start: number
  /** End without a possessive "'s". */
  end: number
  text: string
  isPossessive: boolean
}

/** A span of capitalised words with the text around it, as the classifying steps read it. */
export interface Span {
  words: readonly Word[]
  first: Word
  last: Word
  /** The span's text, "Zorvath Capital". */
  name: string
  /** Up to 60 chars before the span, and the same lower-cased. */
  before: string
  lowerBefore: string
  /** Up to 80 chars after the span. */
  after: string
}

const SPAN_PATTERNS = {
  space: /^ $/u,
} as const

export function spanOf(context: Context, words: readonly Word[]): Span {
  const { first, last } = edgesOf(words)
  const before = context.text.slice(Math.max(0, first.start - 60), first.start)
  return {
    words,
    first,
    last,
    name: spanText(context, words),
    before,
    lowerBefore: before.toLowerCase(),
    after: context.text.slice(last.end, last.end + 80),
  }
}

/** The first and last word of a span that is never empty. */
export function edgesOf(words: readonly Word[]): { first: Word; last: Word } {
  return { first: words[0] as Word, last: words[words.length - 1] as Word }
}

export function spanText(context: Context, words: readonly Word[]): string {
  const { first, last } = edgesOf(words)
  return context.text.slice(first.start, last.end)
}

/** "Semizbay-U and Ortalyk" -> "Semizbay-U", "Ortalyk". */
export function splitOnAnd(words: readonly Word[]): Word[][] {
  const parts: Word[][] = [[]]
  for (const word of words) {
    if (word.text === 'and') parts.push([])
    else parts[parts.length - 1]?.push(word)
  }
  return parts.filter((part) => part.length > 0)
}

/** Does the lower-cased text before a name end with one of the phrases (and a space)? */
export function endsWithPhrase(lowerBefore: string, phrases: readonly string[]): boolean {
  if (!lowerBefore.endsWith(' ')) return false
  const trimmed = lowerBefore.slice(0, -1)
  return phrases.some(
    (phrase) =>
      trimmed.endsWith(phrase) &&
      (trimmed.length === phrase.length || trimmed[trimmed.length - phrase.length - 1] === ' '),
  )
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

/**
 * Runs of capitalised words, joined by single spaces, with "of", "&", name particles and (after
 * an "of": "Ministry of Industry and Construction") "and" inside. A possessive, a known
 * mention, a comma or a line break ends a run; opening words ("The", "On") are dropped.
 */
export function findSpans(context: Context): Word[][] {
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
      // Abbreviations whose period belongs to them ("Inc.", "Sen."): the span runs through it.
      if (next.text === '.' && next.start === last.end && WORDS.abbreviated.has(last.text)) {
        const previous = words[words.length - 1] as Word
        words[words.length - 1] = { ...previous, end: next.end, text: previous.text + '.' }
        last = next
        j++
        // "Zorvath Corp. The deal…": a company suffix's period may end the sentence too.
        if (!WORDS.titles.has(titleKey(previous.text))) break
        continue
      }
      if (!SPAN_PATTERNS.space.test(text.slice(last.end, next.start))) break
      if (isNameWord(context, next) || isMineralInName(context, next)) {
        words.push(toWord(next, j))
        last = next
        j++
        continue
      }
      // "of" joins only after a word that takes it in a name ("Ministry of", "Bank of",
      // "Minister of", "Institute of"), not "Shares of Zorvath" or "Jane Doe of the Institute".
      const takesOf = isHeadOrTitleWord(withoutPeriod((words[words.length - 1] as Word).text))
      const isConnector =
        (next.text === 'of' && takesOf) ||
        next.text === '&' ||
        WORDS.particles.has(next.text) ||
        (next.text === 'and' && hasOf) ||
        (next.text === 'the' && words[words.length - 1]?.text === 'of')
      const after = tokens[j + 1]
      if (!isConnector || !after || !SPAN_PATTERNS.space.test(text.slice(next.end, after.start)))
        break
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
