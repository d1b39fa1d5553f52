import { normalizeSpace, textOf, type ElementNode, type HtmlNode } from './dom.js'
import type { ParsedPage } from './parse.js'
import { PATTERNS } from './patterns.js'
import { renderContent, type Rendered } from './render.js'
import { findFurnitureZones, isTeaserRail } from './furniture-zones.js'
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
  // Comment threads, teaser rails and labelled related-story blocks are out on every rung: a
  // looser rung that admitted them would win on length alone below a short story.
  const zones = findFurnitureZones(page.elements)
  const weighted = scoreTree(page.elements, true, zones)
  const plain = scoreTree(page.elements, false, zones)
  let best: ContentResult | null = null
  for (const rung of LADDER) {
    const scores = rung.classWeights ? weighted : plain
    const root = pickRoot(page.elements, scores, rung.classWeights, zones)
    if (root === null) continue
    const removed = prune(root, scores, rung, titleKey, zones)
    const rendered = renderContent(root, removed, baseUrl)
    const result: ContentResult = { ...rendered, attempt: rung.name }
    if (best === null || rendered.text.length >= LOOSER_MUST_GAIN * best.text.length) best = result
    if (best.text.length >= ENOUGH_TEXT_CHARS) return best
  }
  return best ?? { text: '', html: '', attempt: 'none' }
}

/** The elements inside `root` that are page furniture, not article. */
function prune(root: ElementNode, scores: Scores, rung: Rung, titleKey: string, zones: Uint8Array) {
  const removed = new Set<ElementNode>()
  const rootRaw = Math.max(scores.raw[root.order] as number, 1)
  const stack: HtmlNode[] = [...root.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (node.kind === 'text') continue
    if (
      (zones !== null && zones[node.order] === 1) ||
      shouldRemove(node, scores, rung, rootRaw, titleKey)
    ) {
      removed.add(node)
      continue
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode)
  }
  const blocks = keptBlocks(root, removed)
  trimLead(blocks, removed)
  trimTail(blocks, removed)
  return removed
}

/** Header lines before the story and tool labels after it are short and have no sentence. */
const EDGE_LINE_MAX_CHARS = 100
/** Promotions after the story ("Sign up for our newsletter", "Email the author at") are short. */
const PROMO_MAX_CHARS = 300

/** The leaf blocks (paragraphs, headings, items) still kept below `root`, in document order. */
function keptBlocks(root: ElementNode, removed: Set<ElementNode>): ElementNode[] {
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
  return blocks
}

function isEdgeLine(el: ElementNode): boolean {
  return (
    el.textLen < EDGE_LINE_MAX_CHARS &&
    !HEADING_TAGS.has(el.tag) &&
    el.tag !== 'li' &&
    !PATTERNS.sentenceEnd.test(normalizeSpace(textOf(el)))
  )
}

/**
 * Before the first sentence of the story sit kickers, datelines, "Updated 5:27 am", photo
 * credits and "Back to gallery": short blocks without sentence punctuation are dropped until
 * the first sentence; headings and list items are kept.
 */
function trimLead(blocks: ElementNode[], removed: Set<ElementNode>): void {
  for (const el of blocks) {
    if (!isEdgeLine(el)) break
    removed.add(el)
  }
}

/**
 * After the story sit promotions: "Get the magazine delivered every month. Click here", "Sign up
 * for our free daily newsletter", "Email Jane Doe at ... or follow her". Walking back from the
 * end over promotions, short headings and edge lines ("Tags", "Comments"), everything from the
 * earliest promotion on is dropped. Edge lines alone are kept: trimming the tail like the lead
 * cost more recall than it gained precision on both benchmarks.
 */
function trimTail(blocks: ElementNode[], removed: Set<ElementNode>): void {
  let cut = -1
  for (let i = blocks.length - 1; i >= 0; i--) {
    const el = blocks[i] as ElementNode
    if (el.textLen <= PROMO_MAX_CHARS && PATTERNS.promoText.test(normalizeSpace(textOf(el)))) {
      cut = i
    } else if (!isEdgeLine(el) && !(HEADING_TAGS.has(el.tag) && el.textLen < EDGE_LINE_MAX_CHARS)) {
      break
    }
  }
  if (cut < 0) return
  for (let i = cut; i < blocks.length; i++) removed.add(blocks[i] as ElementNode)
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
  if (share < CLASS_KEEP_SHARE && isTeaserRail(el)) return true
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
