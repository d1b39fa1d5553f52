import {
  classAndId,
  normalizeSpace,
  textOf,
  type ElementNode,
  type HtmlNode,
  type TextNode,
} from './dom.js'
import { findDateInText, normalizeDate, slashDateOrder } from './dates.js'
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
  /** True when `byline` was read in the article header, next to the headline. */
  bylineInHeader: boolean
  /** The other bylines near the headline, best first: a fallback when `byline` names the site. */
  bylineAlternatives: string[]
  /** Holders named in a copyright line ("© 2025 Jane Doe."): the owner of a personal site. */
  copyrightHolders: string[]
}

/** Bylines read here are page text, where labels and tags sit beside the names. */
const SHOWN = { shownOnPage: true } as const
/** How far after the headline (in elements) we look for its byline and date line. */
const HEADER_WINDOW = 60
/** How many elements after the headline an unlabelled name line may sit. */
const NAME_UNDER_HEADLINE = 4
/** How many elements of distance a `datetime` attribute is worth over a date in text. */
const MACHINE_DATE_BONUS = 3
/** How many elements of distance an "Updated" label costs a date. */
const UPDATED_DATE_PENALTY = 20
/** A byline or date line is short; longer blocks are prose that happens to mention a date. */
const META_LINE_MAX_CHARS = 160
/** A date-and-name line is short: "2025-12-17 · Jane Doe". */
const SHORT_LINE_CHARS = 80
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
  const slashOrder = slashDateOrder(page.htmlLang)
  const dateIn = (text: string) => findDateInText(text, slashOrder)

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
  /** `updated`: a date labelled as the last update ("Updated: Jan 2, 2026"), not the first. */
  const dateCandidates: { rank: number; date: PublishedDate; updated?: boolean }[] = []
  const infoLines: string[] = []
  const crumbs: string[] = []
  const kickers: string[] = []
  const homeLinks: string[] = []
  const copyrightHolders: string[] = []
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
        (el.textLen > 0 && el.textLen <= META_LINE_MAX_CHARS ? dateIn(textOf(el)) : null)
      const isPublished =
        el.attrs['itemprop'] === 'datePublished' || el.attrs['pubdate'] !== undefined
      const updated =
        el.attrs['itemprop'] === 'dateModified' ||
        META_PATTERNS.updatedClass.test(names) ||
        (el.textLen <= META_LINE_MAX_CHARS && META_PATTERNS.updatedLine.test(textOf(el)))
      // A machine-readable datetime keeps the time and offset the text leaves out.
      const bonus = fromAttr !== null ? MACHINE_DATE_BONUS : 0
      if (date !== null)
        dateCandidates.push({ rank: isPublished ? -1e3 : rank - bonus, date, updated })
    }
    // Loose text between blocks ("<legend>Title</legend> 20 December 2025 <div>") is a line too.
    if (rank <= HEADER_WINDOW && el.hasBlock) {
      for (const child of el.children) {
        if (child.kind !== 'text' || child.len < 6 || child.len > 80) continue
        const date = dateIn(normalizeSpace(child.text))
        if (date !== null) dateCandidates.push({ rank: rank + 0.75, date })
      }
    }
    for (const child of el.children) {
      if (child.kind !== 'text' || child.len > META_LINE_MAX_CHARS) continue
      const holder = META_PATTERNS.copyrightHolder.exec(normalizeSpace(child.text))
      if (holder !== null) copyrightHolders.push((holder[1] as string).replace(/\.$/, ''))
    }
    // "2025-12-17 · <a><div>Jane Doe</div></a>": a date line built of blocks, a name beside.
    if (rank <= HEADER_WINDOW && el.hasBlock && el.textLen <= SHORT_LINE_CHARS) {
      const segments = normalizeSpace(textOf(el)).split(PATTERNS.infoLineSeparator)
      const nameBeside =
        segments.length > 1 && segments.some((t) => findDateInText(t) !== null)
          ? segments.find((t) => META_PATTERNS.personName.test(t.trim()) && !BYLINE.lead.test(t))
          : undefined
      const cleaned = nameBeside === undefined ? null : cleanByline(nameBeside, SHOWN)
      if (cleaned !== null) bylineCandidates.push({ rank: rank + 1, names: cleaned })
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
    // "Reviewed by <a href=/author/...>", "Contributions from: <a>": profile links of people
    // who checked or helped, not the writers.
    if ((isAuthorLink || isAuthorProp || isBylineClass) && !inHelperCredit(el)) {
      const nameEl = isAuthorProp ? (findItemprop(el, 'name') ?? el) : el
      const cleaned = cleanByline(firstLine(nameEl), SHOWN)
      if (cleaned !== null)
        bylineCandidates.push({ rank: isAuthorLink ? rank + 0.5 : rank, names: cleaned })
    }
    // A kicker above the headline ("Resources", "Opinion") names the story's section.
    if (rank <= HEADER_WINDOW && names !== '' && META_PATTERNS.kickerClass.test(names)) {
      const kicker = normalizeSpace(textOf(el))
      if (kicker.length > 1 && kicker.length <= MAX_KICKER_CHARS) kickers.push(kicker)
    }
    // A date on its own line among blocks without a block of its own: a <span> or <small>
    // beside the byline's <p>. Further down, only a labelled one ("Posted on 13 April 2023").
    if (el.tag !== 'a' && standsAlone(el)) {
      const text = normalizeSpace(textOf(el))
      const labelled = META_PATTERNS.dateLabelLine.test(text) && text.length <= 80
      const date = rank <= HEADER_WINDOW || labelled ? dateIn(text) : null
      if (date !== null) {
        const updated = META_PATTERNS.updatedLine.test(text)
        dateCandidates.push({ rank: rank <= HEADER_WINDOW ? rank + 0.5 : rank, date, updated })
      }
    }
    if (!el.hasBlock && !INLINE_TAGS.has(el.tag)) {
      const text = normalizeSpace(textOf(el))
      if (META_PATTERNS.breadcrumbLead.test(text)) crumbs.push(...crumbTexts(el))
      // "Published on 13 April 2023" anywhere on the page (a footer date line) is a last resort.
      if (rank > HEADER_WINDOW && META_PATTERNS.dateLabelLine.test(text) && text.length <= 80) {
        const date = dateIn(text)
        if (date !== null) dateCandidates.push({ rank, date })
      }
      // A row of tag links after a "By" heading is the story's topics, not its author.
      if (pendingLabel === 'author' && !holdsTagLinks(el)) {
        const cleaned = looksLikeNames(text) ? cleanByline(text, SHOWN) : null
        if (cleaned !== null) bylineCandidates.push({ rank: rank - 0.5, names: cleaned })
      }
      pendingLabel = PATTERNS.metaLabel.test(text)
        ? PATTERNS.authorLabel.test(text)
          ? 'author'
          : 'date'
        : null
      // A line just under the headline that is only a person's name is an unlabelled byline
      // ("ByJane Doe" when the label's element has no space after it; not a row of tag links).
      const nameLine = text.replace(BYLINE.gluedLead, '')
      if (
        el.order > start &&
        el.order - start <= NAME_UNDER_HEADLINE &&
        isNameLine(nameLine, hintKey) &&
        !holdsTagLinks(el)
      ) {
        bylineCandidates.push({ rank: rank + 2, names: nameLine, alone: true })
      }
      // An "about the author" note: a name heading, then a bio that opens with that name.
      if (HEADING_TAGS.has(el.tag) || el.tag === 'strong' || el.tag === 'b') {
        if (META_PATTERNS.personName.test(text) && opensBio(el, text)) {
          bylineCandidates.push({ rank: el.order + 2e7, names: text })
        }
      }
      if (isAuthorBox && rank < 1e6) {
        // "Former Staff Consultant" under the name in the box is the author's role.
        const isRole = BYLINE.title.test(text) || BYLINE.role.test(text)
        const cleaned =
          looksLikeNames(text) && isPersonName(text) && !isRole ? cleanByline(text, SHOWN) : null
        if (cleaned !== null) bylineCandidates.push({ rank: rank + 1e7, names: cleaned })
      }
      // "Policy | 19 February 2026 | By Timur Baisalov": the byline may be any part of the line.
      const segments = rank <= HEADER_WINDOW ? text.split(PATTERNS.infoLineSeparator) : [text]
      // "ByJane Doe": a "By" span and a name span with no space between them.
      const bylineSegment = segments.find(
        (t) => (PATTERNS.bylineText.test(t) || BYLINE.gluedLead.test(t)) && looksLikeNames(t),
      )
      if (bylineSegment !== undefined) {
        const cleaned = cleanByline(bylineSegment, SHOWN)
        if (cleaned !== null) bylineCandidates.push({ rank: rank - 0.25, names: cleaned })
      }
      if (rank <= HEADER_WINDOW) {
        const date = dateIn(text)
        // "Dec. 19, 2025 · Niko Matsakis": a name set off beside the date is the byline.
        // "Dec 26, 2025 • Jane Doe in Project Management": the name before the category.
        const nameBeside =
          date !== null && bylineSegment === undefined && segments.length > 1
            ? segments
                .map((t) => (looksLikeNames(t) ? cleanByline(t, SHOWN) : null))
                .find((t) => t !== null && META_PATTERNS.personName.test(t))
            : undefined
        if (nameBeside !== undefined && nameBeside !== null)
          bylineCandidates.push({ rank: rank + 1, names: nameBeside })
        if (date !== null) {
          dateCandidates.push({
            rank: rank + 0.5,
            date,
            updated: META_PATTERNS.updatedLine.test(text),
          })
          infoLines.push(text)
        } else if (bylineSegment !== undefined) {
          infoLines.push(text)
        }
      }
    }
  }

  bylineCandidates.sort((a, b) => a.rank - b.rank)
  // The first publication beats a later update the header shows closer to the headline.
  const dateRank = (c: { rank: number; updated?: boolean }) =>
    c.updated === true ? c.rank + UPDATED_DATE_PENALTY : c.rank
  dateCandidates.sort((a, b) => dateRank(a) - dateRank(b))
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
    copyrightHolders,
    bylineInHeader: (bylineCandidates[0]?.rank ?? Infinity) <= HEADER_WINDOW,
    bylineAlternatives: bylineCandidates
      .slice(1)
      .filter((c) => c.rank <= HEADER_WINDOW)
      .map((c) => c.names),
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
  if (!el.hasBlock && !hasJobTitle(el)) return textOf(el)
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
    // A job title printed beside the name ends the name's line and is no part of it.
    if (node !== el && isJobTitle(node)) {
      stack.push(null)
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
    else if (cleanByline(label + l, SHOWN) !== null) return label + l
  }
  return textOf(el)
}

