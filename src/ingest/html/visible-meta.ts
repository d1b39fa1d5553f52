import {
  classAndId,
  normalizeSpace,
  textOf,
  type ElementNode,
  type HtmlNode,
  type TextNode,
} from './dom.js'
import { findDateInText, normalizeDate } from './dates.js'
import type { PublishedDate } from '../../model/index.js'
import { BYLINE, cleanByline, joinNames, looksLikeNames } from './names.js'
import { META_PATTERNS } from './meta-patterns.js'
import type { ParsedPage } from './parse.js'
import { PATTERNS } from './patterns.js'
import { HEADING_TAGS, INLINE_TAGS } from './tags.js'

/** What the visible page says about itself, for pages without (or with thin) metadata. */
export interface VisibleMeta {
  h1s: string[]
  byline: string | null
  published: PublishedDate | null
  /** True when `published` was read in the article header, next to the headline. */
  publishedInHeader: boolean
  section: string | null
  /** Texts of links to the front page ("/"): a logo, often the owner's name on a personal site. */
  homeLinks: string[]
}

/** How far after the headline (in elements) we look for its byline and date line. */
const HEADER_WINDOW = 60
/** How many elements after the headline an unlabelled name line may sit. */
const NAME_UNDER_HEADLINE = 4
/** How many elements of distance a `datetime` attribute is worth over a date in text. */
const MACHINE_DATE_BONUS = 3
/** A byline or date line is short; longer blocks are prose that happens to mention a date. */
const META_LINE_MAX_CHARS = 160
/** A kicker is a word or two ("Resources", "World news"); longer text is a teaser. */
const MAX_KICKER_CHARS = 40
/** How much longer than the headline an element holding it may be (a date or label beside it). */
const HEADLINE_SLACK_CHARS = 8

