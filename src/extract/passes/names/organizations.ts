import type { Candidate } from './candidate.js'
import {
  endsRightBefore,
  isKnownAt,
  isWrittenInsideSentence,
  knownMentionCovering,
  opensSentence,
  possessorBefore,
  type Context,
} from './context.js'
import { withoutPeriod } from './name-text.js'
import { edgesOf, endsWithPhrase, spanText, splitOnAnd, type Span, type Word } from './spans.js'
import { isHeadOrTitleWord, WORDS } from './word-lists.js'

const ORG_PATTERNS = {
  /** "an analyst at the Oslo-based …": the role noun before a workplace. */
  workplaceBefore: /\b(\p{Ll}+) (?:at|with|for) (?:the )?(?:[\p{L}.]+-based )?$/u,
  /** "now advises companies at …", "works for …": a verb of working, up to two words, a
   *  preposition, then the workplace. */
  workVerbBefore:
    /\b(\p{Ll}+(?: [\p{Ll}'’-]+){0,2}) (?:at|with|for) (?:the )?(?:[\p{L}.]+-based )?$/u,
  accordingTo: /according to\s+$/iu,
  /** "Semizbay-U and " before a name. */
  partnerBefore: /(\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*) and $/u,
} as const

/** Government bodies named after their state's possessive get the state in their canonical
 *  name: "China's Ministry of Commerce" is the Ministry of Commerce of China. */
export function orgOf(context: Context, words: readonly Word[]): Candidate {
  const { first, last } = edgesOf(words)
  const name = spanText(context, words)
  let canonical = name
  const isGovernment = WORDS.orgHeads.has(first.text) || WORDS.orgHeads.has(last.text)
  if (isGovernment) {
    // "China's Ministry of Commerce", or a demonym right before: "the Kyrgyz Geology Committee".
    const before = knownMentionCovering(context, first.start - 2)
    const isDemonym = endsRightBefore(context, before, first.start) && before.kind === 'demonym'
    const owner = possessorBefore(context, first.start) ?? (isDemonym ? before : undefined)
    const entry = owner?.entityId.startsWith('country:')
      ? context.reference.get(owner.entityId)
      : undefined
    if (entry && !name.includes(entry.name)) canonical = `${name} of ${entry.name}`
  }
  return { type: 'organization', name: canonical, start: first.start, end: last.end }
}

/** A place right before a company's name belongs to the name (CONVENTIONS.md: "The Astana
 *  Times"): "Qaratau International Affairs Circle" is one organisation. */
function withPlaceBefore(context: Context, candidate: Candidate): Candidate {
  const owner = knownMentionCovering(context, candidate.start - 2)
  const isPlace =
    endsRightBefore(context, owner, candidate.start) &&
    owner.kind !== 'demonym' &&
    (owner.entityId.startsWith('place:') || owner.entityId.startsWith('country:'))
  if (!isPlace) return candidate
  return { ...candidate, start: owner.start, name: context.text.slice(owner.start, candidate.end) }
}

/** Company suffixes and government heads: "Zorvath Capital", "Ministry of Mining". */
export function orgBySuffixOrHead(context: Context, span: Span): Candidate[] | undefined {
  const { words, last } = span
  // "National Company" before a quoted name is its legal form (findQuotedCompanies).
  if (WORDS.orgPrefixes.has(span.name)) return []
  const isOrgBySuffix = words.length >= 2 && WORDS.orgSuffixes.has(withoutPeriod(last.text))
  const isOrgByHead = words.some(
    (word, k) =>
      k + 2 < words.length &&
      ((words[k + 1]?.text === 'of' &&
        (WORDS.orgHeads.has(word.text) || WORDS.orgSuffixes.has(word.text))) ||
        (words[k + 1]?.text === 'for' && WORDS.orgForHeads.has(word.text))),
  )
  // "JSC National Company Korvath Samruk": a legal form before the name.
  const isOrgByPrefix = words.length >= 2 && WORDS.orgPrefixes.has(span.first.text)
  if (isOrgBySuffix || isOrgByPrefix) return [withPlaceBefore(context, orgOf(context, words))]
  return isOrgByHead ? [orgOf(context, words)] : undefined
}

/** The text before a name ends with a workplace cue: a role noun right before "at", "with" or
 *  "for" ("an analyst at the Oslo-based"), or a verb of working a few words before it ("now
 *  advises companies at", "works for"). */
function isWorkplace(before: string): boolean {
  const noun = ORG_PATTERNS.workplaceBefore.exec(before)?.[1]?.toLowerCase()
  if (noun !== undefined && WORDS.roleNouns.has(noun)) return true
  const lead = ORG_PATTERNS.workVerbBefore.exec(before)?.[1]?.toLowerCase() ?? ''
  return lead.split(' ').some((word) => WORDS.workVerbs.has(word))
}

/** A workplace ("an analyst at Zorvath Metals", "advises companies at Ashgrove Strategies") is
 *  an organisation, even when a verb of saying follows it. */
export function orgAsWorkplace(context: Context, span: Span): Candidate[] | undefined {
  return isWorkplace(span.before) ? [orgOf(context, span.words)] : undefined
}

/** A one-word source is media: "according to Reuters". */
export function orgAsSource(context: Context, span: Span): Candidate[] | undefined {
  const isSource = ORG_PATTERNS.accordingTo.test(span.before) && span.words.length === 1
  return isSource ? [orgOf(context, span.words)] : undefined
}

/** A descriptor before: "trading house Zorvath Shoji". */
export function orgByDescriptor(context: Context, span: Span): Candidate[] | undefined {
  return endsWithPhrase(span.lowerBefore, WORDS.orgDescriptors)
    ? [orgOf(context, span.words)]
    : undefined
}

/** A noun after: "the Semizbay-U and Ortalyk joint ventures" names two organisations, and the
 *  name before an "and" in front of the span is one too. */
export function orgsByNounAfter(context: Context, span: Span): Candidate[] | undefined {
  const { words, first, before, after } = span
  const afterLower = after.toLowerCase()
  const isFollowed = WORDS.orgAfter.some(
    (noun) => afterLower.startsWith(` ${noun} `) || afterLower.startsWith(` ${noun}.`),
  )
  if (!isFollowed) return undefined
  const found = splitOnAnd(words).map((part) => orgOf(context, part))
  const partner = ORG_PATTERNS.partnerBefore.exec(before)
  const partnerStart = first.start - (partner?.[0].length ?? 0)
  if (partner?.[1] && !isKnownAt(context, partnerStart)) {
    const end = partnerStart + partner[1].length
    found.push({ type: 'organization', name: partner[1], start: partnerStart, end })
  }
  return found
}

/** "the Korvath Samruk (KSM)": a name of two or more words whose acronym follows it in brackets,
 *  letter for letter the initials of its words, names an organisation when nothing else read it
 *  (programmes, places and people are read before). */
export function orgByAcronym(context: Context, span: Span): Candidate[] | undefined {
  const { words, last } = span
  if (words.length < 2 || last.isPossessive) return undefined
  if (words.some((word) => WORDS.notNames.has(word.text))) return undefined
  const acronym = acronymAfter(context, last.end)
  if (acronym === undefined || !isAcronymOf(acronym.text, spanText(context, words)))
    return undefined
  return [orgOf(context, words)]
}

/** Legal forms, which an acronym may leave out: "Korvath Metals LLP (KM)". */
const LEGAL_FORMS = new Set([
  ...WORDS.orgPrefixes,
  ...['Inc', 'Ltd', 'Limited', 'Corp', 'Co', 'PLC', 'plc', 'AG', 'GmbH', 'SA', 'NV', 'BV', 'SE'],
  ...['Pty', 'LP'],
])

const ACRONYM_PATTERNS = {
  /** " (KMC)" right after a name: an acronym of two to eight capitals, digits or "&". */
  bracketed: /^ \((\p{Lu}[\p{Lu}\p{N}&]{1,7})\)/u,
  wordBreak: /[\s-]+/u,
  linkWord: /^(?:of|and|for|the|&|on|in)$/u,
  lower: /^\p{Ll}/u,
  ampersand: /&/gu,
} as const

/** The acronym written in brackets right after `end`, with its offsets. */
export function acronymAfter(
  context: Context,
  end: number,
): { text: string; start: number; end: number } | undefined {
  const match = ACRONYM_PATTERNS.bracketed.exec(context.text.slice(end, end + 14))
  if (!match?.[1]) return undefined
  const start = end + 2
  if (isKnownAt(context, start)) return undefined
  return { text: match[1], start, end: start + match[1].length }
}

/** Is the acronym the initials of the name's words ("KMC" of "Korvath Mining Company", "DBK" of
 *  "Development Bank of Kazakhstan"), with or without its link words and legal forms? */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(ACRONYM_PATTERNS.ampersand, '')
  const all = name.split(ACRONYM_PATTERNS.wordBreak).filter(Boolean)
  const content = all.filter(
    (word) => !ACRONYM_PATTERNS.linkWord.test(word) && !ACRONYM_PATTERNS.lower.test(word),
  )
  const bare = content.filter((word) => !WORDS.orgSuffixes.has(withoutPeriod(word)))
  // Legal forms ("JSC", "LLP") are left out of an acronym before or after the name.
  const withoutForms = content.filter((word) => !LEGAL_FORMS.has(withoutPeriod(word)))
  return [all, content, bare, withoutForms].some(
    (list) =>
      list.length >= 2 && list.map((word) => word.charAt(0).toUpperCase()).join('') === letters,
  )
}

/** 'JSC "Korvath Samruk"', 'LLP «Tavan Steppe»', 'National Company “Korvath Zholy”': a legal
 *  form before a quoted name, as Kazakh, Russian and Uzbek releases write a company. The
 *  organisation is the quoted name (its mention without the marks); a name the reference data
 *  already matched there is left to it. */
export function findQuotedCompanies(context: Context): Candidate[] {
  const found: Candidate[] = []
  for (const match of context.text.matchAll(QUOTED_COMPANY)) {
    const name = match[2]
    if (!match[1] || !name || !WORDS.orgPrefixes.has(match[1])) continue
    const start = match.index + match[0].length - name.length - 1
    const end = start + name.length
    const known = knownMentionCovering(context, start)
    if (known?.entityId.startsWith('organization:') && known.end >= end) continue
    found.push({ type: 'organization', name, start, end })
  }
  return found
}

/** A legal form, a quotation mark, a capitalised name of up to 60 chars, the closing mark. */
const QUOTED_COMPANY =
  /(?<![\p{L}\p{N}])(\p{Lu}{2,5}|National Company|National Holding)\s+["“«](\p{Lu}[^"”»\n]{1,59})["”»]/gu

/** At most this many words name an organisation before a post ("Korvath Steppe Metals coach"). */
const MAX_OWNER_WORDS = 3

const OWNER_PATTERNS = {
  /** After the post: a space and a capitalised name. */
  nameAfter: /^ \p{Lu}\p{Ll}/u,
} as const

/** "Korvath Steppe chief executive Yerlan Sadykov", "Tulpar coach Andrei Volkov": a name right
 *  before a post written in lower case (ownerTitles), itself before a person's name, is the
 *  organisation the person works for. A single word opening a sentence counts only when the
 *  article writes it capitalised inside a sentence too ("Senior analyst Dana Holt" names none). */
export function orgBeforePost(context: Context, span: Span): Candidate[] | undefined {
  const { words, first, last, after } = span
  if (last.isPossessive || words.length > MAX_OWNER_WORDS) return undefined
  if (words.some((word) => WORDS.notNames.has(word.text) || isHeadOrTitleWord(word.text)))
    return undefined
  const post = WORDS.ownerTitles.find((title) => after.startsWith(` ${title} `))
  if (post === undefined || !OWNER_PATTERNS.nameAfter.test(after.slice(post.length + 1)))
    return undefined
  if (words.length === 1 && opensSentence(context.text, first.start)) {
    if (!isWrittenInsideSentence(context, first.text, first.start)) return undefined
  }
  return [orgOf(context, words)]
}
