import { classAndId, type ElementNode } from './dom.js'
import { PATTERNS } from './patterns.js'
import { HEADING_TAGS, INLINE_TAGS } from './tags.js'

/**
 * Every text block pays this many characters before it counts as prose, so menus, dates,
 * share labels and one-line captions come out negative while real paragraphs stay positive.
 */
const BLOCK_COST = 20
/** Link text counts this many times against a block: a list of links is the opposite of prose. */
const LINK_PENALTY = 2
/** Each comma is worth this many characters: commas mark sentences, not menus (Readability). */
const COMMA_BONUS = 3
/**
 * Negative blocks (menus, link lists) count at this share against a container. Less than 1:
 * articles that are lists of linked resources still carry their own links.
 */
const NEGATIVE_WEIGHT = 0.8
/** Tags that are page furniture by definition (HTML's sectioning for navigation and asides). */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer'])
/** Cells and list items are data, not standalone furniture: they pay no block cost. */
const CELL_TAGS = new Set(['li', 'td', 'th', 'dd', 'dt'])
/** Furniture-class containers keep only this share of their prose when ranking ancestors. */
const BOILERPLATE_WEIGHT = 0.1
/** A container named as the article body, or an <article>/<main>, is preferred by this factor. */
const CONTENT_BONUS = 1.25

export interface Scores {
  /**
   * Prose value of each element's subtree as a candidate container, indexed by `order`; may be
   * negative. Furniture-class descendants count at a tenth; the element's own class does not
   * count here (a mis-named article wrapper stays a good candidate; its ancestors pay).
   */
  sum: Float64Array
  /** The same without class-name weighting, for pruning decisions. */
  raw: Float64Array
}

export type ClassRole = 'boilerplate' | 'content' | 'neutral'

/** Whether an element's class, id, tag or role name it as page furniture or as the article. */
export function classRole(el: ElementNode): ClassRole {
  const names = classAndId(el)
  const itemprop = el.attrs['itemprop']
  if (names !== '' && PATTERNS.contentClass.test(names)) return 'content'
  if (itemprop !== undefined && PATTERNS.contentItemprop.test(itemprop)) return 'content'
  const role = el.attrs['role']
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') {
    return 'boilerplate'
  }
  if (names !== '' && PATTERNS.boilerplateClass.test(names)) return 'boilerplate'
  return 'neutral'
}

/** The value of one run of text as prose: long, comma-rich text scores high, links score low. */
export function blockValue(len: number, linkLen: number, commas: number, tag: string): number {
  if (len === 0) return 0
  const value = HEADING_TAGS.has(tag)
    ? -linkLen * LINK_PENALTY
    : len - LINK_PENALTY * linkLen + COMMA_BONUS * commas - (CELL_TAGS.has(tag) ? 0 : BLOCK_COST)
  return value < 0 ? value * NEGATIVE_WEIGHT : value
}

/**
 * Bottom-up prose values for every element. A leaf block (no block children) is valued as one
 * paragraph; a container adds its children plus the loose inline text it holds itself. Furniture
 * zones (`zones[order] === 1`: comment threads, teaser rails) add nothing to their ancestors.
 */
export function scoreTree(
  elements: ElementNode[],
  useClassWeights: boolean,
  zones: Uint8Array,
): Scores {
  const sum = new Float64Array(elements.length)
  const raw = new Float64Array(elements.length)
  /** What each element passes up to its parent (class-weighted). */
  const up = new Float64Array(elements.length)
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i] as ElementNode
    if (!el.hasBlock && INLINE_TAGS.has(el.tag)) continue // counted in its parent's own text
    let ownLen = 0
    let ownLink = 0
    let ownCommas = 0
    let childSum = 0
    let childRaw = 0
    if (!el.hasBlock) {
      ownLen = el.textLen
      ownLink = el.linkLen
      ownCommas = el.commas
    } else {
      for (const child of el.children) {
        if (child.kind === 'text') {
          ownLen += child.len
          ownCommas += child.commas
        } else if (!child.hasBlock && INLINE_TAGS.has(child.tag)) {
          ownLen += child.textLen
          ownLink += child.linkLen
          ownCommas += child.commas
        } else if (zones[child.order] === 1) {
          // A zone's prose never counts for its ancestors; its link-heavy cost still does.
          childSum += Math.min(up[child.order] as number, 0)
          childRaw += Math.min(raw[child.order] as number, 0)
        } else {
          childSum += up[child.order] as number
          childRaw += raw[child.order] as number
        }
      }
    }
    const own = blockValue(ownLen, ownLink, ownCommas, el.tag)
    raw[i] = own + childRaw
    const value = own + childSum
    sum[i] = value
    up[i] =
      useClassWeights && value > 0 && classRole(el) === 'boilerplate'
        ? value * BOILERPLATE_WEIGHT
        : value
  }
  return { sum, raw }
}

/** The element whose subtree holds the most prose net of furniture: the article container. */
export function pickRoot(
  elements: ElementNode[],
  scores: Scores,
  useClassWeights: boolean,
  zones: Uint8Array,
) {
  let best: ElementNode | null = null
  let bestScore = 0
  // Nothing inside a comment thread or a teaser rail is the story (zones are flagged on their top).
  const inZone = new Uint8Array(elements.length)
  // Inside furniture (a comment thread, a sidebar, a footer), even a long text is not the story:
  // flags are set top-down, since `elements` is in document order.
  const inFurniture = new Uint8Array(elements.length)
  for (const el of elements) {
    const parentFlag = el.parent === null ? 0 : (inFurniture[el.parent.order] as number)
    inFurniture[el.order] =
      parentFlag === 1 ||
      FURNITURE_TAGS.has(el.tag) ||
      (useClassWeights && classRole(el) === 'boilerplate')
        ? 1
        : 0
    inZone[el.order] =
      (el.parent !== null && inZone[el.parent.order] === 1) || zones[el.order] === 1 ? 1 : 0
    let score = scores.sum[el.order] as number
    if (score <= 0 || inZone[el.order] === 1) continue
    if (inFurniture[el.order] === 1) score *= BOILERPLATE_WEIGHT
    if (useClassWeights && isNamedContent(el)) score *= CONTENT_BONUS
    if (score > bestScore) {
      bestScore = score
      best = el
    }
  }
  return best
}

function isNamedContent(el: ElementNode): boolean {
  if (el.tag === 'article' || el.tag === 'main') return true
  return classRole(el) === 'content'
}
