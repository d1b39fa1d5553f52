import type { ArticleDraft, Source } from '../model/index.js'
import { sha256 } from './read-page.js'

/**
 * What makes two inputs the same article, strongest first: the canonical URL; else the
 * site, title and day together (the same story saved twice under different file names);
 * else where it came from. Re-ingesting the same page finds the same identity, and a
 * changed page becomes a new revision of it rather than a duplicate.
 */
export function articleIdentity(draft: ArticleDraft, source: Source): string {
  if (draft.url) return `url:${normalizeUrl(draft.url)}`
  const title = normalizeWords(draft.title)
  if (title && (draft.site || draft.published)) {
    const day = draft.published?.slice(0, 10) ?? ''
    return `meta:${normalizeWords(draft.site ?? '')}|${title}|${day}`
  }
  if (source.kind === 'stdin') return `content:${source.contentHash}`
  return `source:${source.location}`
}

/** `a` + 16 hex characters: short enough for a URL, stable across runs and machines. */
export function articleIdFor(identityKey: string): string {
  return `a${sha256(identityKey).slice(0, 16)}`
}

/** A hash of everything the reader extracted: equal hashes mean nothing a user sees changed. */
export function draftHash(draft: ArticleDraft): string {
  const { title, byline, published, section, site, url, language, text, html } = draft
  return sha256(
    JSON.stringify([title, byline, published, section, site, url, language, text, html]),
  )
}

/** Drops what does not change the page: the fragment, tracking parameters, a trailing slash. */
export function normalizeUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return raw.trim()
  }
  url.hash = ''
  for (const name of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_|ref$)/i.test(name)) url.searchParams.delete(name)
  }
  url.hostname = url.hostname.replace(/^www\./, '')
  if (url.pathname.length > 1 && url.pathname.endsWith('/'))
    url.pathname = url.pathname.slice(0, -1)
  return url.toString()
}

function normalizeWords(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/\s+/g, ' ').trim()
}
