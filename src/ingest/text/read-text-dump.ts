import type { ArticleDraft } from '../../model/index.js'
import { detectLanguage } from '../language/index.js'
import type { ReadOutput } from '../reader.js'
import { lineKey } from './boilerplate.js'
import type { Line } from './lines.js'
import { properCaseOf } from './casing.js'
import {
  bareBylineOf,
  breadcrumbOf,
  bylineOf,
  countWords,
  endsSentence,
  isCaption,
  isBreadcrumbRoot,
  isCopyright,
  isEndMarker,
  isInlineLink,
  isListMarker,
  isNamesLike,
  isPromo,
  isProse,
  isUi,
  isUiText,
  isWall,
  sectionLabelOf,
  toLines,
} from './lines.js'
import type { Block } from './render.js'
import { renderHtml, renderText } from './render.js'
import { findSite } from './site.js'

/** Regular expressions of this file, built once. */
const PATTERNS = {
  newline: /\r\n?/g,
} as const

/** The first paragraph is confirmed by another within this many non-blank lines. */
const BODY_CONFIRM_LINES = 6
/** How far above its date line a title may sit (a byline, a kicker, blank lines between). */
const TITLE_SEARCH_LINES = 8
/** A section label is a word or a few: "News", "Mining & Metals". */
const MAX_SECTION_WORDS = 4
/** Three short unpunctuated lines in a row inside the body are a list of other stories. */
const MIN_HEADLINE_RUN = 3
const MAX_HEADLINE_WORDS = 20
/** A sub-heading or a headline is short; longer unpunctuated lines are prose missing a stop. */
const MAX_HEADING_WORDS = 20
/** The body ends at its last sentence of at least this many words (or a list item of 4). */
const MIN_CLOSING_WORDS = 6
const MIN_CLOSING_ITEM_WORDS = 4

interface Header {
  title: string
  titleIndex: number | null
  byline: string | null
  published: string | null
  section: string | null
}

/**
 * Reads a plain-text dump of a rendered news page (the seed's style). Steps, in order:
 *  1. masthead and copyright line give the site, in proper casing when the masthead is
 *     shouted in capitals and without a company suffix ("Ltd.");
 *  2. the first paragraph of prose confirmed by a second one starts the body;
 *  3. above it, the date line nearest the body anchors the header: the title sits just
 *     above it with the byline ("By A and B", or a bare "Name, role" line); the date is the
 *     publication, not an "Updated" line; the section is, in order, a label ("in X",
 *     "Section:", "Filed under:"), a part of the date line, a breadcrumb over the title,
 *     the kicker over the title, or a short line beside the date (never "6 min read");
 *  4. the body runs until an end marker (copyright, "About <Company>", media contact) or a
 *     paywall line, and skips lists of other stories ("Related", "Most read"), UI words,
 *     captions and lines that repeat the title; it ends at its last sentence;
 *  5. a header without a byline takes one from a credit line after the body ("Reporting by").
 */
export function readTextDump(text: string): ReadOutput {
  const lines = toLines(text.replace(PATTERNS.newline, '\n'))
  const { site, mastheadKey } = findSite(lines)
  const start = findBodyStart(lines)
  const header = start === null ? null : findHeader(lines, start, mastheadKey)
  const blocks =
    start === null || header === null ? [] : toBlocks(selectBody(lines, start, header.title))
  if (header === null || blocks.length === 0) {
    return {
      draft: emptyDraft(site),
      warnings: ['no article: no paragraph of prose found (a list of links or an empty page?)'],
      hasArticle: false,
    }
  }

  const body = renderText(blocks)
  const draft: ArticleDraft = {
    title: stripSiteSuffix(header.title, site),
    byline: header.byline ?? findTrailingByline(lines, start ?? lines.length),
    published: header.published,
    section: header.section,
    site,
    url: null,
    language: detectLanguage(body),
    text: body,
    html: renderHtml(blocks),
  }
  const warnings: string[] = []
  if (draft.title === '') warnings.push('no title found')
  if (draft.byline === null) warnings.push('no byline found')
  if (draft.published === null) warnings.push('no publication date found')
  return { draft, warnings, hasArticle: true }
}

