import type { EntityId, NotEntity, ReferenceEntry, ReferenceGroup } from '../model/index.js'
import { tokenize, type Token } from './tokens.js'

/** Which list of an entry a matched form comes from. */
export type MentionKind =
  'name' | 'alias' | 'short-form' | 'metonym' | 'demonym' | 'acronym' | 'group'

/** One entity a matched form may name, and how it names it. */
export interface GazetteerCandidate {
  id: EntityId
  kind: MentionKind
}

/** One longest match of a known form in a text. `text === input.slice(start, end)`. */
export interface GazetteerMatch {
  start: number
  end: number
  text: string
  /** The candidates, best first; for a group, its members. */
  entityIds: EntityId[]
  /** The kind of the first candidate. A metonym names the state, not the place. */
  kind: MentionKind
  /** Every candidate with its own kind ("Astana": the place by name, KZ as a metonym). */
  candidates: GazetteerCandidate[]
  /** The form is listed as ambiguous: it may name something else, or nothing at all. */
  isAmbiguous: boolean
  /** Set for group phrases ("the five Central Asian states"). */
  groupId?: string
}

/**
 * How the case of a form token must meet the text:
 * - `acronym` ("US", "NdPr", "U3O8", the letters of "U.S."): exactly;
 * - `capital` ("Kazakhstan", "Cove"): exactly when alone, or in capitals in a headline;
 * - `lower` ("wolfram", "rare earth elements"): in any case;
 * - `other` (digits, punctuation, scripts without case): the key is enough.
 * In a phrase of several tokens, at least one `capital` token must be capitalised in the text,
 * so "the states" is not "the States" and "export-import bank" is not a name.
 */
type Shape = 'acronym' | 'capital' | 'lower' | 'other'

interface FormToken {
  folded: string
  shape: Shape
}

interface Terminal {
  tokens: FormToken[]
  /** From an entry's `acronyms`: every token must match exactly. */
  isExact: boolean
  hasCapital: boolean
  isAmbiguous: boolean
  /** A not-entity phrase: it hides whatever lies inside it and yields nothing. */
  isBlocker: boolean
  candidate?: GazetteerCandidate
  group?: ReferenceGroup
}

interface TrieNode {
  next: Map<string, TrieNode>
  terminals: Terminal[]
}

/** Best first when one form names several entities: a name beats a metonym. */
const KIND_RANK: Record<MentionKind, number> = {
  name: 0,
  alias: 1,
  acronym: 2,
  group: 3,
  demonym: 4,
  metonym: 5,
  'short-form': 6,
}

/** All-capital headline or dateline forms ("ASTANA") count only from this length ("XI" is not Xi). */
const MIN_CAPS_VARIANT_LENGTH = 4

/**
 * A country or place followed by these words (after up to three capitalised words) sits inside
 * another proper name and is not a mention: "Astana Mining Company", "The Astana Times",
 * "Kazakhstan Premier League", "Uzbekistan Airways" (CONVENTIONS.md).
 */
const NAME_ENDINGS = new Set(
  [
    'Company',
    'Companies',
    'Co',
    'Corp',
    'Corporation',
    'Inc',
    'Ltd',
    'Limited',
    'LLC',
    'LLP',
    'JSC',
    'PLC',
    'plc',
    'Group',
    'Holding',
    'Holdings',
    'Bank',
    'Fund',
    'Capital',
    'Partners',
    'Resources',
    'Mining',
    'Metals',
    'Exchange',
    'Airways',
    'Airlines',
    'Railways',
    'University',
    'Institute',
    'Times',
    'Post',
    'News',
    'Journal',
    'Herald',
    'Gazette',
    'Tribune',
    'Forum',
    'League',
    'Club',
    'Arena',
    'Stadium',
    'Airport',
    'Hotel',
  ].map((word) => word.toLowerCase()),
)
const MAX_WORDS_BEFORE_ENDING = 3

/** Two tokens of one name are separated by spaces or joiners only, never by a blank line. */
const PARAGRAPH_BREAK = /\n\s*\n/

function shapeOf(folded: string): Shape {
  let upper = 0
  let lower = 0
  for (const char of folded) {
    if (char !== char.toLowerCase()) upper++
    else if (char !== char.toUpperCase()) lower++
  }
  if (upper === 0) return lower === 0 ? 'other' : 'lower'
  const first = folded[0] ?? ''
  const isFirstUpper = first !== first.toLowerCase()
  if (upper === 1 && isFirstUpper && folded.length > 1) return 'capital'
  return 'acronym'
}

function isCapitalised(folded: string): boolean {
  const first = folded[0] ?? ''
  return first !== first.toLowerCase()
}

