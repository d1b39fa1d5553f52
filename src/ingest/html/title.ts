import { decodeHTML } from 'entities'
import { findDateInText } from './dates.js'
import { normalizeSpace } from './dom.js'
import { PATTERNS } from './patterns.js'

export interface TitleInput {
  /** The `<title>` text. */
  documentTitle: string
  /** JSON-LD headline, then og:title and the other meta titles, most trusted first. */
  metaTitles: string[]
  /** Visible `<h1>` texts in page order. */
  h1s: string[]
  /** Names the site goes by (og:site_name, publisher, host name). */
  siteNames: string[]
}

export interface TitleChoice {
  title: string
  /** The site name when `<title>` carried one ("Headline | Site"), else null. */
  siteFromTitle: string | null
}

/** An <h1> shorter than this is a logo or a label, not a headline. */
const MIN_H1_CHARS = 10
/**
 * An <h1> this short that shares no word with any declared title is a label ("Web Designs",
 * "Return to Nationwide Website", a newsletter's name), not the story's headline.
 */
const LABEL_MAX_WORDS = 4
/** A suffix like "| Site" is short: a part longer than this many words is headline. */
const SITE_PART_MAX_WORDS = 5
/** Words a date, a kicker ("Blog:") or a counter glued to an <h1> around the headline may add. */
const FRAME_MAX_WORDS = 4
/** No headline runs this long: an <h1> that does is a description or a teaser paragraph. */
const MAX_HEADLINE_WORDS = 30
/** An all-capitals <h1> sharing this share of its words with a typed title is that title. */
const CAPITALS_SHARED_WORDS = 0.6

/**
 * The headline as the page shows it. An `<h1>` that matches a metadata title (or is contained
 * in `<title>`, which adds the site name) wins, since it is what readers see; else the
 * metadata headline, else `<title>` without its site-name prefix or suffix.
 */
export function chooseTitle(rawInput: TitleInput): TitleChoice {
  const input: TitleInput = {
    ...rawInput,
    documentTitle: decodeLeftovers(rawInput.documentTitle),
    metaTitles: rawInput.metaTitles.map(decodeLeftovers),
    h1s: rawInput.h1s.map(decodeLeftovers),
  }
  const choice = pickTitle(input)
  const sites = input.siteNames.map(key).filter((s) => s.length > 1)
  const title = withoutBarTail(withoutSiteSuffix(choice.title, sites))
  return { ...choice, title: withTypedCase(title, input, sites) }
}

/**
 * "SQL &amp;#x26; AI" shows as "SQL &#x26; AI": a CMS that escapes its text twice leaves a
 * character reference in the headline. Decoding once more gives the text the author typed.
 */
function decodeLeftovers(text: string): string {
  return PATTERNS.leftoverEntity.test(text) ? decodeHTML(text) : text
}

/**
 * "Headline | Opinion", "Headline | Patient Education | Hospital": an <h1> filled from the
 * SEO title keeps the short section or topic parts behind vertical bars. Headlines join their
 * own clauses with words, colons and dashes, so short parts after a bar are dropped.
 */
function withoutBarTail(title: string): string {
  let parts = title.split(PATTERNS.titleBar)
  while (
    parts.length > 1 &&
    isTail(parts[parts.length - 1] as string) &&
    words(parts.slice(0, -1).join(' ')) >= 3
  ) {
    parts = parts.slice(0, -1)
  }
  return parts.length === title.split(PATTERNS.titleBar).length ? title : joinParts(title, parts)
}

/** A section or topic name, or the site's description in sentences ("We travel slowly. Vegan."). */
function isTail(part: string): boolean {
  const sentences = part.match(new RegExp(PATTERNS.sentenceEnd.source, 'g')) ?? []
  return words(part) <= SITE_PART_MAX_WORDS || sentences.length >= 2
}

/**
 * "BEGINNER RUNNING PLAN" on a page whose <title> says "Running Beginner Plan": a headline in
 * one case was styled so (CSS text-transform, or capitals typed for display). When a title the
 * author typed in normal case carries the same words, their case is taken word by word; an
 * all-capitals line that differs from such a title by a word or two is a display copy of it,
 * and the typed title wins. Capitals the metadata repeats word for word are the author's own.
 */
function withTypedCase(title: string, input: TitleInput, sites: string[]): string {
  if (!isOneCase(title) || words(title) < 2) return title
  const metas = input.metaTitles.map((t) => normalizeSpace(t))
  if (metas.includes(title)) return title
  const typed = [stripSiteName(normalizeSpace(input.documentTitle), sites).title, ...metas].filter(
    (t) => t !== '' && !isOneCase(t),
  )
  for (const ref of typed) {
    const restored = restoreCase(title, ref)
    if (restored !== null) return restored
  }
  if (title !== title.toUpperCase()) return title
  const mine = wordList(title)
  for (const ref of typed) {
    const theirs = new Set(wordList(stripSiteName(ref, sites).title))
    const shared = mine.filter((w) => theirs.has(w)).length
    if (mine.length > 0 && shared / mine.length >= CAPITALS_SHARED_WORDS) {
      return withoutBarTail(stripSiteName(ref, sites).title)
    }
  }
  return title
}

