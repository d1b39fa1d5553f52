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
import { singularOf, singularTitleKey, titleKey, WORDS } from './word-lists.js'

/** At most this many words or known names qualify a title ("U.S. Treasury Secretary"). */
const MAX_ROLE_QUALIFIERS = 3
/** A list under one plural title names at most this many people before the last one, each in
 *  at most this many words, with a party tag of at most this many tokens ("(R-Idaho)"). */
const MAX_LIST_NAMES = 5
const MAX_LIST_NAME_WORDS = 4
const MAX_TAG_TOKENS = 8

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
  let singular = ''
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
    // A plural title reads as its singular: "Senators", "Foreign Ministers".
    if (phrase === '') singular = singularTitleKey(key) ?? ''
    else if (singular !== '') singular = `${key} ${singular}`
    phrase = phrase === '' ? key : `${key} ${phrase}`
    count++
    if (WORDS.titles.has(phrase) || (singular !== '' && WORDS.titles.has(singular))) best = k
  }
  return best
}

/** Is the title on tokens [start, end] plural ("Senators", "Sens.", "Foreign Ministers")? */
function isPluralTitle(context: Context, start: number, end: number): boolean {
  const { tokens } = context
  let last = end
  while (last > start && (tokens[last] as Token).text === '.') last--
  return singularTitleKey(titleKey((tokens[last] as Token).text)) !== undefined
}

/** Is token k a word that may be part of a person's name in a list ("Dara", "von")? */
function isListNameWord(context: Context, k: number): boolean {
  const token = context.tokens[k]
  if (token?.kind !== 'word') return false
  return PATTERNS.capital.test(token.text) || WORDS.particles.has(token.text)
}

/**
 * The plural title heading a list of names that ends right before token `index`: "Senators
 * Dara Kell and |", "Sens. Jim Risch (R-Idaho), Lena Voss and |". Each name of the list takes
 * the title in its singular. Returns the title's first and last token.
 */
export function pluralTitleOfList(
  context: Context,
  index: number,
): { start: number; end: number } | undefined {
  const { tokens, text } = context
  let k = index - 1
  for (let item = 0; item < MAX_LIST_NAMES; item++) {
    // The separator: ",", "and" or ", and".
    if (tokens[k]?.text === 'and') {
      k--
      if (tokens[k]?.text === ',') k--
    } else if (tokens[k]?.text === ',') k--
    else return undefined
    // A party tag after the name: "(R-Idaho)".
    if (tokens[k]?.text === ')') {
      const open = k - MAX_TAG_TOKENS
      while (k > open && k > 0 && tokens[k]?.text !== '(') k--
      if (tokens[k]?.text !== '(') return undefined
      k--
    }
    // The name before, its first word right after the title or after another separator.
    const last = k
    while (k >= 0 && last - k < MAX_LIST_NAME_WORDS && isListNameWord(context, k)) {
      if (k < last && text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start) !== ' ')
        break
      const titleStart = k > 0 ? titleEndingAt(context, k - 1, 0) : undefined
      if (titleStart !== undefined)
        return isPluralTitle(context, titleStart, k - 1)
          ? { start: titleStart, end: k - 1 }
          : undefined
      k--
    }
    if (k === last) return undefined
  }
  return undefined
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
  // A plural title gives each person its singular: "Senators" -> "Senator".
  const lastWord = role.slice(role.lastIndexOf(' ') + 1)
  const singular = singularTitleKey(titleKey(lastWord)) && singularOf(lastWord)
  if (singular) role = role.slice(0, role.length - lastWord.length) + singular
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
    // "Senator Jim Risch", or the later names of "Senators Dara Kell and Jim Risch".
    const titleStart = titleEndingAt(context, t - 1, 0)
    const title =
      titleStart === undefined ? pluralTitleOfList(context, t) : { start: titleStart, end: t - 1 }
    if (title === undefined) continue
    const role = roleFrom(
      context,
      (tokens[title.start] as Token).start,
      (tokens[title.end] as Token).end,
    )
    roles.set(mention.entityId, role)
  }
  return roles
}