function isAllCaps(folded: string): boolean {
  return folded === folded.toUpperCase() && folded !== folded.toLowerCase()
}

/** Does the text meet the form's case rule? The keys already agree. */
function caseAgrees(terminal: Terminal, text: Token[], from: number): boolean {
  const { tokens } = terminal
  if (terminal.isExact) return tokens.every((token, i) => token.folded === text[from + i]?.folded)
  if (tokens.length === 1) {
    const form = tokens[0]
    const seen = text[from]
    if (!form || !seen) return false
    if (form.shape === 'acronym') return form.folded === seen.folded
    if (form.shape === 'capital') {
      return (
        form.folded === seen.folded ||
        (seen.folded.length >= MIN_CAPS_VARIANT_LENGTH && isAllCaps(seen.folded))
      )
    }
    return true
  }
  let hasCapitalMet = !terminal.hasCapital
  for (let i = 0; i < tokens.length; i++) {
    const form = tokens[i]
    const seen = text[from + i]
    if (!form || !seen) return false
    if (form.shape === 'acronym' && form.folded !== seen.folded) return false
    if (form.shape === 'capital' && isCapitalised(seen.folded)) hasCapitalMet = true
  }
  return hasCapitalMet
}

/** Number words a group phrase may give as digits instead ("the five ..." = "the 5 ..."). */
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
const NUMBER_WORD = new RegExp(`(?<![\\p{L}])(${NUMBER_WORDS.join('|')})(?![\\p{L}])`, 'iu')
/** The last word of a counted group of states ("five Central Asian states") ... */
const STATE_NOUN = /\s(?:states|countries|nations|republics)$/iu
/** ... and the words that name the same set by its leaders ("five Central Asian presidents"). */
const LEADER_NOUNS = ['presidents', 'leaders', 'heads of state']

/**
 * The forms of one group phrase as news writes them: the form itself, its number word as a
 * digit ("5 Central Asian states"), and, for a counted set of states, its leaders ("the five
 * Central Asian presidents", "5 Central Asian leaders"). Only counted forms name their leaders:
 * "Central Asian leaders" alone may be any of them.
 */
export function groupFormVariants(form: string): string[] {
  const match = NUMBER_WORD.exec(form)
  if (!match) return [form]
  const word = (match[1] as string).toLowerCase()
  const digit = String(NUMBER_WORDS.indexOf(word) + 2)
  const counted = [form, form.replace(NUMBER_WORD, digit)]
  const leaders = STATE_NOUN.test(form)
    ? counted.flatMap((f) => LEADER_NOUNS.map((noun) => f.replace(STATE_NOUN, ` ${noun}`)))
    : []
  return [...counted, ...leaders]
}

/** The token index built once from the reference: a trie keyed by token keys. */
export class Gazetteer {
  private readonly root: TrieNode = { next: new Map(), terminals: [] }

  constructor(
    entries: readonly ReferenceEntry[],
    groups: readonly ReferenceGroup[],
    notEntities: readonly NotEntity[],
  ) {
    for (const entry of entries) this.addEntry(entry)
    for (const group of groups) {
      const forms = new Set(group.forms.flatMap(groupFormVariants))
      for (const form of forms) this.add(form, { isAmbiguous: false, group })
    }
    for (const notEntity of notEntities) {
      for (const form of notEntity.forms) this.add(form, { isAmbiguous: false, isBlocker: true })
    }
  }

  private addEntry(entry: ReferenceEntry): void {
    const ambiguous = new Set(entry.ambiguous ?? [])
    const add = (text: string, kind: MentionKind, isExact = false) =>
      this.add(text, {
        isAmbiguous: ambiguous.has(text),
        isExact,
        candidate: { id: entry.id, kind },
      })
    add(entry.name, 'name')
    for (const text of entry.aliases ?? []) add(text, 'alias')
    for (const text of entry.acronyms ?? []) add(text, 'acronym', true)
    for (const text of entry.shortForms ?? []) add(text, 'short-form')
    for (const text of entry.demonyms ?? []) add(text, 'demonym')
    for (const metonym of entry.metonyms ?? []) add(metonym.text, 'metonym')
  }

