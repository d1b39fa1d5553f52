import { Parser } from 'htmlparser2'
import { makeElement, type ElementNode, type TextNode } from './dom.js'
import { DROPPED_TAGS, INLINE_TAGS } from './tags.js'
import { PATTERNS } from './patterns.js'

/** A parsed page: the visible tree plus the head-level facts the metadata pass needs. */
export interface ParsedPage {
  root: ElementNode
  /** Every element of `root`'s tree in document order; index = `order`. */
  elements: ElementNode[]
  /** The `<title>` text. */
  title: string
  /** Attributes of every `<meta>` element, wherever it sits. */
  metas: Record<string, string>[]
  /** Attributes of every `<link>` element. */
  links: Record<string, string>[]
  /** The raw bodies of `<script type="application/ld+json">`. */
  jsonLd: string[]
  /**
   * Other inline script bodies (app state such as `__NEXT_DATA__`), each cut at
   * `MAX_SCRIPT_CHARS` and `MAX_SCRIPTS_CHARS` in all: read only when the markup gives no date
   * or byline.
   */
  scripts: string[]
  /** `<html lang>` or `xml:lang`. */
  htmlLang: string | null
  /** `<base href>`. */
  baseHref: string | null
}

/** Inline app state beyond this is mostly other posts and code; it costs time to scan. */
const MAX_SCRIPT_CHARS = 200_000
const MAX_SCRIPTS_CHARS = 1_000_000

/**
 * Parses a page with htmlparser2's tokenizer into our own small tree. Scripts, styles, media,
 * form controls and hidden elements are dropped while parsing (their text never enters the
 * tree); `<title>`, `<meta>`, `<link>` and JSON-LD are collected on the side.
 */
export function parseHtml(html: string): ParsedPage {
  const root = makeElement('#root', {}, null, 0)
  const elements: ElementNode[] = [root]
  const metas: Record<string, string>[] = []
  const links: Record<string, string>[] = []
  const jsonLd: string[] = []
  const scripts: string[] = []
  let scriptChars = 0
  let title = ''
  let htmlLang: string | null = null
  let baseHref: string | null = null

  let current = root
  /** > 0 while inside a dropped element; counts the open elements inside it. */
  let skipDepth = 0
  /** What the dropped element we are inside collects: its text goes here when it matters. */
  let capture: 'title' | 'json-ld' | 'script' | null = null
  let captured = ''

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          skipDepth++
          return
        }
        if (name === 'meta') metas.push(attribs)
        else if (name === 'link') links.push(attribs)
        else if (name === 'html') {
          const lang = attribs['lang'] ?? attribs['xml:lang']
          if (lang !== undefined && lang.trim() !== '') htmlLang = lang.trim()
        } else if (name === 'base' && baseHref === null && attribs['href'] !== undefined) {
          baseHref = attribs['href']
        }
        // <html> and <body> are never treated as hidden: anti-flicker snippets hide them until
        // scripts run, and we read pages without running scripts.
        const isRootish = name === 'html' || name === 'body'
        if (DROPPED_TAGS.has(name) || (!isRootish && isHidden(attribs))) {
          skipDepth = 1
          if (name === 'title' && title === '') capture = 'title'
          else if (name === 'script' && PATTERNS.jsonLdType.test(attribs['type'] ?? ''))
            capture = 'json-ld'
          else if (
            name === 'script' &&
            attribs['src'] === undefined &&
            scriptChars < MAX_SCRIPTS_CHARS
          )
            capture = 'script'
          captured = ''
          return
        }
        const el = makeElement(name, attribs, current, elements.length)
        elements.push(el)
        current.children.push(el)
        current = el
      },
      ontext(data) {
        if (skipDepth > 0) {
          if (capture !== null && skipDepth === 1) {
            if (capture !== 'script' || captured.length < MAX_SCRIPT_CHARS) captured += data
          }
          return
        }
        const children = current.children
        const last = children[children.length - 1]
        if (last !== undefined && last.kind === 'text') {
          last.text += data
          countInto(last, data)
          return
        }
        const node: TextNode = { kind: 'text', text: data, parent: current, len: 0, commas: 0 }
        countInto(node, data)
        children.push(node)
      },
      onclosetag() {
        if (skipDepth > 0) {
          skipDepth--
          if (skipDepth === 0 && capture !== null) {
            if (capture === 'title') title = captured
            else if (capture === 'json-ld') jsonLd.push(captured)
            else {
              const body = captured.slice(0, MAX_SCRIPT_CHARS)
              scripts.push(body)
              scriptChars += body.length
            }
            capture = null
          }
          return
        }
        if (current.parent !== null) current = current.parent
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(html)
  measure(elements)
  return { root, elements, title, metas, links, jsonLd, scripts, htmlLang, baseHref }
}

/**
 * Elements a browser would not show (Readability's `_isProbablyVisible`), except the `hidden`
 * attribute: streaming server renderers (React's `<div hidden id="S:0">`) park the whole page
 * in a hidden element and reveal it with a script we do not run.
 */
function isHidden(attribs: Record<string, string>): boolean {
  if (attribs['aria-hidden'] === 'true') return true
  const style = attribs['style']
  return style !== undefined && PATTERNS.hiddenStyle.test(style)
}

function countInto(node: TextNode, data: string): void {
  let len = 0
  let commas = 0
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i)
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) continue
    len++
    // , (Latin)  ， (full-width)  、 (ideographic)  ، (Arabic)
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x60c) commas++
  }
  node.len += len
  node.commas += commas
}

/** Bottom-up totals for every element, by walking the pre-order list backwards (no recursion). */
function measure(elements: ElementNode[]): void {
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i] as ElementNode
    let textLen = 0
    let linkLen = 0
    let commas = 0
    let hasBlock = false
    for (const child of el.children) {
      if (child.kind === 'text') {
        textLen += child.len
        commas += child.commas
      } else {
        textLen += child.textLen
        linkLen += child.linkLen
        commas += child.commas
        if (child.hasBlock || !INLINE_TAGS.has(child.tag)) hasBlock = true
      }
    }
    el.textLen = textLen
    el.linkLen = el.tag === 'a' || el.inLink ? textLen : linkLen
    el.commas = commas
    el.hasBlock = hasBlock
  }
}
