import type { Token } from '../../text/index.js'
import {
  isWrittenInsideSentence,
  knownMentionAt,
  opensSentence,
  PATTERNS,
  type Context,
} from './context.js'
import { withoutPeriod } from './name-text.js'
import { isHeadOrTitleWord, isHyphenedParticle, titleKey, WORDS } from './word-lists.js'

/** One word of a span, with offsets into the article's text. */
export interface Word {
  /** Token index in `tokens`. */
  index: number
  start: number
  /** End without a possessive "'s". */
  end: number
  text: string
  isPossessive: boolean
  /** A word of a known body's name that a longer unknown name holds (knownBodyAfter). */
  isKnownPart?: boolean
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
  letter: /^\p{Lu}$/u,
} as const

/** At most this many unknown words may open a name that ends in a known body's name. */
const MAX_WORDS_BEFORE_BODY = 2

/** The token after a known organisation's or programme's name that starts at token j, when the
 *  words before it (one or two capitalised name words, none a notNames or title word) and its
 *  last word (an organisation suffix: "Committee"; a programme's head: "Dialogue") make it part
 *  of one longer name; else j. */
function knownBodyAfter(context: Context, words: readonly Word[], j: number): number {
  const { tokens, text } = context
  const next = tokens[j] as Token
  const mention = knownMentionAt(context, next)
  const isBody =
    mention?.entityId.startsWith('organization:') || mention?.entityId.startsWith('initiative:')
  if (!mention || !isBody || mention.start !== next.start) return j
  // Openers the span drops anyway ("The Tavan Geology Committee") are no part of the name.
  let open = 0
  while (open < words.length && WORDS.notNames.has((words[open] as Word).text)) open++
  const name = words.slice(open)
  if (name.length === 0 || name.length > MAX_WORDS_BEFORE_BODY) return j
  const isNameStart = name.every(
    (word) =>
      !word.isPossessive &&
      PATTERNS.capital.test(word.text) &&
      !WORDS.notNames.has(word.text) &&
      !isHeadOrTitleWord(withoutPeriod(word.text)),
  )
  if (!isNameStart) return j
  // One word opening a sentence ("Now Geology Committee …") is a name only if written so inside
  // a sentence too.
  const only = name.length === 1 ? (name[0] as Word) : undefined
  if (
    only &&
    opensSentence(text, only.start) &&
    !isWrittenInsideSentence(context, only.text, only.start)
  )
    return j
  let end = j
  while (end < tokens.length && (tokens[end] as Token).end <= mention.end) end++
  const lastToken = tokens[end - 1] as Token
  const isHead = mention.entityId.startsWith('organization:')
    ? WORDS.orgSuffixes.has(lastToken.text)
    : WORDS.initiativeHeads.has(lastToken.text)
  if (lastToken.end !== mention.end || !isHead) return j
  // The name ends here: "the Tavan Geology Committee's report" keeps the possessive outside.
  return text.slice(mention.end, mention.end + 1) === ' ' &&
    PATTERNS.capital.test(text.slice(mention.end + 1, mention.end + 2))
    ? j
    : end
}

/** Is token j a single capital letter whose period follows it and then, after a space, a
 *  capitalised word that may go on a name: the initial of "Kel T. Morrow", "A. J. Brandt"? Not
 *  after a programme's or company's word ("Plan B. Tavan agreed"). */
function isInitialAt(context: Context, words: readonly Word[], j: number): boolean {
  const { tokens, text } = context
  const letter = tokens[j - 1] as Token
  const period = tokens[j] as Token | undefined
  const after = tokens[j + 1]
  if (!period || period.text !== '.' || period.start !== letter.end) return false
  if (!SPAN_PATTERNS.letter.test(letter.text) || !after || after.kind !== 'word') return false
  if (text.slice(period.end, after.start) !== ' ' || !PATTERNS.capital.test(after.text))
    return false
  if (WORDS.notNames.has(after.text) || knownMentionAt(context, after)) return false
  const before = words[words.length - 2]?.text ?? ''
  return !(
    WORDS.initiativeHeads.has(before) ||
    WORDS.orgSuffixes.has(before) ||
    WORDS.orgHeads.has(before)
  )
}

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
      // An initial: "Kel T. Morrow" runs through the period of "T.".
      if (isInitialAt(context, words, j)) {
        const previous = words[words.length - 1] as Word
        words[words.length - 1] = { ...previous, end: next.end, text: previous.text + '.' }
        last = next
        j++
        continue
      }
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
      // "Omar al-Rashid": a hyphened particle goes on a name, never opens one.
      const isParticleName = isHyphenedParticle(next.text) && !knownMentionAt(context, next)
      if (isNameWord(context, next) || isMineralInName(context, next) || isParticleName) {
        words.push(toWord(next, j))
        last = next
        j++
        continue
      }
      // "the Tavan Geology Committee": a known body's name after an unknown name word is part
      // of a longer name, not the known body (the span ends with it).
      const absorbed = knownBodyAfter(context, words, j)
      if (absorbed > j) {
        for (let k = j; k < absorbed; k++) {
          words.push({ ...toWord(tokens[k] as Token, k), isKnownPart: true })
        }
        j = absorbed
        break
      }
      // "of" joins only after a word that takes it in a name ("Ministry of", "Bank of",
      // "Minister of", "Institute of"), not "Shares of Zorvath" or "Jane Doe of the Institute".
      const lastWord = withoutPeriod((words[words.length - 1] as Word).text)
      const takesOf = isHeadOrTitleWord(lastWord)
      // "for" joins after an organisation's word: "the Astana Institute for Policy Studies".
      const takesFor = next.text === 'for' && WORDS.orgForHeads.has(lastWord)
      const isConnector =
        (next.text === 'of' && takesOf) ||
        takesFor ||
        next.text === '&' ||
        WORDS.particles.has(next.text) ||
        (next.text === 'and' && hasOf) ||
        (next.text === 'the' && words[words.length - 1]?.text === 'of')
      const after = tokens[j + 1]
      if (!isConnector || !after || !SPAN_PATTERNS.space.test(text.slice(next.end, after.start)))
        break
      if (next.text === 'of' || takesFor) hasOf = true
      words.push(toWord(next, j))
      last = next
      j++
    }
    i = j
    // Trim connectors at the edges and opening words at the start.
    while (
      words.length > 0 &&
      !(words[words.length - 1] as Word).isKnownPart &&
      ((!PATTERNS.capital.test((words[words.length - 1] as Word).text) &&
        !isHyphenedParticle((words[words.length - 1] as Word).text)) ||
        knownMentionAt(context, tokens[(words[words.length - 1] as Word).index] as Token))
    )
      words.pop()
    while (
      words.length > 0 &&
      (WORDS.notNames.has((words[0] as Word).text) ||
        !PATTERNS.capital.test((words[0] as Word).text))
    )
      words.shift()
    // A known body's name left alone at the start is the known body.
    if (words.length > 0 && !(words[0] as Word).isKnownPart) spans.push(words)
  }
  return spans
}