  private add(
    text: string,
    terminal: Pick<Terminal, 'isAmbiguous'> & Partial<Omit<Terminal, 'tokens' | 'hasCapital'>>,
  ): void {
    const tokens = tokenize(text)
    if (tokens.length === 0) return
    let node = this.root
    for (const token of tokens) {
      let next = node.next.get(token.key)
      if (!next) {
        next = { next: new Map(), terminals: [] }
        node.next.set(token.key, next)
      }
      node = next
    }
    const formTokens = tokens.map((token) => ({
      folded: token.folded,
      shape: shapeOf(token.folded),
    }))
    node.terminals.push({
      isExact: false,
      isBlocker: false,
      ...terminal,
      tokens: formTokens,
      hasCapital: formTokens.some((token) => token.shape === 'capital'),
    })
  }

  /** Every longest, non-overlapping match in `text`, left to right. */
  findMentions(text: string): GazetteerMatch[] {
    const tokens = tokenize(text)
    const matches: GazetteerMatch[] = []
    let i = 0
    while (i < tokens.length) {
      const found = this.longestAt(text, tokens, i)
      if (!found) {
        i++
        continue
      }
      // A form that starts inside this one and runs past its end is the better reading:
      // "the C5+1 group" is C5+1, not the group phrase "the C5" followed by "+1".
      if (this.isOvertaken(text, tokens, i, found.last)) {
        i++
        continue
      }
      const match = toMatch(text, tokens, i, found.last, found.terminals)
      if (match && !isInsideName(text, tokens, found.last, match)) matches.push(match)
      i = found.last + 1
    }
    return matches
  }

  private isOvertaken(text: string, tokens: Token[], first: number, last: number): boolean {
    for (let j = first + 1; j <= last; j++) {
      const later = this.longestAt(text, tokens, j)
      if (later && later.last > last) return true
    }
    return false
  }

  private longestAt(
    text: string,
    tokens: Token[],
    from: number,
  ): { last: number; terminals: Terminal[] } | undefined {
    let best: { last: number; terminals: Terminal[] } | undefined
    let node: TrieNode | undefined = this.root
    for (let j = from; j < tokens.length && node; j++) {
      const token = tokens[j] as Token
      if (j > from) {
        const previous = tokens[j - 1] as Token
        if (
          token.start - previous.end > 1 &&
          PARAGRAPH_BREAK.test(text.slice(previous.end, token.start))
        ) {
          break
        }
      }
      node = node.next.get(token.key)
      if (!node || node.terminals.length === 0) continue
      const agreeing = node.terminals.filter((terminal) => caseAgrees(terminal, tokens, from))
      if (agreeing.length > 0) best = { last: j, terminals: agreeing }
    }
    return best
  }
}

function toMatch(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  terminals: Terminal[],
): GazetteerMatch | undefined {
  const live = terminals.filter((terminal) => !terminal.isBlocker)
  if (live.length === 0) return undefined
  const start = (tokens[first] as Token).start
  const end = (tokens[last] as Token).end
  const isAmbiguous = live.some((terminal) => terminal.isAmbiguous)
  const entityTerminals = live.filter((terminal) => terminal.candidate)
  if (entityTerminals.length === 0) {
    const group = live.find((terminal) => terminal.group)?.group
    if (!group) return undefined
    const candidates = group.members.map((id) => ({ id, kind: 'group' as const }))
    return {
      start,
      end,
      text: text.slice(start, end),
      entityIds: [...group.members],
      kind: 'group',
      candidates,
      isAmbiguous,
      groupId: group.id,
    }
  }
  const best = new Map<string, GazetteerCandidate>()
  for (const { candidate } of entityTerminals) {
    if (!candidate) continue
    const seen = best.get(candidate.id)
    if (!seen || KIND_RANK[candidate.kind] < KIND_RANK[seen.kind]) best.set(candidate.id, candidate)
  }
  const candidates = [...best.values()].sort(
    (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const top = candidates[0] as GazetteerCandidate
  return {
    start,
    end,
    text: text.slice(start, end),
    entityIds: candidates.map((candidate) => candidate.id),
    kind: top.kind,
    candidates,
    isAmbiguous,
  }
}

/** Is this country or place match the start of a longer proper name ("Astana Mining Company")? */
function isInsideName(text: string, tokens: Token[], last: number, match: GazetteerMatch): boolean {
  const isGeographic = match.candidates.every(
    (candidate) => candidate.id.startsWith('country:') || candidate.id.startsWith('place:'),
  )
  if (!isGeographic || match.kind === 'group') return false
  let previousEnd = match.end
  for (let k = last + 1; k <= last + 1 + MAX_WORDS_BEFORE_ENDING && k < tokens.length; k++) {
    const token = tokens[k] as Token
    if (!/^\s?$/.test(text.slice(previousEnd, token.start))) return false
    if (!isCapitalised(token.folded)) return false
    if (NAME_ENDINGS.has(token.key)) return true
    previousEnd = token.end
  }
  return false
}