/** The line around an inline element opens with a reviewer's or helper's label. */
function inHelperCredit(el: ElementNode): boolean {
  let line: ElementNode = el
  while (INLINE_TAGS.has(line.tag) && line.parent !== null) line = line.parent
  if (line.textLen > META_LINE_MAX_CHARS) return false
  return BYLINE.notAuthorLead.test(normalizeSpace(textOf(line)))
}

/** Links to tag or category pages (`rel="tag"`, "/tag/..."): topics, not people. */
function holdsTagLinks(el: ElementNode): boolean {
  const stack: ElementNode[] = [el]
  while (stack.length > 0) {
    const current = stack.pop() as ElementNode
    if (current.tag === 'a') {
      const rel = current.attrs['rel'] ?? ''
      const href = current.attrs['href'] ?? ''
      if (/\btag\b/i.test(rel) || PATTERNS.topicHref.test(href)) return true
    }
    for (const child of current.children) if (child.kind === 'element') stack.push(child)
  }
  return false
}

/** `<span class="author-title">` or `itemprop="jobTitle"`: a role, not a name. */
function isJobTitle(el: ElementNode): boolean {
  const names = classAndId(el)
  return (
    el.attrs['itemprop'] === 'jobTitle' || (names !== '' && PATTERNS.bylineRoleClass.test(names))
  )
}

function hasJobTitle(el: ElementNode): boolean {
  return el.children.some((c) => c.kind === 'element' && (isJobTitle(c) || hasJobTitle(c)))
}

/** An inline element with no block inside that sits among block siblings: a line of its own. */
function standsAlone(el: ElementNode): boolean {
  return INLINE_TAGS.has(el.tag) && !el.hasBlock && el.parent !== null && el.parent.hasBlock
}

const PAGE_WIDE_TAGS = new Set(['html', 'body', 'main'])

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
    // Classes on <body> and <main> are page-wide theme switches ("woo-related-columns-4"), not
    // a zone of other stories.
    if (PAGE_WIDE_TAGS.has(el.tag)) continue
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
