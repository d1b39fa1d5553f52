import type { EntityId } from '../../../model/index.js'
import type { Token } from '../../text/index.js'
import {
  endsRightBefore,
  isKnownAt,
  knownMentionCovering,
  opensSentence,
  PATTERNS,
  type Context,
} from './context.js'
import { capitalise } from './name-text.js'
import { WORDS } from './word-lists.js'

/** At most this many words or known names qualify a title ("U.S. Treasury Secretary"). */
const MAX_ROLE_QUALIFIERS = 3

const TITLE_PATTERNS = {
  /** A capitalised word, not opening a sentence, right before a title: "Treasury Secretary". */
  qualifierWord: /(\p{Lu}[\p{L}-]+) $/u,
  whitespace: /\s+/g,
} as const

/** The first token of the longest title (titles.json) ending at token `end`, searching back no
 *  further than token `floor`. */
export function titleEndingAt(context: Context, end: number, floor: number): number | undefined {
  const { tokens, text } = context
  let best: number | undefined
  let phrase = ''
  let count = 0
  for (let k = end; k >= floor && count < WORDS.maxTitleWords; k--) {
    const token = tokens[k] as Token
    if (token.text === '.') continue
    if (token.kind !== 'word') break
    if (k < end) {
      const next = tokens[k + 1] as Token
      const gap = text.slice(token.end, next.start)
      if (gap !== ' ' && gap !== '') break
    }
    let key = context.titleKeys[k]
    if (key === undefined) {
      const lower = token.text.toLowerCase()
      key = PATTERNS.possessive.test(lower) ? lower.slice(0, -2) : lower
      context.titleKeys[k] = key
    }
    phrase = phrase === '' ? key : `${key} ${phrase}`
    count++
    if (WORDS.titles.has(phrase)) best = k
  }
  return best
}

/** The role a title gives, with a country written right before it ("U.S. Ambassador"). */
export function roleFrom(context: Context, titleStart: number, titleEnd: number): string {
  const { text } = context
  let start = titleStart
  // Known states and bodies right before the title qualify it: "U.S. Treasury Secretary",
  // "Kazakh President", "Zorvath Capital chief executive" (at most two of them).
  for (let k = 0; k < MAX_ROLE_QUALIFIERS; k++) {
    const owner = knownMentionCovering(context, start - 2)
    const isQualifier =
      endsRightBefore(context, owner, start) &&
      (owner.entityId.startsWith('country:') || owner.entityId.startsWith('organization:'))
    const word = TITLE_PATTERNS.qualifierWord.exec(text.slice(Math.max(0, start - 30), start))
    const wordStart = start - (word?.[0].length ?? 0)
    // A capitalised word opening a sentence is not a qualifier, unless a known name precedes it
    // ("U.S. Treasury Secretary": the period is the acronym's).
    const isOpening = opensSentence(text, wordStart) && !isKnownAt(context, wordStart - 2)
    if (isQualifier) start = owner.start
    else if (word?.[1] && !owner && !isOpening && !WORDS.notNames.has(word[1])) start = wordStart
    else break
  }
  let role = text.slice(start, titleEnd).replace(TITLE_PATTERNS.whitespace, ' ')
  for (const [short, full] of WORDS.titleExpansions) {
    if (role === short || role.endsWith(` ${short}`))
      role = (role.slice(0, -short.length) + full).trim()
  }
  return capitalise(role)
}

/** Titles right before a known person: "Kazakh President Kassym-Jomart Tokayev". */
export function rolesOfKnownPeople(context: Context): Map<EntityId, string> {
  const { tokens, known } = context
  const roles = new Map<EntityId, string>()
  let t = 0
  for (const mention of known) {
    if (!mention.entityId.startsWith('person:') || roles.has(mention.entityId)) continue
    while (t < tokens.length && (tokens[t] as Token).start < mention.start) t++
    if (t === 0 || (tokens[t] as Token | undefined)?.start !== mention.start) continue
    const titleStart = titleEndingAt(context, t - 1, 0)
    if (titleStart === undefined) continue
    const role = roleFrom(
      context,
      (tokens[titleStart] as Token).start,
      (tokens[t - 1] as Token).end,
    )
    roles.set(mention.entityId, role)
  }
  return roles
}
