/** What a token is: a word (hyphens and apostrophes inside it), a number (with its thousands
 *  separators and decimal point), a currency symbol, or any other single punctuation mark. */
export type TokenKind = 'word' | 'number' | 'currency' | 'punct'

/** A token of the text: `text === input.slice(start, end)`. */
export interface Token {
  start: number
  end: number
  text: string
  kind: TokenKind
}

/** Regular expressions of this file, built once. The groups, in order: a dotted acronym
 *  ("U.S.", "D.C."), a number ("1,500", "49.979"), a word ("billion-dollar", "Kazakhstan’s",
 *  "WO3"), a currency symbol, any other visible character. */
const PATTERNS = {
  token:
    /((?:\p{L}\.){2,})|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}\d]+(?:['’‐-][\p{L}\p{M}\d]+)*)|(\p{Sc})|(\S)/gu,
} as const

/**
 * Splits text[start, end) into tokens with offsets into `text`. Whitespace is skipped;
 * "$1.1bn" gives "$", "1.1", "bn".
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  // The table's global regex, reset here: the loop below is synchronous, so sharing it is safe
  // and saves a compile per call.
  const pattern = PATTERNS.token
  pattern.lastIndex = 0
  const window = start === 0 && end === text.length ? text : text.slice(start, end)
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    const kind: TokenKind =
      match[1] !== undefined || match[3] !== undefined
        ? 'word'
        : match[2] !== undefined
          ? 'number'
          : match[4] !== undefined
            ? 'currency'
            : 'punct'
    const at = start + match.index
    tokens.push({ start: at, end: at + match[0].length, text: match[0], kind })
  }
  return tokens
}