export function readVisibleMeta(page: ParsedPage, headlineHint: string | null): VisibleMeta {
  const elements = page.elements
  const outside = markOtherStories(elements)
  const h1Elements = elements.filter(
    (el) => el.tag === 'h1' && el.textLen > 0 && !outside[el.order],
  )
  const h1s = h1Elements.map((el) => normalizeSpace(textOf(el))).filter((t) => t !== '')
  const hintKey = headlineHint === null ? '' : key(headlineHint)
  const headlineEl =
    h1Elements.find((el) => hintKey !== '' && key(textOf(el)) === hintKey) ??
    elementWithText(elements, outside, hintKey) ??
    h1Elements[0] ??
    elements.find((el) => HEADING_TAGS.has(el.tag) && el.textLen > 0 && !outside[el.order]) ??
    null
  const start = headlineEl?.order ?? 0

  /**
   * Elements near the headline first (those just above it, where "Last updated" and kicker
   * lines sit, count a little further), then the rest of the page in order.
   */
  const nearFirst = (el: ElementNode): number => {
    const distance = el.order >= start ? el.order - start : (start - el.order) * 2
    return distance <= HEADER_WINDOW ? distance : el.order + 1e6
  }

  /** `alone`: a weak guess that never merges with the names beside it. */
  const bylineCandidates: { rank: number; names: string; alone?: boolean }[] = []
  const dateCandidates: { rank: number; date: PublishedDate }[] = []
  const infoLines: string[] = []
  const crumbs: string[] = []
  const kickers: string[] = []
  const homeLinks: string[] = []
  /** Set after a "Written by" / "Published" label: the next leaf block holds the value. */
  let pendingLabel: 'author' | 'date' | null = null

  for (const el of elements) {
    if (outside[el.order]) continue
    const names = classAndId(el)
    const rank = nearFirst(el)
    if (el.tag === 'time' || (names !== '' && PATTERNS.dateClass.test(names))) {
      const attr = el.attrs['datetime'] ?? el.attrs['content']
      const fromAttr = attr !== undefined ? normalizeDate(attr) : null
      const date =
        fromAttr ??
        (el.textLen > 0 && el.textLen <= META_LINE_MAX_CHARS ? findDateInText(textOf(el)) : null)
      const isPublished =
        el.attrs['itemprop'] === 'datePublished' || el.attrs['pubdate'] !== undefined
      // A machine-readable datetime keeps the time and offset the text leaves out.
      const bonus = fromAttr !== null ? MACHINE_DATE_BONUS : 0
      if (date !== null) dateCandidates.push({ rank: isPublished ? -1e3 : rank - bonus, date })
    }
    // Loose text between blocks ("<legend>Title</legend> 20 December 2025 <div>") is a line too.
    if (rank <= HEADER_WINDOW && el.hasBlock) {
      for (const child of el.children) {
        if (child.kind !== 'text' || child.len < 6 || child.len > 80) continue
        const date = findDateInText(normalizeSpace(child.text))
        if (date !== null) dateCandidates.push({ rank: rank + 0.75, date })
      }
    }
    if (el.textLen === 0 || el.textLen > META_LINE_MAX_CHARS) {
      if (isBreadcrumb(el)) crumbs.push(...crumbTexts(el))
      continue
    }
    if (isBreadcrumb(el)) {
      crumbs.push(...crumbTexts(el))
      continue
    }
    if (el.tag === 'a' && el.textLen < 40 && PATTERNS.homeHref.test(el.attrs['href'] ?? '')) {
      homeLinks.push(normalizeSpace(textOf(el)))
    }
    const isAuthorLink =
      el.tag === 'a' && (/\bauthor\b/i.test(el.attrs['rel'] ?? '') || isProfileLink(el))
    const isAuthorProp = el.attrs['itemprop'] === 'author'
    const isBylineClass =
      names !== '' && PATTERNS.bylineClass.test(names) && !PATTERNS.authorBoxClass.test(names)
    const isAuthorBox = insideAuthorBox(el)
    if (isAuthorLink || isAuthorProp || isBylineClass) {
      const nameEl = isAuthorProp ? (findItemprop(el, 'name') ?? el) : el
      const cleaned = cleanByline(firstLine(nameEl))
      if (cleaned !== null)
        bylineCandidates.push({ rank: isAuthorLink ? rank + 0.5 : rank, names: cleaned })
    }
    // A kicker above the headline ("Resources", "Opinion") names the story's section.
    if (rank <= HEADER_WINDOW && names !== '' && META_PATTERNS.kickerClass.test(names)) {
      const kicker = normalizeSpace(textOf(el))
      if (kicker.length > 1 && kicker.length <= MAX_KICKER_CHARS) kickers.push(kicker)
    }
    // A date on its own line among blocks without a block of its own: a <span> or <small>
    // beside the byline's <p>.
    if (rank <= HEADER_WINDOW && el.tag !== 'a' && standsAlone(el)) {
      const date = findDateInText(normalizeSpace(textOf(el)))
      if (date !== null) dateCandidates.push({ rank: rank + 0.5, date })
    }
    if (!el.hasBlock && !INLINE_TAGS.has(el.tag)) {
      const text = normalizeSpace(textOf(el))
      if (META_PATTERNS.breadcrumbLead.test(text)) crumbs.push(...crumbTexts(el))
      // "Published on 13 April 2023" anywhere on the page (a footer date line) is a last resort.
      if (rank > HEADER_WINDOW && META_PATTERNS.dateLabelLine.test(text) && text.length <= 80) {
        const date = findDateInText(text)
        if (date !== null) dateCandidates.push({ rank, date })
      }
      if (pendingLabel === 'author') {
        const cleaned = looksLikeNames(text) ? cleanByline(text) : null
        if (cleaned !== null) bylineCandidates.push({ rank: rank - 0.5, names: cleaned })
      }
      pendingLabel = PATTERNS.metaLabel.test(text)
        ? PATTERNS.authorLabel.test(text)
          ? 'author'
          : 'date'
        : null
      // A line just under the headline that is only a person's name is an unlabelled byline.
      if (
        el.order > start &&
        el.order - start <= NAME_UNDER_HEADLINE &&
        isNameLine(text, hintKey)
      ) {
        bylineCandidates.push({ rank: rank + 2, names: text, alone: true })
      }
      // An "about the author" note: a name heading, then a bio that opens with that name.
      if (HEADING_TAGS.has(el.tag) || el.tag === 'strong' || el.tag === 'b') {
        if (META_PATTERNS.personName.test(text) && opensBio(el, text)) {
          bylineCandidates.push({ rank: el.order + 2e7, names: text })
        }
      }
      if (isAuthorBox && rank < 1e6) {
        const cleaned = looksLikeNames(text) && isPersonName(text) ? cleanByline(text) : null
        if (cleaned !== null) bylineCandidates.push({ rank: rank + 1e7, names: cleaned })
      }
      // "Policy | 19 February 2026 | By Timur Baisalov": the byline may be any part of the line.
      const segments = rank <= HEADER_WINDOW ? text.split(PATTERNS.infoLineSeparator) : [text]
      const bylineSegment = segments.find((t) => PATTERNS.bylineText.test(t) && looksLikeNames(t))
      if (bylineSegment !== undefined) {
        const cleaned = cleanByline(bylineSegment)
        if (cleaned !== null) bylineCandidates.push({ rank: rank - 0.25, names: cleaned })
      }
      if (rank <= HEADER_WINDOW) {
        const date = findDateInText(text)
        // "Dec. 19, 2025 · Niko Matsakis": a name set off beside the date is the byline.
        const nameBeside =
          date !== null && bylineSegment === undefined && segments.length > 1
            ? segments.find((t) => META_PATTERNS.personName.test(t.trim()))
            : undefined
        if (nameBeside !== undefined)
          bylineCandidates.push({ rank: rank + 1, names: nameBeside.trim() })
        if (date !== null) {
          dateCandidates.push({ rank: rank + 0.5, date })
          infoLines.push(text)
        } else if (bylineSegment !== undefined) {
          infoLines.push(text)
        }
      }
    }
  }

  bylineCandidates.sort((a, b) => a.rank - b.rank)
  dateCandidates.sort((a, b) => a.rank - b.rank)
  const byline = bylineCandidates[0]?.names ?? null
  return {
    h1s,
    byline: byline === null ? null : mergeAuthorLinks(bylineCandidates, byline),
    published: dateCandidates[0]?.date ?? null,
    publishedInHeader: (dateCandidates[0]?.rank ?? Infinity) <= HEADER_WINDOW,
    section:
      sectionFromCrumbs(crumbs, hintKey) ??
      kickers.find((k) => key(k) !== hintKey) ??
      sectionFromInfoLines(infoLines, page),
    homeLinks,
  }
}

