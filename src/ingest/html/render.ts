import type { ElementNode, HtmlNode } from './dom.js'
import { INLINE_TAGS } from './tags.js'
import { resolveHref } from './urls.js'

/**
 * Tags the clean HTML may contain, each mapped to what we print. Built from an allow-list walk:
 * anything not listed is unwrapped (its text kept) or, for a leaf block, printed as <p>. No
 * attribute is ever copied except a resolved, safe `href`.
 */
const ALLOWED: Record<string, string> = {
  p: 'p',
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  blockquote: 'blockquote',
  pre: 'pre',
  code: 'code',
  em: 'em',
  strong: 'strong',
  b: 'b',
  i: 'i',
  br: 'br',
  figure: 'figure',
  figcaption: 'figcaption',
}

const TABLE_TAGS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'])

/** Printed tags inside which loose text may stand; elsewhere it is wrapped in <p>. */
const TEXT_CONTAINERS_NEED_P = new Set(['#root', 'figure', 'blockquote'])

export interface Rendered {
  text: string
  html: string
}

interface Block {
  text: string
  kind: 'p' | 'li' | 'row'
}

/**
 * Prints the kept part of `root` as plain text (paragraphs split by blank lines, list items
 * and table rows one per line) and as sanitised HTML, in one iterative walk.
 */
export function renderContent(
  root: ElementNode,
  removed: Set<ElementNode>,
  baseUrl: string | null,
): Rendered {
  const blocks: Block[] = []
  let buffer: string[] = []
  let preDepth = 0
  const html: string[] = []
  /** Tags printed and still open, innermost last. */
  const open: string[] = ['#root']
  let implicitP = false
  let linkDepth = 0
  const dataTables = new Set<ElementNode>()

  const flush = (kind: Block['kind']): void => {
    if (buffer.length === 0) return
    const joined = buffer.join('')
    buffer = []
    const text = preDepth > 0 ? joined.replace(/\s+$/, '') : normalizeLines(joined)
    if (text !== '') blocks.push({ text, kind })
  }
  const closeImplicitP = (): void => {
    if (implicitP) {
      html.push('</p>')
      open.pop()
      implicitP = false
    }
  }
  const ensureTextContext = (): void => {
    if (TEXT_CONTAINERS_NEED_P.has(open[open.length - 1] as string)) {
      html.push('<p>')
      open.push('p')
      implicitP = true
    }
  }

  type Frame =
    { node: HtmlNode; exit: false } | { node: ElementNode; exit: true; tag: string | null }
  const stack: Frame[] = []
  for (let i = root.children.length - 1; i >= 0; i--) {
    stack.push({ node: root.children[i] as HtmlNode, exit: false })
  }

  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    if (frame.exit) {
      const el = frame.node
      const isBlock = !INLINE_TAGS.has(el.tag)
      if (el.tag === 'pre') preDepth--
      if (el.tag === 'a' && frame.tag !== null) linkDepth--
      if (isBlock && !isCell(el, dataTables)) flush(blockKind(el, dataTables))
      if (isBlock && frame.tag === null) closeImplicitP()
      if (frame.tag !== null) {
        if (isBlock) closeImplicitP()
        html.push(`</${frame.tag}>`)
        open.pop()
      }
      continue
    }
    const node = frame.node
    if (node.kind === 'text') {
      if (node.len === 0 && preDepth === 0) {
        // whitespace only: keeps words apart in text, and in HTML only inside open text
        buffer.push(' ')
        if (!TEXT_CONTAINERS_NEED_P.has(open[open.length - 1] as string)) html.push(' ')
        continue
      }
      buffer.push(node.text)
      ensureTextContext()
      html.push(escapeText(preDepth > 0 ? node.text : node.text.replace(/\s+/g, ' ')))
      continue
    }
    if (removed.has(node)) {
      if (!INLINE_TAGS.has(node.tag)) flush('p')
      else buffer.push(' ')
      continue
    }
    const el = node
    if (el.tag === 'br') {
      buffer.push('\n')
      if (!TEXT_CONTAINERS_NEED_P.has(open[open.length - 1] as string)) html.push('<br>')
      continue
    }
    const isBlock = !INLINE_TAGS.has(el.tag)
    if (el.tag === 'table' && isDataTable(el)) dataTables.add(el)
    const tag = printedTag(el, open, linkDepth, dataTables)
    if (isBlock) {
      if (isCell(el, dataTables)) {
        if (buffer.length > 0) buffer.push(' | ')
      } else {
        flush(blockKind(el, dataTables))
      }
    }
    let startTag: string | null = null
    if (tag !== null) {
      if (isBlock) closeImplicitP()
      else ensureTextContext()
      if (tag === 'a') {
        const href = resolveHref(el.attrs['href'] ?? '', baseUrl)
        if (href === null) {
          startTag = null
        } else {
          html.push(`<a href="${escapeAttr(href)}" rel="nofollow noopener">`)
          open.push('a')
          linkDepth++
          startTag = 'a'
        }
      } else {
        html.push(`<${tag}>`)
        open.push(tag)
        startTag = tag
      }
    } else if (isBlock) {
      closeImplicitP()
    }
    if (el.tag === 'pre') preDepth++
    stack.push({ node: el, exit: true, tag: startTag })
    for (let i = el.children.length - 1; i >= 0; i--) {
      stack.push({ node: el.children[i] as HtmlNode, exit: false })
    }
  }
  flush('p')
  closeImplicitP()

  let text = ''
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (i > 0) {
      const prev = blocks[i - 1] as Block
      text += prev.kind === block.kind && block.kind !== 'p' ? '\n' : '\n\n'
    }
    text += block.text
  }
  return { text, html: html.join('').replace(/<p>\s*<\/p>/g, '') }
}

