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

/** A rule with its trigger regex, built once. */
export interface CompiledRule extends Rule {
  pattern: RegExp
}

const wordRegex = (words: readonly string[], flags = 'giu'): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternativesOf(words)})(?![\\p{L}\\p{N}])`, flags)

/** Every rule of the eight files, validated at load; a bad file is a bug in shipped data. */
export const RULES: readonly CompiledRule[] = FACT_TYPES.flatMap((type) => {
  const file = readPatternFile(`${type}.json`, RuleFile)
  return file.rules.map((rule) => {
    if (rule.fact !== type)
      throw new Error(`data/patterns/${type}.json: rule ${rule.id} is a ${rule.fact}`)
    return { ...rule, pattern: wordRegex(rule.triggers) }
  })
})

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