/** Several `rel=author` links in one byline ("By A and B") come as separate candidates. */
function mergeAuthorLinks(
  candidates: { rank: number; names: string; alone?: boolean }[],
  first: string,
): string {
  if (candidates[0]?.alone === true) return first
  const near = candidates.filter(
    (c) => c.alone !== true && Math.abs(c.rank - (candidates[0]?.rank ?? 0)) < 4,
  )
  if (near.length <= 1) return first
  const names = near.flatMap((c) => c.names.split(/, | and /))
  const longest = near.reduce((a, b) => (b.names.length > a.names.length ? b : a))
  return names.every((n) => longest.names.includes(n)) ? longest.names : joinNames(names)
}

/**
 * The first line of a byline block that holds blocks ("By" / "Jane Doe" / "Jane Doe is a
 * reporter..." / "Learn about our process"): the name line, not the bio run into it. A bare
 * "By" or "Author:" line joins the line after it; lines without a name (a date) are skipped.
 */
function firstLine(el: ElementNode): string {
  if (!el.hasBlock) return textOf(el)
  const lines: string[] = []
  let line = ''
  const stack: (ElementNode | TextNode | null)[] = [el]
  while (stack.length > 0) {
    const node = stack.pop() as ElementNode | TextNode | null
    if (node === null || (node.kind === 'element' && !INLINE_TAGS.has(node.tag))) {
      // A block starts or ends: the line so far is complete.
      const text = normalizeSpace(line)
      if (text !== '') lines.push(text)
      line = ''
      if (node === null) continue
    }
    if (node.kind === 'text') {
      line += node.text
      continue
    }
    if (!INLINE_TAGS.has(node.tag)) stack.push(null)
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode)
  }
  const text = normalizeSpace(line)
  if (text !== '') lines.push(text)
  // "Jul 11" / "Written By Jane Doe": the line the "By" label opens is the byline.
  const labelled = lines.findIndex((l) => BYLINE.lead.test(l) || BYLINE.bareLabel.test(l))
  let label = ''
  for (const l of labelled > 0 ? lines.slice(labelled) : lines) {
    if (BYLINE.bareLabel.test(l)) label = `${l} `
    // A line with no name in it (a date, a share count) is not the byline.
    else if (cleanByline(label + l) !== null) return label + l
  }
  return textOf(el)
}

