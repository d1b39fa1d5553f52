import { z } from 'zod'
import { FACT_TYPES, type FactType } from '../../model/index.js'
import { alternativesOf, readPatternFile } from '../text/index.js'

/**
 * One fact rule of data/patterns/<type>.json (STYLE.md §4): trigger words, an example sentence
 * with invented names that the rule must fire on, and why. The optional fields give the roles
 * the trigger itself implies (an "MoU" is kind `mou`, "bought" is status `completed`).
 */
const Rule = z.object({
  id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
  fact: z.enum(FACT_TYPES as [FactType, ...FactType[]]),
  triggers: z.array(z.string().min(1)).min(1),
  example: z.string().min(10),
  why: z.string().min(10),
  /** Base confidence of a fact this rule makes, before its roles and hedges are counted. */
  confidence: z.number().min(0).max(1).default(0.7),
  status: z.string().optional(),
  kind: z.string().optional(),
  instrument: z.string().optional(),
  action: z.string().optional(),
  /** What must be found near the trigger for the rule to make a fact (`subject`: a person who
   *  is the subject of the clause, not only named in it). */
  needs: z
    .array(z.enum(['amount', 'stake', 'amount-or-stake', 'instrument', 'number', 'subject']))
    .optional(),
  /** Which role the subject before the trigger fills, when not the usual one: the company
   *  that "plans to raise $210 million" receives the money. */
  subjectRole: z.enum(['recipient']).optional(),
  /** The trigger refers back to something named before ("the summit", "the bill"). */
  isAnaphoric: z.boolean().optional(),
  /** Invented names in `example` and their entity types, for the test that runs every example. */
  exampleEntities: z
    .record(z.string(), z.enum(['person', 'organization', 'place', 'initiative']))
    .default({}),
})
export type Rule = z.infer<typeof Rule>

const RuleFile = z.object({ about: z.string(), rules: z.array(Rule).min(1) })

const Words = z.object({ why: z.string(), words: z.array(z.string().min(1)).min(1) })
const StatusCue = z.object({
  types: z.array(z.enum(FACT_TYPES as [FactType, ...FactType[]])).min(1),
  status: z.string(),
  words: z.array(z.string().min(1)).min(1),
})
const CueFile = z.object({
  negation: Words,
  hedges: Words,
  continuing: Words,
  speechVerbs: Words,
  statusCues: z.object({ why: z.string(), cues: z.array(StatusCue).min(1) }),
})

/** A rule with its trigger regexes, built once. */
export interface CompiledRule extends Rule {
  pattern: RegExp
  /** `pattern` without its leading word-start lookbehind, matching only at `lastIndex`. */
  sticky: RegExp
}

/** Letters and digits: a trigger neither starts nor ends inside a word. */
const WORD_START = '(?<![\\p{L}\\p{N}])'
const WORD_END = '(?![\\p{L}\\p{N}])'

const scanSource = (words: readonly string[]): string => `(?:${alternativesOf(words)})${WORD_END}`

const wordRegex = (words: readonly string[], flags = 'giu'): RegExp =>
  new RegExp(`${WORD_START}${scanSource(words)}`, flags)

/** The last code point of a string is a letter or digit, as WORD_START tests it (the same class
 *  and flags, so case folding agrees). The string is at most two code units: one code point. */
const ENDS_IN_WORD = /[\p{L}\p{N}]$/iu

/** Whether a trigger may start at `at`: no letter or digit right before it (WORD_START). */
const isWordStart = (text: string, at: number): boolean =>
  !ENDS_IN_WORD.test(text.slice(Math.max(0, at - 2), at))

/** One trigger of a rule in a text. */
export interface Trigger {
  rule: CompiledRule
  start: number
  end: number
  text: string
}

/** Every rule of the eight files, validated at load; a bad file is a bug in shipped data. */
export const RULES: readonly CompiledRule[] = FACT_TYPES.flatMap((type) => {
  const file = readPatternFile(`${type}.json`, RuleFile)
  return file.rules.map((rule) => {
    if (rule.fact !== type)
      throw new Error(`data/patterns/${type}.json: rule ${rule.id} is a ${rule.fact}`)
    return {
      ...rule,
      pattern: wordRegex(rule.triggers),
      sticky: new RegExp(scanSource(rule.triggers), 'yiu'),
    }
  })
})

const RULES_OF_TYPE = new Map<FactType, CompiledRule[]>()
for (const rule of RULES)
  RULES_OF_TYPE.set(rule.fact, [...(RULES_OF_TYPE.get(rule.fact) ?? []), rule])

/** Per fact type: where any trigger of any of its rules may start (the word start unchecked). */
const ANY_TRIGGER = new Map(
  FACT_TYPES.map((type) => {
    const triggers = RULES.filter((rule) => rule.fact === type).flatMap((rule) => rule.triggers)
    return [type, triggers.length > 0 ? new RegExp(scanSource(triggers), 'giu') : undefined]
  }),
)

/**
 * The triggers of `type`'s rules in `text`, rule by rule in file order, each rule's in text
 * order: what running each rule's `pattern` over the text gives, but found about three times as
 * fast. V8 cannot pre-screen the start offsets of a regex that opens with a lookbehind, so each
 * rule's regex tried every alternative at every offset; here one regex of all the type's
 * triggers finds the few offsets where one may start, and only there is each rule tried.
 */
export function triggersOf(type: FactType, text: string): Trigger[] {
  const any = ANY_TRIGGER.get(type)
  if (any === undefined) return []
  const starts: number[] = []
  any.lastIndex = 0
  for (let match = any.exec(text); match; match = any.exec(text)) {
    const at = match.index
    if (isWordStart(text, at)) starts.push(at)
    // Triggers of other rules may start inside this one: go on one code point further.
    any.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1)
  }
  const found: Trigger[] = []
  for (const rule of RULES_OF_TYPE.get(type) ?? []) {
    // As a global regex would: the next match starts at or after the end of the last.
    let lastEnd = 0
    for (const at of starts) {
      if (at < lastEnd) continue
      rule.sticky.lastIndex = at
      const match = rule.sticky.exec(text)
      if (match === null) continue
      lastEnd = at + match[0].length
      found.push({ rule, start: at, end: lastEnd, text: match[0] })
    }
  }
  return found
}

const CUES = readPatternFile('cues.json', CueFile)

/** Regular expressions built from data/patterns/cues.json, once. */
export const CUE_PATTERNS = {
  /** A negation right before a trigger: "did not sign", "no financing", "has not yet signed". */
  negationBefore: new RegExp(
    `(?<![\\p{L}])(?:${alternativesOf(CUES.negation.words)})(?:\\s+[\\p{L}'’-]+){0,3}\\s+$`,
    'iu',
  ),
  hedge: wordRegex(CUES.hedges.words, 'iu'),
  continuing: wordRegex(CUES.continuing.words, 'iu'),
  speechVerb: wordRegex(CUES.speechVerbs.words, 'giu'),
} as const

/** Status cues in order: the first whose words occur near a trigger sets the status. */
export const STATUS_CUES = CUES.statusCues.cues.map((cue) => ({
  types: new Set<FactType>(cue.types),
  status: cue.status,
  pattern: wordRegex(cue.words, 'iu'),
}))
