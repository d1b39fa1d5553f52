/**
 * Splits text into the tokens the gazetteer matches on, keeping each token's offsets. Forms
 * and article text go through the same function, so "Jackson Vanik" meets "Jackson-Vanik"
 * and "Kazakhstan’s" meets "Kazakhstan" followed by an apostrophe token.
 */

/** A token of text: its offsets, the characters as written, and its lookup key. */
export interface Token {
  start: number
  end: number
  /** The characters as written, compatibility-folded and without accents ("WO₃" -> "WO3"). */
  folded: string
  /** `folded` in lower case: what the index is keyed on. */
  key: string
}

/**
 * One regular expression, built once. Its alternatives, in order:
 * 1. apostrophes of every style, which become one key so "People’s" meets "People's";
 * 2. joiners (hyphen, non-breaking hyphen, en dash), dropped from both forms and text so a
 *    hyphen and a space match alike ("Export-Import", "China–Kyrgyzstan–Uzbekistan");
 * 3. runs of letters, marks and digits (a word; "U3O8" and "C5" are one word each);
 * 4. any other visible character, as a token of its own ("." "," "+" "(" "—").
 * The modifier letters ʻ and ʼ are apostrophes here, though Unicode calls them letters.
 */
const TOKEN = /(['’‘ʼʻ`´])|([-‐‑–])|((?:(?![ʻʼ])[\p{L}\p{M}\p{N}])+)|(\S)/gu

const APOSTROPHE_KEY = "'"
const ASCII = /^[\x20-\x7e]*$/

/** Folds one run of characters: compatibility forms to plain ones, accents dropped. */
function fold(text: string): string {
  if (ASCII.test(text)) return text
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC')
}

/** The tokens of `text`, with joiners left out. Whitespace never makes a token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    if (match[2] !== undefined) continue
    const start = match.index
    const end = start + match[0].length
    if (match[1] !== undefined) {
      tokens.push({ start, end, folded: APOSTROPHE_KEY, key: APOSTROPHE_KEY })
      continue
    }
    const folded = fold(match[0])
    tokens.push({ start, end, folded, key: folded.toLowerCase() })
  }
  return tokens
}

/**
 * The key under which the gazetteer files a form: its token keys joined by spaces. Two forms
 * with the same key are the same name to the index ("Jackson-Vanik" = "jackson vanik").
 */
export function formKey(text: string): string {
  return tokenize(text)
    .map((token) => token.key)
    .join(' ')
}
