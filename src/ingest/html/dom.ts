/** The small DOM the reader works on: elements and text, built by `parse.ts`. */

export interface ElementNode {
  kind: 'element'
  /** Lower-case tag name. */
  tag: string
  attrs: Record<string, string>
  parent: ElementNode | null
  children: HtmlNode[]
  /** Position in document order (pre-order), so later passes can walk bottom-up by index. */
  order: number
  /** Whitespace-free character count of all text below. Filled by `measure()`. */
  textLen: number
  /** The part of `textLen` inside links. */
  linkLen: number
  /** Commas in the text below (Latin, CJK and Arabic commas): a sign of prose. */
  commas: number
  /** True when an ancestor is a link: all text here is link text (card teasers wrap blocks in <a>). */
  inLink: boolean
  /** True when some descendant is a block-level element: the node is a container. */
  hasBlock: boolean
}

export interface TextNode {
  kind: 'text'
  text: string
  parent: ElementNode
  /** Whitespace-free character count. */
  len: number
  commas: number
}

export type HtmlNode = ElementNode | TextNode

export function makeElement(
  tag: string,
  attrs: Record<string, string>,
  parent: ElementNode | null,
  order: number,
): ElementNode {
  return {
    kind: 'element',
    tag,
    attrs,
    parent,
    children: [],
    order,
    textLen: 0,
    linkLen: 0,
    commas: 0,
    hasBlock: false,
    inLink: parent !== null && (parent.inLink || parent.tag === 'a'),
  }
}

/** Collapses runs of whitespace to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** All text below `node`, in document order; walks with a stack so deep nesting cannot overflow. */
export function textOf(node: HtmlNode): string {
  if (node.kind === 'text') return node.text
  const parts: string[] = []
  const stack: HtmlNode[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as HtmlNode
    if (current.kind === 'text') {
      parts.push(current.text)
      continue
    }
    if (BLOCK_BREAK_TAGS.has(current.tag)) parts.push(' ')
    for (let i = current.children.length - 1; i >= 0; i--)
      stack.push(current.children[i] as HtmlNode)
  }
  return parts.join('')
}

/** Tags after which words never run together, even in a one-line `textOf()`. */
const BLOCK_BREAK_TAGS = new Set([
  'br',
  'p',
  'div',
  'li',
  'td',
  'th',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])

/** Class and id joined, lower-cased: what the boilerplate and content patterns look at. */
export function classAndId(el: ElementNode): string {
  const cls = el.attrs['class']
  const id = el.attrs['id']
  if (cls === undefined && id === undefined) return ''
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase()
}

/** Every element below `root` (not `root` itself) in document order, iteratively. */
export function descendants(root: ElementNode): ElementNode[] {
  const out: ElementNode[] = []
  const stack: HtmlNode[] = []
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i] as HtmlNode)
  while (stack.length > 0) {
    const current = stack.pop() as HtmlNode
    if (current.kind === 'text') continue
    out.push(current)
    for (let i = current.children.length - 1; i >= 0; i--)
      stack.push(current.children[i] as HtmlNode)
  }
  return out
}

export function isAncestor(ancestor: ElementNode, node: ElementNode): boolean {
  for (let p = node.parent; p !== null; p = p.parent) if (p === ancestor) return true
  return false
}