/** An inline element with no block inside that sits among block siblings: a line of its own. */
function standsAlone(el: ElementNode): boolean {
  return INLINE_TAGS.has(el.tag) && !el.hasBlock && el.parent !== null && el.parent.hasBlock
}

/** One pass down the tree: is each element inside a related/comments/footer zone? */
function markOtherStories(elements: ElementNode[]): Uint8Array {
  const outside = new Uint8Array(elements.length)
  for (const el of elements) {
    const parent = el.parent
    if (parent !== null && outside[parent.order] === 1) {
      outside[el.order] = 1
      continue
    }
    if (el.tag === 'nav') {
      outside[el.order] = 1
      continue
    }
    const names = classAndId(el)
    if (names !== '' && PATTERNS.otherStoriesClass.test(names)) outside[el.order] = 1
  }
  return outside
}

function isBreadcrumb(el: ElementNode): boolean {
  const names = classAndId(el)
  if (names !== '' && PATTERNS.breadcrumbClass.test(names)) return true
  const label = el.attrs['aria-label']
  if (label !== undefined && PATTERNS.breadcrumbClass.test(label)) return true
  return /BreadcrumbList/.test(el.attrs['itemtype'] ?? '')
}

function crumbTexts(el: ElementNode): string[] {
  const out: string[] = []
  const stack: ElementNode[] = [el]
  while (stack.length > 0) {
    const current = stack.pop() as ElementNode
    if (current.tag === 'a' || current.tag === 'li') {
      const text = normalizeSpace(textOf(current))
      if (text !== '') out.push(text)
      if (current.tag === 'a') continue
      if (current.children.some((c) => c.kind === 'element' && c.tag === 'a')) out.pop()
    }
    for (let i = current.children.length - 1; i >= 0; i--) {
      const child = current.children[i]
      if (child !== undefined && child.kind === 'element') stack.push(child)
    }
  }
  return out
}

function sectionFromCrumbs(crumbs: string[], titleKey: string): string | null {
  for (const crumb of crumbs) {
    if (PATTERNS.homeCrumb.test(crumb)) continue
    if (titleKey !== '' && key(crumb) === titleKey) continue
    if (crumb.length > 40) continue
    return crumb
  }
  return null
}

/**
 * "By Kamola Rashidova | Business | 17 September 2024": the part that is neither the byline nor
 * the date, and that names a menu entry, is the section.
 */
function sectionFromInfoLines(lines: string[], page: ParsedPage): string | null {
  const menu = menuTexts(page)
  for (const line of lines) {
    for (const part of line.split(PATTERNS.infoLineSeparator)) {
      const text = part.trim()
      if (text === '' || PATTERNS.bylineText.test(text) || findDateInText(text) !== null) continue
      if (menu.has(key(text)) && !PATTERNS.homeCrumb.test(text)) return text
    }
  }
  return null
}

