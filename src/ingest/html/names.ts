import { normalizeSpace } from './dom.js'
import { findDateInText } from './dates.js'

/** What pages put around author names in a byline, in one table (see `cleanByline`). */
const BYLINE = {
  /** "By", "Written by", "Author:" and their kin at the start of a byline. */
  lead: /^(?:(?:written|posted|reported|published|words|reporting|story|text|photos?|article|recipe|authored|guide|review|insights)\s+)?(?:by|from|von|par|por|di|door|av|autor(?:es)?:?|author(?:s)?:?|contributors?\s*:|автор:?)\s*:?\s+/i,
  /**
   * "Jul 11 Written By Jane", "This post was written by Jane", "Posted byJane": a "written by"
   * inside a short line; the names follow it. Plain "by" is not enough ("Reviewed by" is not
   * the author), so it needs a verb or noun before it.
   */
  innerLead:
    /(?:^|\s|\p{Ll})(?:written|posted|authored|article|recipe|story|words|reporting|all posts)\s+by\s*:?\s*(?=\p{Lu})/iu,
  /** "byJane Doe": the label run into the name by markup without a space between. */
  gluedLead: /^[Bb]y(?=\p{Lu}\p{Ll})/u,
  /**
   * Someone credited for checking or helping, not writing: "Reviewed by Dr Jane Doe",
   * "Contributions from: John Roe", "Additional reporting by Ann Lee".
   */
  notAuthorLead:
    /^(?:(?:medically\s+|expert\s+)?(?:reviewed|fact[- ]checked|edited|verified|approved)\s+by\b|(?:with\s+)?contributions?\s+(?:from|by)\b|additional\s+reporting\s+by\b)/i,
  /** Only a label, no name: "By", "Written by", "Author:". */
  bareLabel:
    /^(?:by|written by|posted by|words by|author|authors|autor|auteur|article by|recipe by)\s*:?$/i,
  /**
   * A line that ends in its label, the name left for another element or never rendered: "Jun 2
   * Written By" (an empty author link), "Researched by:", "Insights from". Not a name itself.
   */
  trailingLabel: /(?:^|\s)(?:by|from)\s*:?$/i,
  /**
   * A template variable the CMS never filled in ("page.head.extra.author", "{{ author }}",
   * "%AUTHOR%"): a path of dotted lower-case words, or template braces.
   */
  placeholder:
    /^[a-z_]+(?:\.[a-z_]+)+\.(?:author|authors|byline|name|creator|writer)$|\{\{|\}\}|\$\{|^%\w+%$/,
  /**
   * Where the names stop: separators, dates, "Updated"/"Published"/"Reviewed by" labels, the
   * category a post was filed "in", and a "Sponsored" tag.
   */
  stop: /(?<=\p{Ll})(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|(?<=\s\p{Lu}[\p{L}'-]*\p{Ll})\s?(?=(?:Founder|Co-founder|Former|Editor|Writer|Reporter|Director|Manager|Head|Senior|Chief|Lead|Staff|Contributor)\b)|\s+(?:[|·•⋅—–]|-\s)\s*|\s*\n\s*|\s+(?:updated|published|posted|last updated|on|view in|learn about|reviewed by|medically reviewed|fact[- ]checked|edited by|in collaboration)\b[\s:]*|[.,]?\s+(?:reviewed|fact[- ]checked|edited)\s+by\b|\s+in\s+(?=\p{Lu}\p{Ll})|\s+sponsored$|\s*,?\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|(?:\s+|(?<=\p{L}))\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\s+\d{4}-\d{2}-\d{2}/iu,
  /** A part that is a job title, not a name ("Staff Writer", "for Reuters"). */
  role: /\b(?:staff|writer|reporter|correspondent|editor|editors|contributor|contributing|columnist|journalist|producer|photographer|analyst|desk|team|bureau|news service|special to|for the|senior|chief|associate|freelance|guest|updated|published|min read|read)\b/i,
  /**
   * Titles that follow a name ("Jane Doe, Home Security Expert", "Liz Kenny and Former McKinsey
   * Consultant"); alone they may be a site's own name ("Luxury Travel Expert"), so they only
   * drop parts after the first name.
   */
  title:
    /\b(?:founder|co-founder|director|manager|coordinator|consultant|expert|specialist|officer|attorney|reviewer|certified|former|president|professor|educators?|head of|lead)\b/i,
  /** A part that is an organisation, not a person: credited next to the people, or instead of them. */
  organisation:
    /\b(?:university|institute|college|school|network|association|foundation|inc|llc|ltd|gmbh|corporation|company|on facebook|on twitter)\b/i,
  /**
   * A byline that names a team rather than a person ("Podium Staff", "TOI Lifestyle Desk", "Our
   * Editors"): the credit the page gives, so it is kept even though its words look like roles.
   */
  collective:
    /^(?:the\s+|our\s+)?[\p{L}\p{N}.&' -]{0,40}\b(?:team|staff|desk|editors|editorial|newsroom|contributors?)$/iu,
  /** Post-nominal credentials: "MD", "PhD", "E-RYT 200", "M.D.", "RN". */
  credential:
    /^(?:[A-Z]{2,6}\*?|(?:[A-Z]\.){2,4}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|MSc|BSc|MBA|E-RYT(?:\s*\d+)?|[A-Z]{2,5}-[A-Z]{1,5})$/,
  /**
   * Lower-case words a name may hold beside capitalised ones: surname particles ("Mary van der
   * Berg", "Ana dos Santos", "Omar al-Rashid", "Jean d'Arcy").
   */
  particle:
    /^(?:van|von|der|den|de|da|das|dos|du|di|del|della|la|le|bin|bint|ibn|al|el|ten|ter|zu|y|e|[dl]['’]\p{L}+|(?:al|el)-\p{L}+)$/u,
  /**
   * A date the line opens with, before the names: "Dec. 19, 2025 · Jane Doe", "2025-12-17 ·
   * Jane Doe", "Dec 17, 2025Jane Doe" (a date and a name in spans without a space between).
   */
  leadingDate:
    /^(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*(?:[|·•⋅—–]\s*)?/i,
  /** A full stop after a word, then another sentence: prose, not a name line ("Jeff T. Lee"). */
  sentence: /\p{Ll}{3,}[.!?]\s+\p{Lu}/u,
  /** Name lists: "A, B and C", "A & B". */
  list: /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|;)\s*/i,
  /** Not a person: a URL, an e-mail address, a bare label. */
  notName:
    /^(?:https?:|www\.|@|[^@\s]+@[^@\s]+$|the author$|(?:\S+\s)?admin$|administrator$|editor$|guest$|unknown$|posted by$|written by$|by$)/i,
} as const

/** Longest byline we accept; longer text is a sentence, not names. */
const MAX_BYLINE_CHARS = 120

export interface BylineOptions {
  /**
   * The text was read off the visible page (not declared in metadata), where a tag, a product
   * name or a counter can sit where a byline would: such phrases are refused.
   */
  shownOnPage?: boolean
}

/**
 * Names only from a byline as a page writes it: "By Jane Doe | Staff writer" -> "Jane Doe";
 * "By Jane Doe and John Roe, Reuters" keeps both names; "Jane Doe, MD" drops the credential.
 * Null when nothing name-like is left.
 */
export function cleanByline(raw: string, options: BylineOptions = {}): string | null {
  let text = normalizeSpace(raw)
  if (BYLINE.placeholder.test(text)) return null
  // The date goes only when a capitalised name follows it (`i` would make \p{Lu} any letter).
  const opening = BYLINE.leadingDate.exec(text)
  if (opening !== null && /^\p{Lu}/u.test(text.slice(opening[0].length))) {
    text = text.slice(opening[0].length)
  }
  const inner = BYLINE.innerLead.exec(text)
  if (inner !== null && text.length <= 2 * MAX_BYLINE_CHARS) {
    text = text.slice(inner.index + inner[0].length)
  }
  if (BYLINE.notAuthorLead.test(text)) return null
  text = text.replace(BYLINE.gluedLead, '')
  text = text.replace(BYLINE.lead, '').replace(/^(?:and|&)\s+/i, '')
  text = text.replace(BYLINE.lead, '') // "Posted by: By Jane" on some templates
  if (BYLINE.bareLabel.test(text) || BYLINE.trailingLabel.test(text)) return null
  // "Our method combines testing, feature analysis. We only...": prose, whose comma parts
  // would pass for names.
  if (options.shownOnPage === true && BYLINE.sentence.test(text)) return null
  const stop = BYLINE.stop.exec(text)
  if (stop !== null && stop.index > 0) text = text.slice(0, stop.index)
  if (findDateInText(text) !== null) return null
  if (BYLINE.collective.test(text.trim()) && !BYLINE.role.test(text)) return text.trim()
  const names: string[] = []
  // A comma part that is a role drops whole ("Jane Doe, Home and Garden Expert").
  for (const segment of text.split(/\s*[,;]\s*/)) {
    if (segment === '' || BYLINE.credential.test(segment.replace(/[.*]+$/, ''))) continue
    const isTitle = BYLINE.role.test(segment) || BYLINE.title.test(segment)
    if (names.length > 0 && isTitle && !/^(?:and|&)\s/i.test(segment)) continue
    for (const part of segment.split(BYLINE.list)) {
      const name = tidyName(part, options.shownOnPage === true)
      if (name === null || (names.length > 0 && BYLINE.title.test(name))) continue
      names.push(name)
    }
  }
  if (names.length === 0) return null
  const joined = joinNames(names)
  return joined.length > MAX_BYLINE_CHARS ? null : joined
}

/** One name from a byline part, or null when the part is a role, a credential or noise. */
function tidyName(part: string, shownOnPage: boolean): string | null {
  let name = part.trim().replace(/[,;:]+$/, '')
  // Keep the full stop of a final initial ("Kyle L."), drop a sentence's.
  if (name.endsWith('.') && !/(?:^|\s)\p{Lu}\.$/u.test(name)) name = name.slice(0, -1)
  // "Cara Dumaplin RN", "Jane Doe1" (a footnote mark): trailing credentials and marks go.
  const words = name.split(' ')
  while (words.length > 2 && BYLINE.credential.test((words[words.length - 1] as string) ?? '')) {
    words.pop()
  }
  name = words.join(' ').replace(/(?<=\p{L})[\d*†‡]+$/u, '')
  // "Yucy Yucy": a one-word name printed twice by an avatar and a label.
  const half = name.split(' ')
  if (half.length === 2 && half[0] === half[1]) name = half[0] as string
  if (name === '' || BYLINE.notName.test(name) || BYLINE.credential.test(name)) return null
  if (BYLINE.collective.test(name)) return name
  if (BYLINE.role.test(name) || BYLINE.organisation.test(name)) return null
  if (!/\p{L}{2}/u.test(name) || /^\p{Lu}{1,2}$/u.test(name)) return null
  // Text read off the page may be any label near the byline: "000000Shares", "Comments: 37"
  // (counters), "Personal finance" (a tag). Declared authors are names by intent.
  if (shownOnPage && (/\d/.test(name) || isMixedCasePhrase(name))) return null
  return name
}

/**
 * "Personal finance", "Our methodology": a capitalised first word and a lower-case last word
 * that is no surname particle make a phrase (a tag, a heading), not a name. Lower-case words
 * inside ("Ask the Doctors", "Ann Lee with Bo Park") and all-lower-case handles ("janedoe")
 * stay.
 */
function isMixedCasePhrase(name: string): boolean {
  const words = name.split(' ')
  const first = words[0] as string
  const last = words[words.length - 1] as string
  if (words.length < 2 || !/^\p{Lu}/u.test(first)) return false
  return /^\p{Ll}/u.test(last) && !BYLINE.particle.test(last) && !/\p{Ll}\p{Lu}/u.test(last)
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
