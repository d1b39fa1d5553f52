import type { Candidate } from './candidate.js'
import {
  endsRightBefore,
  isKnownAt,
  knownMentionCovering,
  possessorBefore,
  type Context,
} from './context.js'
import { withoutPeriod } from './name-text.js'
import { edgesOf, endsWithPhrase, spanText, splitOnAnd, type Span, type Word } from './spans.js'
import { WORDS } from './word-lists.js'

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
    const owner = possessorBefore(context, first.start)
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
  const isOrgBySuffix = words.length >= 2 && WORDS.orgSuffixes.has(withoutPeriod(last.text))
  const isOrgByHead = words.some(
    (word, k) =>
      k + 2 < words.length &&
      words[k + 1]?.text === 'of' &&
      (WORDS.orgHeads.has(word.text) || WORDS.orgSuffixes.has(word.text)),
  )
  if (isOrgBySuffix) return [withPlaceBefore(context, orgOf(context, words))]
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
