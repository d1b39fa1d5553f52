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

/**
 * The headline as the page shows it. An `<h1>` that matches a metadata title (or is contained
 * in `<title>`, which adds the site name) wins, since it is what readers see; else the
 * metadata headline, else `<title>` without its site-name prefix or suffix.
 */
export function chooseTitle(input: TitleInput): TitleChoice {
  const choice = pickTitle(input)
  const sites = input.siteNames.map(key).filter((s) => s.length > 1)
  return { ...choice, title: withoutSiteSuffix(choice.title, sites) }
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
  const metas = input.metaTitles.map((t) => stripSiteName(normalizeSpace(t), sites).title)
  const references = [...metas, stripped.title].filter((t) => t !== '')
  // The typed title, for an <h1> that shows the same words restyled.
  const typed = [stripped.title, ...metas].filter((t) => t !== '')
  for (const h1 of input.h1s) {
    const h1Key = key(h1)
    // A logo <h1> with the site's name is not the headline, though <title> contains it.
    if (h1Key.length < 4 || sites.includes(h1Key)) continue
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
  }
  // One headline-sized <h1> on the page is the visible headline, even when the metadata title
  // is worded for search engines ("Top 10 ... (2025)" vs "Best ... Apps").
  const headlines = input.h1s.filter(
    (h) =>
      key(h).length >= MIN_H1_CHARS &&
      !sites.includes(key(h)) &&
      words(h) >= 2 &&
      (words(h) > LABEL_MAX_WORDS || sharesWord(h, references)),
  )
  if (headlines.length === 1)
    return { title: headlines[0] as string, siteFromTitle: stripped.siteFromTitle }
  const meta = metas.find((t) => t !== '')
  if (meta !== undefined) return { title: meta, siteFromTitle: stripped.siteFromTitle }
  if (stripped.title !== '') return stripped
  return { title: input.h1s[0] ?? '', siteFromTitle: null }
}

/** "Headline | Site", "Site - Headline", "Headline :: Section :: Site" -> "Headline". */
export function stripSiteName(title: string, sites: string[]): TitleChoice {
  const parts = title.split(PATTERNS.titleSeparator)
  if (parts.length < 2) return { title, siteFromTitle: null }
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