/** Each word of `text` in the case `typed` writes it, or null when a word is missing there. */
function restoreCase(text: string, typed: string): string | null {
  const spelled = new Map<string, string>()
  for (const word of typed.split(/[^\p{L}\p{N}]+/u)) {
    const lower = word.toLowerCase()
    if (word !== '' && !spelled.has(lower)) spelled.set(lower, word)
  }
  let missing = false
  const restored = text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const found = spelled.get(word.toLowerCase())
    if (found === undefined || found.length !== word.length) missing = true
    return found ?? word
  })
  return missing ? null : restored
}

/**
 * "Critics' Choice: Best Exhibitions 2025 – Artlyst": a site's exact name after a separator
 * is never part of the headline, even when the <h1> itself carries it.
 */
function withoutSiteSuffix(title: string, sites: string[]): string {
  const parts = title.split(PATTERNS.titleSeparator)
  if (parts.length < 2) return title
  const last = parts[parts.length - 1] as string
  if (!sites.includes(key(last)) || words(parts.slice(0, -1).join(' ')) < 3) return title
  return joinParts(title, parts.slice(0, -1))
}

function pickTitle(input: TitleInput): TitleChoice {
  const sites = input.siteNames.map(key).filter((s) => s.length > 1)
  const documentTitle = normalizeSpace(input.documentTitle)
  const stripped = stripSiteName(documentTitle, sites)
  const declared = input.metaTitles.map((t) => stripSiteName(normalizeSpace(t), sites).title)
  const metas = declared.map((t) => completed(t, [...declared, stripped.title]))
  const references = [...metas, stripped.title].filter((t) => t !== '')
  // The typed title, for an <h1> that shows the same words restyled.
  const typed = [stripped.title, ...metas].filter((t) => t !== '')
  for (const h1 of input.h1s) {
    const h1Key = key(h1)
    // A logo <h1> with the site's name is not the headline, though <title> contains it.
    if (h1Key.length < 4 || sites.includes(h1Key) || PATTERNS.domainName.test(h1)) continue
    for (const ref of references) {
      if (key(ref) !== h1Key) continue
      // Same words in one case only: an <h1> set in capitals (or lower case) by CSS. The title
      // as the author typed it (<title>, then the metadata) keeps the real case.
      const restyled = isOneCase(h1)
        ? typed.find((t) => t !== h1 && t.toLowerCase() === h1.toLowerCase())
        : undefined
      return { title: restyled ?? h1, siteFromTitle: stripped.siteFromTitle }
    }
    if (key(documentTitle).includes(h1Key) && h1Key.length >= key(stripped.title).length * 0.6) {
      return { title: h1, siteFromTitle: stripped.siteFromTitle }
    }
    const framed = references.find((ref) => framesTitle(h1, ref))
    if (framed !== undefined) return { title: framed, siteFromTitle: stripped.siteFromTitle }
    const repaired = references.find((ref) => lostCharactersOf(h1, ref))
    if (repaired !== undefined) return { title: repaired, siteFromTitle: stripped.siteFromTitle }
  }
  // One headline-sized <h1> on the page is the visible headline, even when the metadata title
  // is worded for search engines ("Top 10 ... (2025)" vs "Best ... Apps").
  const headlines = input.h1s.filter(
    (h) =>
      key(h).length >= MIN_H1_CHARS &&
      !sites.includes(key(h)) &&
      words(h) >= 2 &&
      // A heading that ends in a colon introduces what follows ("A message from our editor:"),
      // and one longer than any headline is a description set in large type.
      !PATTERNS.leadInHeading.test(h) &&
      words(h) <= MAX_HEADLINE_WORDS &&
      (words(h) > LABEL_MAX_WORDS || sharesWord(h, references)),
  )
  if (headlines.length === 1)
    return { title: headlines[0] as string, siteFromTitle: stripped.siteFromTitle }
  const meta = metas.find((t) => t !== '')
  if (meta !== undefined) return { title: meta, siteFromTitle: stripped.siteFromTitle }
  if (stripped.title !== '') return stripped
  return { title: input.h1s[0] ?? '', siteFromTitle: null }
}

/**
 * "We Help 4 Readers (Including": a metadata title cut at a length limit leaves a bracket open.
 * Another title on the page that starts with the same words and goes on is the whole one.
 */
function completed(title: string, others: string[]): string {
  if (!isCutShort(title)) return title
  return others.find((o) => o.length > title.length && o.startsWith(title)) ?? title
}