function menuTexts(page: ParsedPage): Set<string> {
  const out = new Set<string>()
  for (const el of page.elements) {
    if (el.tag !== 'a') continue
    for (let p = el.parent; p !== null; p = p.parent) {
      const names = classAndId(p)
      if (p.tag === 'nav' || p.tag === 'header' || (names !== '' && /menu|nav/.test(names))) {
        out.add(key(textOf(el)))
        break
      }
    }
  }
  return out
}

/** An author box at the foot of a story: its first short name line is a fallback byline. */
function insideAuthorBox(el: ElementNode): boolean {
  for (let p: ElementNode | null = el, depth = 0; p !== null && depth < 4; p = p.parent, depth++) {
    const names = classAndId(p)
    if (names !== '' && PATTERNS.bylineClass.test(names) && PATTERNS.authorBoxClass.test(names)) {
      return true
    }
  }
  return false
}

/** "Jane Doe": a person's name that shares no word with the headline (not a sub-heading). */
function isNameLine(text: string, headlineKey: string): boolean {
  if (!META_PATTERNS.personName.test(text) || META_PATTERNS.notNameStart.test(text)) return false
  if (BYLINE.lead.test(text) || BYLINE.bareLabel.test(text)) return false
  return !text.split(' ').some((w) => w.length > 2 && headlineKey.includes(key(w)))
}

/** The block after `el` starts "Jane Doe is ..." or "Jane is ..." (a bio under a name). */
function opensBio(el: ElementNode, name: string): boolean {
  const siblings = el.parent?.children ?? []
  const next = siblings.slice(siblings.indexOf(el) + 1).find((c) => c.kind === 'element')
  if (next === undefined || next.kind !== 'element') return false
  const start = normalizeSpace(textOf(next)).slice(0, name.length + 12)
  const first = name.split(' ')[0] as string
  return PATTERNS.bioOpening.test(
    start.startsWith(name)
      ? start.slice(name.length)
      : start.startsWith(`${first} `)
        ? start.slice(first.length)
        : '',
  )
}

/** Two to four capitalised words: "Jane Doe", "Mary-Ann van der Berg" (particles allowed). */
function isPersonName(text: string): boolean {
  const words = text.split(' ')
  if (words.length < 2 || words.length > 5) return false
  return words.every(
    (w) => /^\p{Lu}/u.test(w) || /^(?:van|von|der|de|da|di|la|le|bin|al|del)$/.test(w),
  )
}

/**
 * The element showing the declared headline when it is not an <h1> (a styled <div> or <h2>):
 * the anchor the byline and date are looked for under.
 */
function elementWithText(
  elements: ElementNode[],
  outside: Uint8Array,
  hintKey: string,
): ElementNode | null {
  if (hintKey.length < 10) return null
  for (const el of elements) {
    if (outside[el.order] || el.textLen < hintKey.length) continue
    if (el.textLen > hintKey.length + HEADLINE_SLACK_CHARS || el.tag === 'a') continue
    if (key(textOf(el)) === hintKey) return el
  }
  return null
}

/** `<a href="/author/jane-doe">Jane Doe</a>`: a profile link whose text is the slug's name. */
function isProfileLink(el: ElementNode): boolean {
  const href = el.attrs['href']
  if (href === undefined || el.textLen < 3 || el.textLen > 60) return false
  const m = META_PATTERNS.authorHref.exec(href)
  if (m === null) return false
  const slug = key(decodeURIComponentSafe(m[1] as string))
  const text = key(textOf(el))
  return text.length >= 3 && (slug === text || slug.startsWith(text) || text.startsWith(slug))
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function findItemprop(root: ElementNode, prop: string): ElementNode | null {
  const stack: ElementNode[] = [root]
  while (stack.length > 0) {
    const el = stack.pop() as ElementNode
    if (el !== root && el.attrs['itemprop'] === prop) return el
    for (const child of el.children) if (child.kind === 'element') stack.push(child)
  }
  return null
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}