function emptyDraft(site: string | null): ArticleDraft {
  return {
    title: '',
    byline: null,
    published: null,
    section: null,
    site,
    url: null,
    language: null,
    text: '',
    html: '',
  }
}

/** Prose that is page furniture: cookie banners, newsletter offers, captions. */
function isArticleProse(line: Line): boolean {
  return (
    isProse(line) &&
    !isPromo(line.text) &&
    !isCaption(line.text) &&
    !isCopyright(line.text) &&
    !isWall(line.text) &&
    !isUi(line)
  )
}

const isMetaLine = (line: Line): boolean => line.date !== null || bylineOf(line.text) !== null

/**
 * The first article paragraph: prose followed by more prose within a few lines, with no
 * date or byline between them (which would make the first one a banner or a standfirst
 * above the header). A page with a single paragraph falls back to that paragraph.
 */
function findBodyStart(lines: readonly Line[]): number | null {
  const prose = lines.filter(isArticleProse).map((line) => line.index)
  for (const index of prose) {
    let seen = 0
    for (let j = index + 1; j < lines.length && seen < BODY_CONFIRM_LINES; j++) {
      const line = lines[j]
      if (!line || line.isBlank) continue
      seen++
      if (isMetaLine(line)) break
      if (isArticleProse(line)) return index
    }
  }
  return prose[0] ?? null
}

/** Anchor on the date line (else byline) nearest the body; the title sits above it. */
function findHeader(lines: readonly Line[], start: number, mastheadKey: string | null): Header {
  const before = lines.slice(0, start)
  const anchors = [
    ...before.filter((line) => line.date !== null).reverse(),
    ...before.filter((line) => bylineOf(line.text) !== null).reverse(),
  ]
  for (const anchor of anchors) {
    const titleIndex =
      findTitleAbove(lines, anchor.index, mastheadKey, true) ??
      findTitleAbove(lines, anchor.index, mastheadKey, false)
    if (titleIndex !== null) return readMeta(lines, anchor.index, titleIndex, start, mastheadKey)
  }
  // No date or byline: the first headline-shaped line that is not a menu item.
  const title = before.find(
    (line) => line.words >= 4 && line.repeats === 1 && isTitleLike(line, mastheadKey),
  )
  return {
    title: title?.text ?? '',
    titleIndex: title?.index ?? null,
    byline: null,
    published: null,
    section: null,
  }
}

function isTitleLike(line: Line, mastheadKey: string | null): boolean {
  return (
    !line.isBlank &&
    !line.isBullet &&
    line.words >= 2 &&
    line.words <= 40 &&
    line.date === null &&
    line.key !== mastheadKey &&
    !(line.repeats >= 2 && line.words <= 3) &&
    !line.text.endsWith(':') &&
    bylineOf(line.text) === null &&
    !isUi(line) &&
    !isCopyright(line.text) &&
    !isCaption(line.text) &&
    !isPromo(line.text) &&
    !isWall(line.text) &&
    !isListMarker(line)
  )
}

/**
 * Walks up from the anchor over the header's own lines (byline, date, labels, UI words,
 * blank lines) to the title. A bare name right above the date is the byline; when that
 * leaves no title, the second walk tries the name line as the title.
 */
function findTitleAbove(
  lines: readonly Line[],
  anchor: number,
  mastheadKey: string | null,
  isNameSkipped: boolean,
): number | null {
  let sawBlank = false
  let skippedName = false
  for (let j = anchor - 1; j >= 0 && j >= anchor - TITLE_SEARCH_LINES; j--) {
    const line = lines[j]
    if (!line) break
    if (line.isBlank) {
      sawBlank = true
      continue
    }
    if (isMetaLine(line) || sectionLabelOf(line.text) !== null || isUi(line)) continue
    if (isNameSkipped && !sawBlank && !skippedName && bareBylineOf(line.text) !== null) {
      skippedName = true
      continue
    }
    return isTitleLike(line, mastheadKey) ? j : null
  }
  return null
}

