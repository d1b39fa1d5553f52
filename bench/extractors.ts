/** The extractors the bench compares, each behind the same small interface. */
import { Readability } from '@mozilla/readability'
import { Parser } from 'htmlparser2'
import { JSDOM, VirtualConsole } from 'jsdom'
import { parseHTML } from 'linkedom'
import { readHtml } from '../src/ingest/html/index.js'

export interface Extracted {
  text: string
  title: string | null
  byline: string | null
  published: string | null
  /** True when the extractor threw (counted as an empty prediction). */
  failed?: boolean
}

export interface Extractor {
  name: string
  /** False for the speed ceiling, which extracts nothing. */
  hasOutput: boolean
  extract(html: string, url: string): Extracted
}

const EMPTY: Extracted = { text: '', title: null, byline: null, published: null }
const FAILED: Extracted = { ...EMPTY, failed: true }

export const lodestone: Extractor = {
  name: 'Lodestone reader',
  hasOutput: true,
  extract(html, url) {
    const { draft } = readHtml(html, { baseUrl: url })
    return {
      text: draft.text,
      title: draft.title,
      byline: draft.byline,
      published: draft.published,
    }
  },
}

type ReadabilityInput = ConstructorParameters<typeof Readability>[0]

function runReadability(doc: ReadabilityInput): Extracted {
  try {
    const article = new Readability(doc).parse()
    if (article === null) return EMPTY
    return {
      text: article.textContent ?? '',
      title: article.title ?? null,
      byline: article.byline ?? null,
      published: article.publishedTime ?? null,
    }
  } catch {
    return FAILED
  }
}

export const readabilityLinkedom: Extractor = {
  name: 'Readability 0.6 / linkedom',
  hasOutput: true,
  extract(html) {
    const { document } = parseHTML(html)
    return runReadability(document as unknown as ReadabilityInput)
  },
}

const quietConsole = new VirtualConsole()

export const readabilityJsdom: Extractor = {
  name: 'Readability 0.6 / jsdom',
  hasOutput: true,
  extract(html, url) {
    // jsdom's CSS parser throws on some pages' <style> blocks; such a page counts as empty.
    try {
      const dom = new JSDOM(html, { url, virtualConsole: quietConsole })
      const result = runReadability(dom.window.document as unknown as ReadabilityInput)
      dom.window.close()
      return result
    } catch {
      return FAILED
    }
  },
}

/** htmlparser2 tokenizing with no-op callbacks: no extractor built on it can be faster. */
export const tokenizerCeiling: Extractor = {
  name: 'htmlparser2 tokenizer only',
  hasOutput: false,
  extract(html) {
    const parser = new Parser({})
    parser.end(html)
    return EMPTY
  },
}

export const ALL_EXTRACTORS: Record<string, Extractor> = {
  reader: lodestone,
  'readability-linkedom': readabilityLinkedom,
  'readability-jsdom': readabilityJsdom,
  ceiling: tokenizerCeiling,
}
