import { normalizeSpace, textOf, type ElementNode, type HtmlNode } from './dom.js'
import type { ParsedPage } from './parse.js'
import { PATTERNS } from './patterns.js'
import { renderContent, type Rendered } from './render.js'
import { classRole, pickRoot, scoreTree, type Scores } from './score.js'
import { HEADING_TAGS, INLINE_TAGS } from './tags.js'

/** One rung of the ladder: what the attempt trusts. Each rung drops one assumption. */
interface Rung {
  name: string
  /** Let furniture class names (related, share, comments...) steer the choice of container. */
  classWeights: boolean
  /** Remove furniture-class elements inside the container. */
  removeByClass: boolean
  /** Remove containers whose prose value is negative (menus, teaser lists, widgets). */
  pruneNegative: boolean
}

/**
 * Strict first, then loosen one step at a time, keeping the best attempt (Readability's flag
 * ladder in `_grabArticle`). An attempt is accepted as soon as it yields a full article.
 */
const LADDER: Rung[] = [
  { name: 'strict', classWeights: true, removeByClass: true, pruneNegative: true },
  { name: 'keep-furniture-classes', classWeights: true, removeByClass: false, pruneNegative: true },
  { name: 'ignore-class-names', classWeights: false, removeByClass: false, pruneNegative: true },
  { name: 'keep-everything', classWeights: false, removeByClass: false, pruneNegative: false },
]

/** Text below this length is not yet an article; try the next rung (Readability's 500). */
const ENOUGH_TEXT_CHARS = 500
/**
 * A looser rung replaces a stricter one only with this many times its text: a short news brief
 * found by the strict rung must not lose to a slightly longer footer the loose rungs admit.
 */
const LOOSER_MUST_GAIN = 2
/** A structural furniture element (nav, aside, footer) is kept only if it carries this share. */
const FURNITURE_KEEP_SHARE = 0.3
/** A furniture-class element is kept only when it holds at least this share of the prose. */
const CLASS_KEEP_SHARE = 0.5
/** Lists and tables whose text is mostly links are related-story and tag lists. */
const MAX_LIST_LINK_DENSITY = 0.5
/** A negative-valued container with this much link text is a widget or teaser rail. */
const MAX_CONTAINER_LINK_DENSITY = 0.25
/** A paragraph that is mostly one link is a "read also" teaser. */
const MAX_BLOCK_LINK_DENSITY = 0.6
/** Callouts ("Read more", "Advertisement", bylines) are short; long text is prose. */
const CALLOUT_MAX_CHARS = 120

const STRUCTURAL_FURNITURE = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu'])

export interface ContentResult extends Rendered {
  /** Which rung of the ladder produced the text. */
  attempt: string
}

export function extractContent(
  page: ParsedPage,
  headline: string,
  baseUrl: string | null,
): ContentResult {
  const titleKey = comparable(headline)
  const weighted = scoreTree(page.elements, true)
  const plain = scoreTree(page.elements, false)
  let best: ContentResult | null = null
  for (const rung of LADDER) {
    const scores = rung.classWeights ? weighted : plain
    const root = pickRoot(page.elements, scores, rung.classWeights)
    if (root === null) continue
    const removed = prune(root, scores, rung, titleKey)
    const rendered = renderContent(root, removed, baseUrl)
    const result: ContentResult = { ...rendered, attempt: rung.name }
    if (best === null || rendered.text.length >= LOOSER_MUST_GAIN * best.text.length) best = result
    if (best.text.length >= ENOUGH_TEXT_CHARS) return best
  }
  return best ?? { text: '', html: '', attempt: 'none' }
}

/** The elements inside `root` that are page furniture, not article. */
function prune(root: ElementNode, scores: Scores, rung: Rung, titleKey: string) {
  const removed = new Set<ElementNode>()
  const rootRaw = Math.max(scores.raw[root.order] as number, 1)
  const stack: HtmlNode[] = [...root.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (node.kind === 'text') continue
    if (shouldRemove(node, scores, rung, rootRaw, titleKey)) {
      removed.add(node)
      continue
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode)
  }
  trimLead(root, removed)
  return removed
}

