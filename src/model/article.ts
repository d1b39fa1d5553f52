import { z } from 'zod'
import { PublishedDate } from './partial-date.js'

export const ArticleFormat = z.enum(['html', 'text'])
export type ArticleFormat = z.infer<typeof ArticleFormat>

/** Where one revision of an article came from, as read off the input bytes. */
export const Source = z.object({
  kind: z.enum(['file', 'url', 'stdin']),
  /** A file path, a URL, or "-" for standard input. */
  location: z.string().min(1),
  /** SHA-256 (hex) of the raw input bytes. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The character encoding the bytes were decoded with ("utf-8", "windows-1251"). */
  encoding: z.string().min(1),
  format: ArticleFormat,
})
export type Source = z.infer<typeof Source>

/** What the reader makes of one page: metadata and the clean body. Pure data, no ids. */
export const ArticleDraft = z.object({
  title: z.string(),
  byline: z.string().nullable(),
  published: PublishedDate.nullable(),
  section: z.string().nullable(),
  /** The publisher as the page names itself (masthead or og:site_name). */
  site: z.string().nullable(),
  /** The canonical URL of the article when the page states it. */
  url: z.string().nullable(),
  /** ISO 639-1 code ("en", "ru"), or null when the text is too short or unclear. */
  language: z.string().nullable(),
  /** The clean body as plain text: paragraphs separated by blank lines. Offsets index this. */
  text: z.string(),
  /** The clean body as sanitised HTML for display (allow-listed tags and attributes only). */
  html: z.string(),
})
export type ArticleDraft = z.infer<typeof ArticleDraft>

/** `a` + 16 hex characters, derived from the article's identity (URL, or site + title + date). */
export const ArticleId = z.string().regex(/^a[0-9a-f]{16}$/)
export type ArticleId = z.infer<typeof ArticleId>

/** A stored article: its current revision's fields. A changed page adds a revision. */
export const Article = ArticleDraft.extend({
  id: ArticleId,
  revision: z.number().int().positive(),
  source: Source,
  ingestedAt: z.iso.datetime(),
})
export type Article = z.infer<typeof Article>
