import { normalizeSpace } from './dom.js'
import { findDateInText } from './dates.js'

/** What pages put around author names in a byline, in one table (see `cleanByline`). */
const BYLINE = {
  /** "By", "Written by", "Author:" and their kin at the start of a byline. */
  lead: /^(?:(?:written|posted|reported|published|words|reporting|story|text|photos?)\s+)?(?:by|from|von|par|por|di|door|av|autor(?:es)?:?|author(?:s)?:?|автор:?)\s*:?\s+/i,
  /** Where the names stop: separators, dates, and "Updated"/"Published" labels. */
  stop: /(?<=\p{Ll})(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|\s+(?:[|·•—–]|-\s)\s*|\s*\n\s*|\s+(?:updated|published|posted|last updated|on)\b[\s:]*|\s*,?\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\s+\d{4}-\d{2}-\d{2}/iu,
  /** A comma-separated part that is a job title, not a name ("Staff Writer", "for Reuters"). */
  role: /\b(?:staff|writer|reporter|correspondent|editor|editors|contributor|contributing|columnist|journalist|producer|photographer|analyst|desk|team|bureau|news service|special to|for the|senior|chief|associate|freelance|guest|updated|published|min read|read)\b/i,
  /** Name lists: "A, B and C", "A & B". */
  list: /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|;)\s*/i,
  /** Not a person: a URL or an e-mail address. */
  notName:
    /^(?:https?:|www\.|@|[^@\s]+@[^@\s]+$|the author$|admin$|administrator$|editor$|staff$|guest$|unknown$)/i,
} as const

/** Longest byline we accept; longer text is a sentence, not names. */
const MAX_BYLINE_CHARS = 120

/**
 * Names only from a byline as a page writes it: "By Jane Doe | Staff writer" -> "Jane Doe";
 * "By Jane Doe and John Roe, Reuters" keeps both names. Null when nothing name-like is left.
 */
export function cleanByline(raw: string): string | null {
  let text = normalizeSpace(raw)
    .replace(BYLINE.lead, '')
    .replace(/^(?:and|&)\s+/i, '')
  text = text.replace(BYLINE.lead, '') // "Posted by: By Jane" on some templates
  const stop = BYLINE.stop.exec(text)
  if (stop !== null && stop.index > 0) text = text.slice(0, stop.index)
  if (findDateInText(text) !== null) return null
  const names: string[] = []
  for (const part of text.split(BYLINE.list)) {
    let name = part.trim().replace(/[,;:]+$/, '')
    // Keep the full stop of a final initial ("Kyle L."), drop a sentence's.
    if (name.endsWith('.') && !/(?:^|\s)\p{Lu}\.$/u.test(name)) name = name.slice(0, -1)
    if (name === '' || BYLINE.role.test(name) || BYLINE.notName.test(name)) continue
    if (!/\p{L}/u.test(name)) continue
    names.push(name)
  }
  if (names.length === 0) return null
  const joined = joinNames(names)
  return joined.length > MAX_BYLINE_CHARS ? null : joined
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  const unique = [...new Set(names)]
  if (unique.length <= 1) return unique[0] ?? ''
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`
}

/** True when the text after "By" starts like a name: capitalised words, or initials. */
export function looksLikeNames(text: string): boolean {
  const first = normalizeSpace(text).replace(BYLINE.lead, '').split(' ')[0] ?? ''
  return /^\p{Lu}/u.test(first)
}

export { BYLINE }