/** Header lines before the story and tool labels after it are short and have no sentence. */
const EDGE_LINE_MAX_CHARS = 100

/**
 * Before the first sentence of the story sit kickers, datelines, "Updated 5:27 am", photo
 * credits and "Back to gallery": short blocks without sentence punctuation are dropped until
 * the first sentence; headings and list items are kept. (Trimming the tail the same way cost
 * more recall than it gained precision on both benchmarks, so the tail is left alone.)
 */
function trimLead(root: ElementNode, removed: Set<ElementNode>): void {
  const blocks: ElementNode[] = []
  const stack: HtmlNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (node.kind === 'text' || removed.has(node)) continue
    if (!node.hasBlock && !INLINE_TAGS.has(node.tag)) {
      if (node.textLen > 0) blocks.push(node)
      continue
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode)
  }
  const isEdgeLine = (el: ElementNode): boolean =>
    el.textLen < EDGE_LINE_MAX_CHARS &&
    !HEADING_TAGS.has(el.tag) &&
    el.tag !== 'li' &&
    !PATTERNS.sentenceEnd.test(normalizeSpace(textOf(el)))
  for (const el of blocks) {
    if (!isEdgeLine(el)) break
    removed.add(el)
  }
}

function shouldRemove(
  el: ElementNode,
  scores: Scores,
  rung: Rung,
  rootRaw: number,
  titleKey: string,
): boolean {
  if (el.textLen === 0) return el.tag !== 'br'
  const raw = scores.raw[el.order] as number
  const share = raw / rootRaw
  const linkDensity = el.linkLen / el.textLen
  if (STRUCTURAL_FURNITURE.has(el.tag) && share < FURNITURE_KEEP_SHARE) return true
  // Photo captions and credits describe pictures we drop; they are not the story's prose.
  if (el.tag === 'figcaption' || (el.tag === 'figure' && share < FURNITURE_KEEP_SHARE)) return true
  if (rung.removeByClass && share < CLASS_KEEP_SHARE && classRole(el) === 'boilerplate') return true
  const isList = el.tag === 'ul' || el.tag === 'ol' || el.tag === 'dl' || el.tag === 'table'
  if (isList && linkDensity > MAX_LIST_LINK_DENSITY) return true
  if (el.hasBlock && el.linkLen > 0 && share < CLASS_KEEP_SHARE && isTeaserList(el)) return true
  if (INLINE_TAGS.has(el.tag) && !el.hasBlock) return false
  if (el.hasBlock) {
    return rung.pruneNegative && raw < 0 && linkDensity > MAX_CONTAINER_LINK_DENSITY
  }
  // A leaf block: one paragraph, heading, list item or cell.
  if (linkDensity > MAX_BLOCK_LINK_DENSITY && el.tag !== 'td' && el.tag !== 'th') return true
  if (el.textLen <= CALLOUT_MAX_CHARS || HEADING_TAGS.has(el.tag)) {
    const text = normalizeSpace(textOf(el))
    if (HEADING_TAGS.has(el.tag) && titleKey !== '' && comparable(text) === titleKey) return true
    if (el.textLen <= CALLOUT_MAX_CHARS && isCallout(text)) return true
  }
  return false
}

/** Teaser lists show at least this many items... */
const TEASER_MIN_ITEMS = 3
/** ...and most of them end in an ellipsis: cut-off summaries of other stories. */
const TEASER_TRUNCATED_SHARE = 0.5

/** A list of other stories: each item a headline link and a summary cut off with "...". */
function isTeaserList(el: ElementNode): boolean {
  let items = 0
  let truncated = 0
  for (const child of el.children) {
    if (child.kind !== 'element' || child.textLen === 0) continue
    items++
    if (child.linkLen > 0 && PATTERNS.truncatedText.test(textOf(child))) truncated++
  }
  return items >= TEASER_MIN_ITEMS && truncated >= items * TEASER_TRUNCATED_SHARE
}

function isCallout(text: string): boolean {
  return (
    PATTERNS.urlText.test(text) ||
    PATTERNS.calloutText.test(text) ||
    PATTERNS.bylineText.test(text) ||
    PATTERNS.copyrightText.test(text)
  )
}

/** Lower-case letters and digits only: how headings are compared with the title. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}
