import type { Candidate } from './candidate.js'
import { opensSentence, PATTERNS, type Context } from './context.js'
import { capitalise } from './name-text.js'
import { orgOf } from './organizations.js'
import { isPersonName, personOf } from './people.js'
import type { Span } from './spans.js'
import { SPEECH_VERB_ALTERNATIVES, WORDS } from './word-lists.js'

const APPOSITION_PATTERNS = {
  /** ', who played for…' only follows a person. */
  whoAfter: /^,\s+who\b/u,
  /** An apposition: ', a researcher at…', ' ("Zorvath"), a Denver-based developer', ', 52, a
   *  geologist at …' (an age first). */
  apposition:
    /^(?:\s*\([^)]{1,60}\))?(?:,\s+\d{1,3})?,\s+(?:(?:a|an|the)\s+)?([^,.;:!?"“”«»()]{1,90})/u,
  /** Where a role in an apposition ends: "researcher| at …". */
  roleEnd: /\s+(?:at|in|for|with|who)\s+/u,
  /** A long apposition that ends in a verb of saying: ", a former trade negotiator who now
   *  advises companies at Ashgrove Strategies, said". Group 1 is the apposition. */
  longApposition: new RegExp(
    `^,\\s+(?:a|an|the)\\s+([^,.;:!?"“”«»()\\n]{1,160}),\\s+(?:${SPEECH_VERB_ALTERNATIVES})\\b`,
    'iu',
  ),
  /** Where the head of an apposition ends: "former trade negotiator| who now advises …". */
  appositionHeadEnd: /\s+(?:who|that|which|at|in|for|with|of|based|from|on)\s+/u,
  whitespace: /\s+/u,
  /** A word of a person's description starts with three lower-case letters ("former"). */
  lowerCaseWord: /^\p{Ll}{3}/u,
} as const

/** What an apposition after a name makes it: a person (role nouns) or an organisation. */
function appositionKind(
  context: Context,
  end: number,
): { type: 'person'; role: string } | { type: 'organization' } | undefined {
  const after = context.text.slice(end, end + 140)
  if (APPOSITION_PATTERNS.whoAfter.test(after)) return { type: 'person', role: '' }
  const match = APPOSITION_PATTERNS.apposition.exec(after)
  if (!match?.[1]) return undefined
  const clause = match[1]
  const words = clause.split(APPOSITION_PATTERNS.whitespace).slice(0, 10)
  for (const raw of words) {
    const word = raw.replace(PATTERNS.possessive, '').toLowerCase()
    if (word === 'of' || word === 'at' || word === 'in' || word === 'for') break
    if (WORDS.roleNouns.has(word)) {
      const role = clause.split(APPOSITION_PATTERNS.roleEnd)[0] ?? clause
      return { type: 'person', role: capitalise(role) }
    }
    if (WORDS.orgAppositives.has(word)) return { type: 'organization' }
  }
  return undefined
}

/** An apposition or ", who": "Jane Doe, an analyst at …", "Zorvath Metals, a German processor". */
export function byApposition(context: Context, span: Span): Candidate[] | undefined {
  const { words, last } = span
  const apposition = appositionKind(context, last.end)
  if (apposition?.type === 'person' && isPersonName(words))
    return [personOf(context, words, apposition.role)]
  if (apposition?.type === 'organization' && !isPersonName(words)) return [orgOf(context, words)]
  return undefined
}

/** A person named at the start of a sentence by two or three words, then a long apposition and
 *  a verb of saying: "Caspar Vell, a former trade negotiator who now advises companies at
 *  Ashgrove Strategies, said …". The role is the apposition's head; none when the pattern does
 *  not hold or the head names an organisation ("…, a Bishkek trading company, said"). */
export function personByLongApposition(context: Context, span: Span): Candidate[] | undefined {
  const { words, first, last } = span
  if (words.length > 3 || !isPersonName(words)) return undefined
  const { text } = context
  if (!opensSentence(text, first.start)) return undefined
  const clause = APPOSITION_PATTERNS.longApposition.exec(text.slice(last.end, last.end + 220))?.[1]
  if (clause === undefined) return undefined
  const head = (clause.split(APPOSITION_PATTERNS.appositionHeadEnd)[0] ?? clause).trim()
  const headWords = head
    .split(APPOSITION_PATTERNS.whitespace)
    .map((w) => w.replace(PATTERNS.possessive, ''))
  const isOrg = headWords.some(
    (w) => WORDS.orgAppositives.has(w.toLowerCase()) || WORDS.orgSuffixes.has(w),
  )
  // A head of capitalised words only ("…, the Astana unit …" aside) says nothing of a person.
  if (isOrg || !headWords.some((w) => APPOSITION_PATTERNS.lowerCaseWord.test(w))) return undefined
  return [personOf(context, words, capitalise(head))]
}