function readMeta(
  lines: readonly Line[],
  anchor: number,
  titleIndex: number,
  start: number,
  mastheadKey: string | null,
): Header {
  const title = lines[titleIndex]?.text ?? ''
  // The header block: from under the title to the first blank line after the anchor.
  let end = anchor + 1
  while (end < start && !lines[end]?.isBlank) end++
  const block = lines.slice(titleIndex + 1, end).filter((line) => !line.isBlank)
  const dateLine = lines[anchor]?.date ?? null
  // "Updated" and "Last modified" lines sit beside the publication date; they are not it.
  const published =
    (dateLine && !dateLine.isUpdate ? dateLine.date : undefined) ??
    block.find((line) => line.date && !line.date.isUpdate)?.date?.date ??
    dateLine?.date ??
    null

  // "6 min read" and "Listen (4 min)" beside the date are buttons, not sections.
  const restParts = (dateLine?.rest ?? []).filter((part) => !isUiText(part))
  const byline =
    block.map((line) => bylineOf(line.text)).find((name) => name !== null) ??
    restParts.map((part) => bylineOf(part) ?? bareBylineOf(part)).find(Boolean) ??
    block.map((line) => (line.date === null ? bareBylineOf(line.text) : null)).find(Boolean) ??
    null

  const isSectionWord = (text: string): boolean =>
    text !== '' &&
    countWords(text) <= MAX_SECTION_WORDS &&
    !endsSentence(text) &&
    text !== byline &&
    bylineOf(text) === null &&
    bareBylineOf(text) === null &&
    !isUiText(text)
  const labelled = block.map((line) => sectionLabelOf(line.text)).find((s) => s !== null)
  const fromDateLine = restParts.find(isSectionWord)
  const kicker = lineAbove(lines, titleIndex)
  const fromBreadcrumb = kicker ? sectionOfBreadcrumb(kicker.text, title) : undefined
  // A kicker stands alone over the title; a line that ends a menu block is a menu item.
  const isStandalone = kicker !== undefined && (lines[kicker.index - 1]?.isBlank ?? true)
  const fromKicker =
    kicker && isStandalone && !isUi(kicker) && kicker.date === null && kicker.key !== mastheadKey
      ? kicker.text
      : undefined
  const besideDate = block.find(
    (line) => line.index > anchor && line.date === null && !isUi(line) && isSectionWord(line.text),
  )?.text
  const section =
    labelled ??
    fromDateLine ??
    fromBreadcrumb ??
    (fromKicker && isSectionWord(fromKicker) ? fromKicker : undefined) ??
    besideDate ??
    null
  return {
    title,
    titleIndex,
    byline,
    published,
    section: section === null ? null : properCaseOf(section, lines),
  }
}

/**
 * The section in a breadcrumb trail over the title: the first crumb after the site's roots
 * ("Home / Congress" and "News > Energy" -> "Congress", "Energy"; "MINOR METALS > ANTIMONY" ->
 * "MINOR METALS", as the page's own "Section:" label in data/sample/oxide-ore-tajik-antimony.txt
 * confirms). A crumb that repeats the title is the page itself; a trail of roots only
 * ("Home > News") gives its last root.
 */
function sectionOfBreadcrumb(text: string, title: string): string | undefined {
  const titleKey = lineKey(title)
  const crumbs = breadcrumbOf(text)?.filter((crumb) => lineKey(crumb) !== titleKey) ?? []
  return crumbs.find((crumb) => !isBreadcrumbRoot(crumb) && !isUiText(crumb)) ?? crumbs.at(-1)
}

/**
 * A byline printed after the body ("Reporting by Aru Sadyk; Editing by Dana Bek", "Written
 * by ..."), for pages whose header has none. Only names count: "By the end of 2028" is prose.
 */
function findTrailingByline(lines: readonly Line[], start: number): string | null {
  for (const line of lines.slice(start)) {
    if (line.isBlank) continue
    if (isCopyright(line.text) || isEndMarker(line)) break
    const names = bylineOf(line.text)
    if (names !== null && isNamesLike(names)) return names
  }
  return null
}

