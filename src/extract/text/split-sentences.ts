import type { Span } from '../../model/index.js'
import { ABBREVIATIONS } from './abbreviations.js'

/** A sentence of the text: `text === input.slice(start, end)`, `end` exclusive. */
export type Sentence = Span

/** Regular expressions of this file, built once. */
const PATTERNS = {
  /** A run of line breaks, or sentence-final punctuation with any closing quotes and brackets
   *  after it, followed by a space or the end: the candidate places where a sentence may end. */
  candidate: /[ \t]*(?:\r?\n[ \t]*)+|(?:\.{3}|[.!?…])+[”"’'»)\]]*(?=\s|$)/gu,
  /** A list item's marker at the start of a line: "• ", "- ", "1. ", "a) ". */
  listMarker: /^[ \t]*(?:[•·▪◦‣∙*–—-]|\d{1,2}[.)]|[a-z][.)])[ \t]+/u,
  /** What is left of a word once opening quotes and brackets are removed. */
  leadingOpeners: /^[“"‘'«([]+/u,
  /** A lone initial ("L" of "Kyle L.") or a dotted acronym without its last period ("U.S"). */
  initialOrAcronym: /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u,
  /** A number or a single letter: the label of a numbered list item ("1.", "b."). */
  itemLabel: /^(?:\d{1,3}|\p{L})$/u,
  lowercaseStart: /^\p{Ll}/u,
  space: /\s/u,
} as const

/**
 * Splits text into sentences with exact offsets. Every line break ends a sentence: clean article
 * text (src/ingest renderText) puts each paragraph, heading and list item on a line of its own,
 * so a blank line ends a paragraph and a single one ends a list item, and hard-wrapped text is
 * not expected. A list item's marker ("• ", "1. "), if any, is left out of its sentence.
 * A period ends a sentence unless it belongs to an abbreviation (data/patterns/abbreviations.json),
 * a decimal or an initial; a sentence that ends inside a closing quote ends after the quote.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let sentenceStart = 0
  const push = (end: number): void => {
    let start = sentenceStart
    let stop = end
    while (start < stop && PATTERNS.space.test(text[start] ?? '')) start++
    while (stop > start && PATTERNS.space.test(text[stop - 1] ?? '')) stop--
    if (stop > start) {
      const marker = PATTERNS.listMarker.exec(text.slice(start, Math.min(stop, start + 8)))
      if (marker && isLineStart(text, start) && start + marker[0].length < stop) {
        start += marker[0].length
      }
      sentences.push({ start, end: stop, text: text.slice(start, stop) })
    }
    sentenceStart = end
  }

  // The table's global regex, reset here: the loop below is synchronous, so sharing it is safe
  // and saves a compile per call.
  const candidate = PATTERNS.candidate
  candidate.lastIndex = 0
  for (let match = candidate.exec(text); match; match = candidate.exec(text)) {
    const at = match.index
    const found = match[0]
    if (found.includes('\n')) {
      push(at)
      continue
    }
    if (endsSentence(text, at, at + found.length, found, sentenceStart)) push(at + found.length)
  }
  push(text.length)
  return sentences
}

/** Whether the punctuation `found` at [at, after) ends the sentence begun at `sentenceStart`. */
function endsSentence(
  text: string,
  at: number,
  after: number,
  found: string,
  sentenceStart: number,
): boolean {
  const next = wordAt(text, after)
  const nextBare = next.replace(PATTERNS.leadingOpeners, '')
  if (next === '') return true
  // Lowercase after the mark means the sentence goes on: '“Will you?” he asked', 'approx. five'.
  if (PATTERNS.lowercaseStart.test(nextBare)) return false
  const isEllipsis = found.startsWith('...') || found.startsWith('…')
  if (isEllipsis) {
    // A spaced ellipsis marks words left out of a quote ("Zhana … predicted"); it ends the
    // sentence only before a typical opening word.
    const isSpaced = PATTERNS.space.test(text[at - 1] ?? ' ')
    return !isSpaced || ABBREVIATIONS.sentenceStarters.has(nextBare)
  }
  if (!found.startsWith('.')) return true

  const wordStart = lastWordStart(text, at, sentenceStart)
  const word = text.slice(wordStart, at).replace(PATTERNS.leadingOpeners, '')
  const key = word.toLowerCase()
  if (ABBREVIATIONS.never.has(key)) return false
  // "1. The framework…": the label of a numbered item that is not at a line start.
  if (wordStart === firstNonSpace(text, sentenceStart) && PATTERNS.itemLabel.test(word)) {
    return false
  }
  if (ABBREVIATIONS.maybe.has(key) || PATTERNS.initialOrAcronym.test(word)) {
    return ABBREVIATIONS.sentenceStarters.has(nextBare)
  }
  return true
}

function isLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const char = text[i]
    if (char === '\n') return true
    if (char !== ' ' && char !== '\t') return false
  }
  return true
}

/** The whitespace-delimited word that starts after the spaces at `from`. */
function wordAt(text: string, from: number): string {
  let start = from
  while (start < text.length && PATTERNS.space.test(text[start] ?? '')) start++
  let end = start
  while (end < text.length && !PATTERNS.space.test(text[end] ?? '')) end++
  return text.slice(start, end)
}

/** Start of the whitespace-delimited word that ends at `end`, not before `floor`. */
function lastWordStart(text: string, end: number, floor: number): number {
  let start = end
  while (start > floor && !PATTERNS.space.test(text[start - 1] ?? '')) start--
  return start
}

function firstNonSpace(text: string, from: number): number {
  let at = from
  while (at < text.length && PATTERNS.space.test(text[at] ?? '')) at++
  return at
}
