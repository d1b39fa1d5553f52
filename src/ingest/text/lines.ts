import { BOILERPLATE, WORDS, lineKey, matchesAny } from './boilerplate.js'
import { parseDateLine } from './dates.js'
import type { DateLine } from './dates.js'

/** Regular expressions of this file, built once. */
const PATTERNS = {
  /** A bullet glyph and its space. Not en or em dashes: in Russian prose they open dialogue. */
  bullet: /^\s*(?:[•·▪▫◦‣∙●○■□➢➤►▶→✓✔*]|-|>)\s+/u,
  /** Ends like a sentence, allowing closing quotes and brackets after the mark. */
  sentenceEnd: /[.!?…。！？:;]["'”’»)\]]*$/u,
  /** A last word that ends in a period without ending a sentence ("and the U.S."). */
  abbreviationEnd:
    /(?:^|\s)(?:[\p{Lu}]\.){2,}$|(?:^|\s)(?:Inc|Ltd|Corp|Co|Jr|Sr|St|Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep)\.$/u,
  word: /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu,
  cjkChar: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu,
  copyright: /©|&copy;|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}/iu,
  /** "By Kyle L.", "by Jane Doe | Reuters", "Автор: ...": the labels are in boilerplate.json. */
  byline: new RegExp(`^(?:${WORDS.bylineLabels})\\s*:?\\s+(\\S.*)$`, 'iu'),
  /** What follows a byline's names: "| Reuters", "— Staff Writer", "; Editing by B". */
  bylineCut: /\s*(?:[|·•—–;]|\s-\s).*$/u,
  /** Where a role or place follows the names: "Firuza Nematova, Dushanbe correspondent". */
  roleSplit: /\s*(?:,|[|·•—–]|\s-\s)\s*/u,
  /** Between the names of several authors: "A and B", "A, B and C", "A & B". */
  nameListSplit: /\s*,\s*|\s+(?:and|&|и)\s+/iu,
  /** A personal name: 2-5 capitalised words, particles allowed ("Cho Seo-yeon", "Kyle L."). */
  nameWord: /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|de|da|di|del|van|von|der|den|bin|ibn|al|el|la|le)$/u,
  /** "in News": the section label of WordPress themes. */
  inSection: /^in\s+(\p{Lu}[\p{L}&' -]{0,40})$/u,
  /** "Section: Mining & Metals", "Filed under: Congress", "Posted in News": labels in boilerplate.json. */
  sectionLabel: new RegExp(
    `^(?:(?:${WORDS.sectionLabels})\\s*:|(?:${WORDS.sectionPhrases})\\s*:?)\\s*(\\S.{0,40})$`,
    'iu',
  ),
  /** A label may list several sections: "Filed under: Congress, Trade" is first "Congress". */
  sectionListCut: /\s*[,;|].*$/u,
  /** "Home / Congress", "MINOR METALS > ANTIMONY", "News » World": a breadcrumb trail. */
  breadcrumbSplit: /\s+[/>»›→]\s+/u,
  startsLowercase: /^\p{Ll}/u,
  trailingPunctuation: /[:|]+$/u,
  space: /\s+/u,
  capitalised: /^\p{Lu}/u,
  /** Menus printed on one line: three or more items between separators or wide gaps. */
  menuSplit: /\s*[|·•]\s*|\s{3,}/u,
} as const

/** A line with this many words and sentence punctuation is prose, not a label or headline. */
export const PROSE_MIN_WORDS = 10
/** Languages without spaces: characters instead of words. */
const PROSE_MIN_CJK_CHARS = 30
const MAX_NAME_WORDS = 5
const MIN_MENU_ITEMS = 3
/** Hard-wrapped text breaks lines at 60-80 characters; shorter lines ended on purpose. */
const MIN_WRAPPED_LINE_CHARS = 40
const MAX_MENU_ITEM_WORDS = 3
/** A byline names a few people; longer "By ..." lines are sentences. */
const MAX_BYLINE_WORDS = 10
/** A crumb of a breadcrumb trail is a section name: "Home", "Minor Metals", "Trade Deals". */
const MAX_CRUMB_WORDS = 4

export interface Line {
  index: number
  /** The line without its bullet glyph, trimmed. */
  text: string
  /** lineKey(text): lowercase, single spaces. */
  key: string
  isBlank: boolean
  isBullet: boolean
  words: number
  /** How many lines of the page have the same key. */
  repeats: number
  date: DateLine | null
}

export function toLines(source: string): Line[] {
  const raw = unwrap(source.split('\n'))
  const lines = raw.map((line, index): Line => {
    const isBullet = PATTERNS.bullet.test(line)
    const text = line.replace(PATTERNS.bullet, '').trim()
    return {
      index,
      text,
      key: lineKey(text),
      isBlank: text === '',
      isBullet,
      words: countWords(text),
      repeats: 0,
      date: text === '' ? null : parseDateLine(text),
    }
  })
  const counts = new Map<string, number>()
  for (const line of lines) if (!line.isBlank) counts.set(line.key, (counts.get(line.key) ?? 0) + 1)
  for (const line of lines) line.repeats = line.isBlank ? 0 : (counts.get(line.key) ?? 0)
  return lines
}

/**
 * Joins hard-wrapped paragraphs: a long line without a closing stop, followed directly by a
 * line that starts in lowercase, continues on that line. Menus and headlines start in
 * capitals, so they are never joined.
 */
function unwrap(raw: readonly string[]): string[] {
  const out: string[] = []
  for (const line of raw) {
    const previous = out[out.length - 1]
    if (
      previous !== undefined &&
      previous.trim().length >= MIN_WRAPPED_LINE_CHARS &&
      !PATTERNS.sentenceEnd.test(previous.trimEnd()) &&
      !PATTERNS.bullet.test(previous) &&
      PATTERNS.startsLowercase.test(line.trimStart())
    ) {
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`
    } else {
      out.push(line)
    }
  }
  return out
}

export function countWords(text: string): number {
  const words = text.match(PATTERNS.word)?.length ?? 0
  const cjk = text.match(PATTERNS.cjkChar)?.length ?? 0
  return words + Math.floor(cjk / 2)
}

export function endsSentence(text: string): boolean {
  return PATTERNS.sentenceEnd.test(text) && !PATTERNS.abbreviationEnd.test(text)
}

/** A paragraph of running text: long enough and punctuated like a sentence. */
export function isProse(line: Line): boolean {
  if (line.isBlank || !PATTERNS.sentenceEnd.test(line.text)) return false
  const cjk = line.text.match(PATTERNS.cjkChar)?.length ?? 0
  return line.words >= PROSE_MIN_WORDS || cjk >= PROSE_MIN_CJK_CHARS
}

export function isCopyright(text: string): boolean {
  return PATTERNS.copyright.test(text)
}

/** Buttons, links and labels of the page around the article. */
export function isUi(line: Line): boolean {
  if (line.isBlank) return false
  return isUiText(line.text)
}

/** The same test for a part of a line ("6 min read" after a date). */
export function isUiText(text: string): boolean {
  const key = lineKey(text).replace(PATTERNS.trailingPunctuation, '').trim()
  if (BOILERPLATE.uiLines.has(key) || matchesAny(BOILERPLATE.uiPatterns, text)) return true
  return isMenuLine(text)
}

/** "About | Contact | Privacy" or "Markets   Metals   Energy": a menu on one line. */
export function isMenuLine(text: string): boolean {
  const parts = text.split(PATTERNS.menuSplit).filter((part) => part !== '')
  if (parts.length < 2) return false
  const isUiPart = (part: string): boolean => BOILERPLATE.uiLines.has(lineKey(part))
  if (parts.every(isUiPart)) return true
  return (
    parts.length >= MIN_MENU_ITEMS && parts.every((part) => countWords(part) <= MAX_MENU_ITEM_WORDS)
  )
}

export function isPromo(text: string): boolean {
  return matchesAny(BOILERPLATE.promoPatterns, text)
}

export function isCaption(text: string): boolean {
  return matchesAny(BOILERPLATE.captionPatterns, text)
}

/** "Subscribe to continue reading": the rest of the article is behind a paywall. */
export function isWall(text: string): boolean {
  return matchesAny(BOILERPLATE.wallPatterns, text)
}

export function isInlineLink(text: string): boolean {
  return matchesAny(BOILERPLATE.inlineLinkPatterns, text)
}

export function isListMarker(line: Line): boolean {
  return !isProse(line) && matchesAny(BOILERPLATE.listMarkers, line.text)
}

export function isEndMarker(line: Line): boolean {
  return !isProse(line) && matchesAny(BOILERPLATE.endMarkers, line.text)
}

/**
 * The names in an explicit byline: "By Kyle L." -> "Kyle L.", "By A and B" -> "A and B",
 * "By Firuza Nematova, Dushanbe correspondent" -> "Firuza Nematova"; null for other lines.
 */
export function bylineOf(text: string): string | null {
  const match = PATTERNS.byline.exec(text)
  if (!match?.[1]) return null
  const name = match[1].replace(PATTERNS.bylineCut, '').trim()
  if (name === '' || countWords(name) > MAX_BYLINE_WORDS) return null
  // "By" vouches for the names; after a comma comes a role or a place, unless more names follow.
  const [head = '', ...tail] = name.split(',')
  return tail.length > 0 && !isNamesLike(name) && isNamesLike(head.trim()) ? head.trim() : name
}

/**
 * A byline printed without "By": a name or names ("Mira Castell", "A and B"), or a name and
 * a role ("Firuza Nematova, Dushanbe correspondent"; the role words are in boilerplate.json).
 */
export function bareBylineOf(text: string): string | null {
  if (isNamesLike(text)) return text
  const [head = '', ...rest] = text.split(PATTERNS.roleSplit)
  const tail = lineKey(rest.join(' ')).split(' ')
  return rest.length > 0 &&
    isNamesLike(head) &&
    tail.some((word) => BOILERPLATE.bylineRoles.has(word))
    ? head
    : null
}

/** A line that is only a personal name: how text dumps print a byline without "By". */
export function isNameLike(text: string): boolean {
  const words = text.split(PATTERNS.space)
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false
  if (!words.every((word) => PATTERNS.nameWord.test(word))) return false
  // "Senior Mining Correspondent" is capitalised like a name but is a role.
  if (words.some((word) => BOILERPLATE.bylineRoles.has(lineKey(word)))) return false
  // At least two capitalised words: "Mira Castell", not "de la".
  return words.filter((word) => PATTERNS.capitalised.test(word)).length >= 2
}

/** One name or several: "Mira Castell", "Aru Sadyk and Dana Bek", "A, B and C". */
export function isNamesLike(text: string): boolean {
  const names = text.split(PATTERNS.nameListSplit)
  return names.length <= MAX_NAME_WORDS && names.every(isNameLike)
}

/** "in News" -> "News"; "Section: Mining & Metals" -> "Mining & Metals"; "Filed under: A, B" -> "A". */
export function sectionLabelOf(text: string): string | null {
  const match = PATTERNS.inSection.exec(text) ?? PATTERNS.sectionLabel.exec(text)
  const label = match?.[1]?.replace(PATTERNS.sectionListCut, '').trim()
  return label ? label : null
}

/** "Home" and "News" open a breadcrumb trail of the whole site; they are not a section. */
export function isBreadcrumbRoot(crumb: string): boolean {
  return BOILERPLATE.breadcrumbRoots.has(lineKey(crumb))
}

/** The crumbs of a breadcrumb trail ("Home / Congress" -> ["Home", "Congress"]), or null. */
export function breadcrumbOf(text: string): string[] | null {
  const crumbs = text.split(PATTERNS.breadcrumbSplit).map((crumb) => crumb.trim())
  if (crumbs.length < 2) return null
  const isCrumb = (crumb: string): boolean =>
    crumb !== '' && countWords(crumb) <= MAX_CRUMB_WORDS && !endsSentence(crumb)
  return crumbs.every(isCrumb) ? crumbs : null
}