function lineAbove(lines: readonly Line[], index: number): Line | undefined {
  for (let j = index - 1; j >= 0; j--) {
    const line = lines[j]
    if (line && !line.isBlank) return line
  }
  return undefined
}

/**
 * The body's lines from the first paragraph: stops at copyright and end markers, skips
 * link lists until prose resumes, drops furniture and repeats, and ends at the last
 * sentence. Blank lines are kept as paragraph breaks.
 */
function selectBody(lines: readonly Line[], start: number, title: string): Line[] {
  const titleKey = lineKey(title)
  const kept: Line[] = []
  const seen = new Set<string>()
  let isInList = false
  let lastContent = -1
  for (const line of lines.slice(start)) {
    if (line.isBlank) {
      if (!isInList) kept.push(line)
      continue
    }
    if (isCopyright(line.text) || isEndMarker(line) || isWall(line.text)) break
    if (isListMarker(line)) {
      isInList = true
      continue
    }
    if (isInList && !isArticleProse(line)) continue
    isInList = false
    if (isFurniture(line, titleKey) || seen.has(line.key)) continue
    seen.add(line.key)
    kept.push(line)
    const isClosing = line.isBullet
      ? line.words >= MIN_CLOSING_ITEM_WORDS
      : endsSentence(line.text) && line.words >= MIN_CLOSING_WORDS
    if (isClosing) lastContent = kept.length - 1
  }
  return dropHeadlineRuns(kept.slice(0, lastContent + 1))
}

function isFurniture(line: Line, titleKey: string): boolean {
  if (isUi(line) || isPromo(line.text) || isCaption(line.text) || isInlineLink(line.text))
    return true
  if (line.date !== null) return true
  const name = bylineOf(line.text)
  if (name !== null && isNamesLike(name)) return true
  // Menu items printed again inside the body area.
  if (line.repeats >= 2 && line.words <= 3 && !endsSentence(line.text)) return true
  return !isProse(line) && repeatsTitle(line.key, titleKey)
}

/** The title again, or a shortened title (the caption line of the seed). */
function repeatsTitle(key: string, titleKey: string): boolean {
  if (titleKey === '') return false
  if (key === titleKey) return true
  return countWords(key) >= 4 && key.length >= titleKey.length / 2 && titleKey.startsWith(key)
}

/** Short unpunctuated lines, three or more in a row: headlines of other stories. */
function dropHeadlineRuns(kept: Line[]): Line[] {
  const isHeadline = (line: Line): boolean =>
    !line.isBullet && !endsSentence(line.text) && line.words <= MAX_HEADLINE_WORDS
  const drop = new Set<number>()
  let run: Line[] = []
  const close = (): void => {
    if (run.length >= MIN_HEADLINE_RUN) for (const line of run) drop.add(line.index)
    run = []
  }
  for (const line of kept) {
    if (line.isBlank) continue
    if (isHeadline(line)) run.push(line)
    else close()
  }
  close()
  return kept.filter((line) => !drop.has(line.index))
}

/** Blank lines split paragraphs; every line is a block (hard wraps were joined on reading). */
function toBlocks(kept: readonly Line[]): Block[] {
  return kept
    .filter((line) => !line.isBlank)
    .map((line): Block => ({ kind: blockKind(line), text: line.text }))
}

function blockKind(line: Line): Block['kind'] {
  if (line.isBullet) return 'li'
  return !endsSentence(line.text) && line.words <= MAX_HEADING_WORDS ? 'h2' : 'p'
}

/** "Title | Site" and "Title - Site" lose the site name. */
function stripSiteSuffix(title: string, site: string | null): string {
  if (!site) return title
  for (const separator of [' | ', ' - ', ' – ', ' — ']) {
    const suffix = `${separator}${site}`
    if (title.toLowerCase().endsWith(suffix.toLowerCase())) return title.slice(0, -suffix.length)
  }
  return title
}