/** What tag (if any) an element prints as in the clean HTML. */
function printedTag(
  el: ElementNode,
  open: string[],
  linkDepth: number,
  dataTables: Set<ElementNode>,
): string | null {
  if (el.tag === 'a') return linkDepth > 0 ? null : 'a'
  if (TABLE_TAGS.has(el.tag)) {
    const table = el.tag === 'table' ? el : closestTable(el)
    if (table !== null && dataTables.has(table)) return el.tag === 'tfoot' ? 'tbody' : el.tag
    return el.hasBlock || INLINE_TAGS.has(el.tag) || el.textLen === 0 ? null : wrapAsParagraph(open)
  }
  const allowed = ALLOWED[el.tag]
  if (allowed !== undefined) {
    if (allowed === 'p' || allowed.startsWith('h')) {
      return TEXT_CONTAINERS_NEED_P.has(open[open.length - 1] as string) ? allowed : null
    }
    return allowed
  }
  // A leaf block with text (a <div> used as a paragraph) prints as <p>.
  if (!INLINE_TAGS.has(el.tag) && !el.hasBlock && el.textLen > 0) return wrapAsParagraph(open)
  return null
}

function wrapAsParagraph(open: string[]): string | null {
  return TEXT_CONTAINERS_NEED_P.has(open[open.length - 1] as string) ? 'p' : null
}

function closestTable(el: ElementNode): ElementNode | null {
  for (let p = el.parent; p !== null; p = p.parent) if (p.tag === 'table') return p
  return null
}

/** A table of data, not layout: no cell holds blocks, and it has more than one cell. */
function isDataTable(table: ElementNode): boolean {
  let cells = 0
  const stack: ElementNode[] = [table]
  while (stack.length > 0) {
    const el = stack.pop() as ElementNode
    for (const child of el.children) {
      if (child.kind !== 'element') continue
      if (child.tag === 'td' || child.tag === 'th') {
        cells++
        if (child.hasBlock && hasBlockOtherThanParagraph(child)) return false
      } else if (child.tag === 'table') {
        return false
      } else {
        stack.push(child)
      }
    }
  }
  return cells > 1
}

function hasBlockOtherThanParagraph(cell: ElementNode): boolean {
  for (const child of cell.children) {
    if (child.kind !== 'element') continue
    if (child.tag === 'p' || child.tag === 'br' || INLINE_TAGS.has(child.tag)) continue
    return true
  }
  return false
}

function isCell(el: ElementNode, dataTables: Set<ElementNode>): boolean {
  if (el.tag !== 'td' && el.tag !== 'th') return false
  const table = closestTable(el)
  return table !== null && dataTables.has(table)
}

function blockKind(el: ElementNode, dataTables: Set<ElementNode>): Block['kind'] {
  if (el.tag === 'li' || el.tag === 'dt' || el.tag === 'dd') return 'li'
  if (el.tag === 'tr' || isCell(el, dataTables)) {
    const table = closestTable(el)
    if (table !== null && dataTables.has(table)) return 'row'
  }
  return 'p'
}

/** Whitespace inside a paragraph becomes single spaces; kept line breaks (from <br>) stay. */
function normalizeLines(text: string): string {
  const lines = text.split('\n')
  const out: string[] = []
  for (const line of lines) {
    const clean = line.replace(/[\s\u00a0]+/g, ' ').trim()
    if (clean !== '') out.push(clean)
  }
  return out.join('\n')
}

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
}

function escapeAttr(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  )
}
