import type { Reference } from '../../../reference/index.js'
import { tokenize, type Token } from '../../text/index.js'
import type { ResolvedMention } from '../01-mentions.js'

/** Regular expressions shared by the name modules, built once. */
export const PATTERNS = {
  possessive: /['’]s$/u,
  /** "China's ": a possessive and a space right before a name. */
  possessiveBefore: /['’]s\s$/u,
  capital: /^\p{Lu}/u,
  /** "Denver-based", "Oslo-headquartered": the part before is a place. */
  based: /^(\p{Lu}[\p{L}\p{M}'’-]*?)-(?:based|headquartered)$/u,
  sentenceEndBefore: /(?:^|[.!?\n:;"“‘'—–-]\s?)$/u,
  /** A paragraph that ends without punctuation is a heading (no name guesses there). */
  lineEnd: /[.!?:;"”»)]\s*$/u,
  line: /[^\n]+/gu,
  wordChar: /[\p{L}\p{N}]/u,
  wordCharOrHyphen: /[\p{L}\p{N}-]/u,
} as const

/** An article's text with what pass 1 found in it, and lookups the name modules share. */
export interface Context {
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

export function makeContext(
  text: string,
  known: readonly ResolvedMention[],
  reference: Reference,
): Context {
  const knownAt = new Int32Array(text.length + 1)
  known.forEach((mention, i) => knownAt.fill(i + 1, mention.start, mention.end))
  const headings: boolean[] = []
  const lineOf = new Int32Array(text.length + 1)
  for (const match of text.matchAll(PATTERNS.line)) {
    lineOf.fill(headings.length, match.index, match.index + match[0].length + 1)
    headings.push(!PATTERNS.lineEnd.test(match[0]))
  }
  const tokens = tokenize(text)
  const titleKeys: (string | undefined)[] = new Array<string | undefined>(tokens.length)
  return { text, tokens, knownAt, known, reference, headings, lineOf, titleKeys }
}

export function isHeading(context: Context, at: number): boolean {
  return context.headings[context.lineOf[at] ?? 0] ?? false
}

/** The known mention covering the char at `at`, if any (none outside the text). */
export function knownMentionCovering(context: Context, at: number): ResolvedMention | undefined {
  return context.known[(context.knownAt[at] ?? 0) - 1]
}

export function isKnownAt(context: Context, at: number): boolean {
  return knownMentionCovering(context, at) !== undefined
}

/** The known mention a token starts or ends in. */
export function knownMentionAt(context: Context, token: Token): ResolvedMention | undefined {
  const at = (context.knownAt[token.start] ?? 0) || (context.knownAt[token.end - 1] ?? 0)
  return at > 0 ? context.known[at - 1] : undefined
}

/** Does the mention end one space before `start` ("U.S. Treasury", "Qaratau International")? */
export function endsRightBefore(
  context: Context,
  mention: ResolvedMention | undefined,
  start: number,
): mention is ResolvedMention {
  return mention !== undefined && mention.end === start - 1 && context.text[mention.end] === ' '
}

/** The known mention whose possessive stands right before `start`: "China's Ministry". */
export function possessorBefore(context: Context, start: number): ResolvedMention | undefined {
  const before = context.text.slice(Math.max(0, start - 4), start)
  return PATTERNS.possessiveBefore.test(before)
    ? knownMentionCovering(context, start - 4)
    : undefined
}

/** Does a sentence (or a line, quote or clause) open at `at`? */
export function opensSentence(text: string, at: number): boolean {
  return PATTERNS.sentenceEndBefore.test(text.slice(Math.max(0, at - 2), at))
}

/** Does the text write `word` capitalised somewhere other than `except`, not opening a sentence? */
export function isWrittenInsideSentence(context: Context, word: string, except: number): boolean {
  const { text } = context
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === except || PATTERNS.wordChar.test(text[at - 1] ?? '')) continue
    if (PATTERNS.wordCharOrHyphen.test(text[at + word.length] ?? '')) continue
    if (!opensSentence(text, at)) return true
  }
  return false
}