function isCutShort(title: string): boolean {
  const count = (re: RegExp) => (title.match(re) ?? []).length
  return count(/\(/g) > count(/\)/g) || count(/\[/g) > count(/\]/g)
}

/**
 * "Dec 18 2025 Preparing a launch", "Blog: Preparing a launch", "Preparing a launch (example.com)
 * 87": an <h1> whose markup wraps the headline with a date, a kicker label or a source and
 * comment counter. When the metadata title is the <h1> less such words at one end, the
 * metadata title is the headline. Other extra words (a year, "The", a subtitle) are the
 * author's wording and keep the <h1>.
 */
function framesTitle(h1: string, ref: string): boolean {
  const refKey = key(ref)
  const h1Key = key(h1)
  if (refKey.length < MIN_H1_CHARS || words(ref) < 2 || h1Key === refKey) return false
  const extra = words(h1) - words(ref)
  if (extra < 1 || extra > FRAME_MAX_WORDS) return false
  const h1Words = h1.split(/\s+/).filter((w) => w !== '')
  if (h1Key.startsWith(refKey)) {
    const tail = h1Words.slice(-extra)
    if (findDateInText(tail.join(' ')) !== null) return true
    return tail
      .filter((w) => !PATTERNS.domainName.test(w.replace(/[()[\]]/g, '')))
      .every((w) => !/\p{L}/u.test(w))
  }
  if (h1Key.endsWith(refKey)) {
    const head = h1Words.slice(0, extra).join(' ')
    return PATTERNS.leadInHeading.test(head) || findDateInText(head) !== null
  }
  return false
}

/**
 * "Basics Of Planning? Beginner? Guide" beside a typed "Basics Of Planning: Beginner's Guide":
 * text that went through the wrong character set shows "?" for what it could not keep. The
 * title that matches with one to three characters in place of each "?" is the clean copy.
 */
function lostCharactersOf(h1: string, ref: string): boolean {
  if (!PATTERNS.lostCharacter.test(h1) || ref === h1) return false
  const pieces = h1.split(/[?\uFFFD]/u).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${pieces.join('\\S{0,3}')}$`, 'u').test(ref)
}

/** "Headline | Site", "Site - Headline", "Headline :: Section :: Site" -> "Headline". */
export function stripSiteName(title: string, sites: string[]): TitleChoice {
  const parts = title.split(PATTERNS.titleSeparator)
  if (parts.length < 2) return withoutLeadingDomain(title)
  const isSite = (part: string): boolean => {
    // "Headline | Newegg.com": a part that is a domain name is the site.
    if (PATTERNS.domainName.test(part.trim())) return true
    const k = key(part)
    return k !== '' && sites.some((s) => s === k || s.includes(k) || k.includes(s))
  }
  let kept = parts
  let site: string | null = null
  while (kept.length > 1 && isSite(kept[kept.length - 1] as string)) {
    site ??= kept[kept.length - 1] as string
    kept = kept.slice(0, -1)
  }
  while (kept.length > 1 && isSite(kept[0] as string)) {
    site ??= kept[0] as string
    kept = kept.slice(1)
  }
  if (kept.length === parts.length) {
    // No known site name: drop one short trailing part when the rest reads as a headline.
    const last = parts[parts.length - 1] as string
    const rest = parts.slice(0, -1)
    if (words(last) <= SITE_PART_MAX_WORDS && words(rest.join(' ')) >= 3) {
      return { title: joinParts(title, rest), siteFromTitle: last }
    }
    return { title, siteFromTitle: null }
  }
  return { title: joinParts(title, kept), siteFromTitle: site }
}

/** "example.com Vibe Coding": a blog's <title> that starts with its domain name and a space. */
function withoutLeadingDomain(title: string): TitleChoice {
  const [first, ...rest] = title.split(' ')
  if (first === undefined || rest.length === 0 || !PATTERNS.domainName.test(first)) {
    return { title, siteFromTitle: null }
  }
  return { title: rest.join(' '), siteFromTitle: first }
}

/** Rebuilds the kept parts with the separators the title used between them. */
function joinParts(title: string, kept: string[]): string {
  const first = kept[0] as string
  const last = kept[kept.length - 1] as string
  const start = title.indexOf(first)
  const end = title.lastIndexOf(last) + last.length
  return start >= 0 && end > start ? title.slice(start, end) : kept.join(' - ')
}

/** "TIPS FOR ONLINE SUCCESS", "history of coffee": text whose case a stylesheet may have set. */
function isOneCase(text: string): boolean {
  return /\p{L}/u.test(text) && (text === text.toUpperCase() || text === text.toLowerCase())
}

function sharesWord(text: string, references: string[]): boolean {
  const mine = new Set(wordList(text))
  return references.some((r) => wordList(r).some((w) => mine.has(w)))
}

function wordList(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2)
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}
