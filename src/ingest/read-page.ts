import { createHash } from 'node:crypto'
import type { ArticleDraft, Result, Source } from '../model/index.js'
import { fail, ok } from '../model/index.js'
import { decodePage } from './decode/index.js'
import { readHtml } from './html/index.js'
import { detectLanguage } from './language/index.js'
import { sniffFormat } from './sniff/index.js'
import { readTextDump } from './text/index.js'

export interface PageInput {
  bytes: Uint8Array
  /** How the caller names this input in messages: a path, a URL or "-". */
  location: string
  kind: Source['kind']
  /** The Content-Type header, when the page came over HTTP. */
  contentType?: string | null
  /** The address the page came from, for relative links and as a fallback URL. */
  baseUrl?: string | null
}

export interface ReadPage {
  draft: ArticleDraft
  source: Source
  /** What the reader could not do; each names the input. */
  warnings: string[]
}

/**
 * Bytes in, a clean article out: decode (BOM, header, meta, content), tell HTML from a
 * text dump, read metadata and body, then detect the language of the body. Pure.
 * A page without an article is the `ingest.no-article` problem, not an empty article.
 */
export function readPage(input: PageInput): Result<ReadPage> {
  const decoded = decodePage(input.bytes, { input: input.location, contentType: input.contentType })
  if (!decoded.ok) return decoded
  const { encoding } = decoded.value
  const warnings = [...decoded.value.warnings]
  let text = decoded.value.text
  // A stray NUL is never content, and PostgreSQL cannot store it in text.
  if (text.includes('\u0000')) {
    text = text.replaceAll('\u0000', '')
    warnings.push('NUL characters removed')
  }

  const format = sniffFormat(text, input.location)
  const read =
    format === 'html' ? readHtml(text, { baseUrl: input.baseUrl ?? null }) : readTextDump(text)
  if (!read.hasArticle) {
    const detail = read.warnings.find((w) => /no article/i.test(w)) ?? 'no article prose found'
    return fail({ code: 'ingest.no-article', input: input.location, detail: stripPrefix(detail) })
  }

  const language = detectLanguage(read.draft.text, read.draft.language)
  const draft: ArticleDraft = {
    ...read.draft,
    language,
    url: read.draft.url ?? input.baseUrl ?? null,
  }
  const source: Source = {
    kind: input.kind,
    location: input.location,
    contentHash: sha256(input.bytes),
    encoding,
    format,
  }
  const named = [...warnings, ...read.warnings].map((w) =>
    w.startsWith(`${input.location}:`) ? w : `${input.location}: ${w}`,
  )
  return ok({ draft, source, warnings: named })
}

function stripPrefix(warning: string): string {
  return warning.replace(/^no article:?\s*/i, '') || 'no article prose found'
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex')
}
