/** URL handling for links in the clean HTML and for the canonical URL. */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * Resolves `href` against `base` and returns it only when it is http, https or mailto. Browsers
 * ignore tabs and newlines inside URLs ("java\tscript:"); the URL parser does too, so the
 * protocol check sees what a browser would run.
 */
export function resolveHref(href: string, base: string | null): string | null {
  const trimmed = href.trim()
  if (trimmed === '' || trimmed.startsWith('#')) return null
  let url: URL
  try {
    url = base === null ? new URL(trimmed) : new URL(trimmed, base)
  } catch {
    return null
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null
}

/** An absolute http(s) URL, or null. */
export function absoluteHttpUrl(value: string, base: string | null): string | null {
  const resolved = resolveHref(value, base)
  return resolved !== null && /^https?:/i.test(resolved) ? resolved : null
}
