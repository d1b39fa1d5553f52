/** How the bench compares metadata with the labels. */
import { decodeHTML } from 'entities'
import { MONTHS } from '../src/model/index.js'

/** Titles: exact after Unicode NFC and whitespace normalisation. */
export function sameTitle(predicted: string | null, truth: string): boolean {
  if (predicted === null) return false
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim()
  return norm(predicted) === norm(truth)
}

/**
 * Titles as a reader sees them: exact but for typography, which the silver labels were drafted
 * without (they write "Beginner's" where the page prints "Beginner’s", "--" for "—", "..." for
 * "…", "?" for a full-width "？"). Letters, words and case must still match.
 */
export function sameTitleText(predicted: string | null, truth: string): boolean {
  if (predicted === null) return false
  return foldTypography(predicted) === foldTypography(truth)
}

function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]+|-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Bylines: the same set of people. Each side is split into names at commas, "and", "&" and ";";
 * a name is compared as lower-case letters without diacritics; post-nominal credentials in
 * capitals ("MS, RD, FAND", "PhD") and honorifics ("Dr.", "Prof.") are not names and are
 * dropped on both sides.
 */
export function sameAuthors(predicted: string | null, truth: string): boolean {
  if (predicted === null) return false
  const a = nameSet(predicted)
  const b = nameSet(truth)
  if (a.size === 0 || a.size !== b.size) return false
  for (const name of a) if (!b.has(name)) return false
  return true
}

const CREDENTIAL = /^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|MBA|MSc|BSc|RDN|LD|CPT)$/
/** Honorifics name no one: "Dr. Jane Doe" and "Jane Doe" are the same author. */
const HONORIFIC = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?$/i

/**
 * A job title printed beside a name ("Mike Marshall, Shipping Expert", "Lance Ryan (Content
 * Manager)") describes the author; it is not a second one.
 */
const JOB_TITLE =
  /\b(?:expert|editor|writer|director|manager|consultant|specialist|educator|reporter|correspondent|contributor|analyst|officer|founder|representative|strategist|adviser|advisor|reviewer|coach|horticulturalist|journalist)s?\b/i

function nameSet(text: string): Set<string> {
  const out = new Set<string>()
  const people = text
    .replace(/\([^)]*\)/g, (aside) => (JOB_TITLE.test(aside) ? '' : aside))
    .split(/\s*[,;]\s*/)
    .filter((segment, i) => i === 0 || !JOB_TITLE.test(segment))
    .join(', ')
  for (const part of people.split(/\s*(?:,|;|&|\band\b)\s*/i)) {
    const words = part
      .split(/\s+/)
      .filter((w) => w !== '' && !CREDENTIAL.test(w.replace(/[.,]$/, '')) && !HONORIFIC.test(w))
    const key = nameKey(words.join(' '))
    if (key !== '') out.add(key)
  }
  return out
}

/** Lower-case letters without diacritics, single spaces between words. */
function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Dates: the same calendar day (the first ten characters). */
export function sameDay(predicted: string | null, truth: string): boolean {
  return predicted !== null && predicted.slice(0, 10) === truth.slice(0, 10)
}

/** Sections and publishers: equal ignoring case and spacing. */
export function sameLabel(predicted: string | null, truth: string): boolean {
  if (predicted === null) return false
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()
  // A label such as "Global Current News (GCN)" names the site and its acronym; either is right.
  const forms = (s: string) => {
    const acronym = /^(.*\S)\s*\(([A-Z0-9&.]{2,})\)$/.exec(s.trim())
    return acronym ? [norm(s), norm(acronym[1] ?? ''), norm(acronym[2] ?? '')] : [norm(s)]
  }
  return forms(truth).includes(norm(predicted))
}

/**
 * Whether the page itself shows the label: the title's text, every name of the byline, the
 * day in any common spelling (ISO, numeric, or with the month's name). A label the page does
 * not show (a reworded headline, a date found only in the labeller's other sources) cannot be
 * read from the page by any extractor; the bench reports scores on the pages that do show it
 * next to the scores on all labelled pages.
 */
export function pageShowsLabel(
  field: 'title' | 'author' | 'date',
  label: string,
  pageText: PageText,
): boolean {
  if (field === 'title') return pageText.folded.includes(foldTypography(label))
  if (field === 'author') {
    const names = nameSet(label)
    return names.size > 0 && [...names].every((name) => pageText.letters.includes(name))
  }
  return dayPatterns(label).some((pattern) => pattern.test(pageText.decoded))
}

/** A page's HTML decoded once in the forms `pageShowsLabel` searches. */
export interface PageText {
  decoded: string
  folded: string
  letters: string
}

export function pageText(html: string): PageText {
  const decoded = decodeHTML(html).replace(/\s+/g, ' ')
  return {
    decoded,
    folded: foldTypography(decoded),
    letters: ` ${nameKey(decoded.replace(/<[^>]*>/g, ' '))} `,
  }
}

function dayPatterns(label: string): RegExp[] {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(label)
  if (m === null) return []
  const [, year, month, day] = m as unknown as [string, string, string, string | undefined]
  const name = MONTHS[Number(month) - 1] as string
  const monthWord = `(?:${name}|${name.slice(0, 3)}\\.?)`
  if (day === undefined) return [new RegExp(`${monthWord},? ${year}|${year}-${month}`, 'i')]
  const d = String(Number(day))
  const mo = String(Number(month))
  const ordinal = `0?${d}(?:st|nd|rd|th)?`
  return [
    new RegExp(`${year}-${month}-${day}|${year}/${month}/${day}`),
    new RegExp(
      `\\b0?${mo}/0?${d}/(?:${year}|${year.slice(2)})\\b|\\b0?${d}[/.]0?${mo}[/.]${year}\\b`,
    ),
    new RegExp(`${monthWord} ${ordinal},? ${year}|${ordinal} (?:of )?${monthWord},? ${year}`, 'i'),
  ]
}
