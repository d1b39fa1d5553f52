/**
 * @module ingest/html
 * Reads one decoded HTML page into an article draft: metadata (title, byline, date, section,
 * site, canonical URL, declared language) and the main text as plain text and sanitised HTML.
 * Pure: does not fetch, decode bytes, detect language from text, or touch the clock.
 */
import type { ArticleDraft } from '../../model/index.js'
import type { HtmlReadOptions, ReadOutput } from '../reader.js'
import { extractContent } from './content.js'
import { readMetadata } from './metadata.js'
import { parseHtml } from './parse.js'

/** Less prose than this is not an article: an error page, a teaser, an empty shell. */
const MIN_ARTICLE_CHARS = 200
/** A real article has at least one paragraph this long; link lists and menus do not. */
const MIN_PARAGRAPH_CHARS = 80

export function readHtml(html: string, options: HtmlReadOptions = {}): ReadOutput {
  const page = parseHtml(html)
  const meta = readMetadata(page, options.baseUrl ?? null)
  const content = extractContent(page, meta.title, meta.baseUrl)
  const warnings: string[] = []
  const longest = content.text.split('\n').reduce((m, line) => Math.max(m, line.length), 0)
  let hasArticle = true
  if (content.text.length < MIN_ARTICLE_CHARS) {
    hasArticle = false
    warnings.push(
      `no article: only ${content.text.length} characters of text after removing page furniture`,
    )
  } else if (longest < MIN_PARAGRAPH_CHARS) {
    hasArticle = false
    warnings.push(
      'no article: no paragraph of prose, only short lines (a list of links or a menu?)',
    )
  }
  if (meta.title === '') warnings.push('no title found')
  if (meta.byline === null) warnings.push('no byline found')
  if (meta.published === null) warnings.push('no publication date found')
  const draft: ArticleDraft = {
    title: meta.title,
    byline: meta.byline,
    published: meta.published,
    section: meta.section,
    site: meta.site,
    url: meta.url,
    language: meta.language,
    text: content.text,
    html: content.html,
  }
  return { draft, warnings, hasArticle }
}
