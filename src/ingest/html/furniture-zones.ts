import { classAndId, normalizeSpace, textOf, type ElementNode, type HtmlNode } from './dom.js'
import { PATTERNS } from './patterns.js'
import { HEADING_TAGS } from './tags.js'

/**
 * Zones of a page that hold other stories or readers' words, found before scoring so their
 * prose can neither pull the choice of container towards them nor stay inside it. Each zone is
 * flagged on its top element (index = `order`); everything below it belongs to the zone.
 */
export function findFurnitureZones(elements: ElementNode[]): Uint8Array {
  const zones = new Uint8Array(elements.length)
  const pageChars = elements[0]?.textLen ?? 0
  for (const el of elements) {
    if (el.textLen === 0) continue
    if (isCommentZone(el) || (el.textLen < pageChars * RAIL_MAX_PAGE_SHARE && isTeaserRail(el))) {
      zones[el.order] = 1
    } else if (HEADING_TAGS.has(el.tag) && el.textLen <= ZONE_HEADING_MAX_CHARS) {
      markHeadedZone(el, zones)
    }
  }
  return zones
}

/** Section labels ("Comments", "Related articles") are short; a long heading is a headline. */
const ZONE_HEADING_MAX_CHARS = 60
/**
 * Mid-story, a "Related" label counts only when what follows is mostly links: a flat page (all
 * paragraphs siblings of <body>) may have a "Related" section of its own prose.
 */
const RELATED_MIN_LINK_DENSITY = 0.3

/**
 * A heading that names a zone marks its label and everything after the label in the same
 * parent. Strict case: the label opens its parent, so the parent is a dedicated block (the
 * related-posts <article> after a WordPress story, titled "Você pode gostar..."). Looser case:
 * the label sits after the story's prose, and then what follows must be comments (by the
 * label's words) or mostly links ("Related articles" lists inside a story container).
 */
function markHeadedZone(heading: ElementNode, zones: Uint8Array): void {
  const text = normalizeSpace(textOf(heading))
  const isComments = PATTERNS.commentHeading.test(text)
  if (!isComments && !PATTERNS.relatedHeading.test(text)) return
  // Climb through wrappers that hold nothing but the heading ("<div class=title><h3>").
  let label = heading
  while (label.parent !== null && label.parent.textLen === heading.textLen) label = label.parent
  const parent = label.parent
  if (parent === null) return
  let before = 0
  let afterLen = 0
  let afterLink = 0
  let index = -1
  parent.children.forEach((sibling, i) => {
    if (sibling === label) index = i
    else if (index < 0) before += sibling.kind === 'text' ? sibling.len : sibling.textLen
    else if (sibling.kind === 'element') {
      afterLen += sibling.textLen
      afterLink += sibling.linkLen
    } else afterLen += sibling.len
  })
  const opensParent = before === 0
  const isLinkList = afterLen > 0 && afterLink / afterLen >= RELATED_MIN_LINK_DENSITY
  if (!opensParent && !isComments && !isLinkList) return
  for (let i = index; i < parent.children.length; i++) {
    const sibling = parent.children[i] as HtmlNode
    if (sibling.kind === 'element') zones[sibling.order] = 1
  }
}

/** A readers' comment thread by its class or id: "comments", "comment-list", "disqus_thread". */
function isCommentZone(el: ElementNode): boolean {
  const names = classAndId(el)
  return names !== '' && PATTERNS.commentZoneClass.test(names)
}

/** Teaser rails show at least this many items... */
const TEASER_MIN_ITEMS = 3
/** ...and most of them end in an ellipsis: cut-off summaries of other stories. */
const TEASER_TRUNCATED_SHARE = 0.5
/**
 * A teaser is a headline and two lines: longer items ending in "…" are listicle entries whose
 * last line is a widget ("Loading prices for your region…", a scooter buying guide).
 */
const TEASER_MAX_ITEM_CHARS = 500
/**
 * A list holding most of the page is the page: an events listing of truncated descriptions
 * is the content, a news ticker beside a story is not.
 */
const RAIL_MAX_PAGE_SHARE = 0.5
/** Table rows of truncated cells are data (a table of courses with cut-off descriptions). */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr'])

/**
 * A list of other stories: each item a headline link and a summary cut off with "..." (news
 * tickers above the story, "latest news" rails below it). Only the last text of each item is
 * read, so the test costs little on long pages.
 */
export function isTeaserRail(el: ElementNode): boolean {
  if (!el.hasBlock || el.linkLen === 0 || TABLE_PARTS.has(el.tag)) return false
  let items = 0
  let truncated = 0
  for (const child of el.children) {
    if (child.kind !== 'element' || child.textLen === 0) continue
    items++
    if (
      child.linkLen > 0 &&
      child.textLen <= TEASER_MAX_ITEM_CHARS &&
      PATTERNS.truncatedText.test(lastText(child))
    ) {
      truncated++
    }
  }
  return items >= TEASER_MIN_ITEMS && truncated >= items * TEASER_TRUNCATED_SHARE
}

/** The last non-blank text below `el`, found by walking down the last children (no recursion). */
function lastText(el: ElementNode): string {
  const stack: HtmlNode[] = [el]
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (node.kind === 'text') {
      if (node.len > 0) return node.text
      continue
    }
    for (const child of node.children) stack.push(child)
  }
  return ''
}
