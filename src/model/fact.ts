import { z } from 'zod'
import { Money, Quantity } from './money.js'
import { PartialDate } from './partial-date.js'
import { Span } from './evidence.js'

/** A role value: an entity id (countries, minerals) or a canonical entity name (the rest). */
const Ref = z.string().min(1)
/** Singular roles hold a list when the text gives several co-equal values (FACTS.md). */
const OneOrMany = z.union([Ref, z.array(Ref).min(1)])

/** What every fact carries: the words that state it, how sure we are, and the rule that made it. */
const FactBase = {
  evidence: z.array(Span).min(1),
  confidence: z.number().min(0).max(1),
  rule: z.string().optional(),
}

export const Visit = z.object({
  type: z.literal('visit'),
  traveler: OneOrMany.optional(),
  destinations: z.array(Ref).optional(),
  when: PartialDate.optional(),
  status: z.enum(['planned', 'ongoing', 'completed']).optional(),
  ...FactBase,
})
export const Meeting = z.object({
  type: z.literal('meeting'),
  participants: z.array(Ref).optional(),
  host: Ref.optional(),
  location: Ref.optional(),
  when: PartialDate.optional(),
  kind: z.enum(['summit', 'ministerial', 'bilateral', 'reception', 'call', 'forum']).optional(),
  initiative: Ref.optional(),
  ...FactBase,
})
export const Agreement = z.object({
  type: z.literal('agreement'),
  parties: z.array(Ref).optional(),
  kind: z
    .enum([
      'mou',
      'agreement',
      'joint-venture',
      'letter-of-intent',
      'contract',
      'framework',
      'deal',
    ])
    .optional(),
  subjects: z.array(Ref).optional(),
  when: PartialDate.optional(),
  status: z.enum(['signed', 'announced', 'planned', 'proposed']).optional(),
  value: Money.optional(),
  ...FactBase,
})
export const Investment = z.object({
  type: z.literal('investment'),
  investor: OneOrMany.optional(),
  recipient: OneOrMany.optional(),
  recipient_country: Ref.optional(),
  site: OneOrMany.optional(),
  minerals: z.array(Ref).optional(),
  amount: Money.optional(),
  stake_percent: z.number().min(0).max(100).optional(),
  instrument: z.enum(['equity', 'loan', 'letter-of-interest', 'grant', 'financing']).optional(),
  when: PartialDate.optional(),
  status: z.enum(['announced', 'planned', 'signed', 'ongoing', 'completed']).optional(),
  ...FactBase,
})
export const Legislation = z.object({
  type: z.literal('legislation'),
  sponsor: OneOrMany.optional(),
  instrument: Ref.optional(),
  action: z.enum(['introduce', 'repeal', 'amend', 'pass', 'sign', 'propose']).optional(),
  jurisdiction: Ref.optional(),
  when: PartialDate.optional(),
  status: z.enum(['planned', 'proposed', 'introduced', 'passed', 'enacted', 'in-force']).optional(),
  ...FactBase,
})
export const Statement = z.object({
  type: z.literal('statement'),
  speaker: Ref.optional(),
  quote: z.string().optional(),
  when: PartialDate.optional(),
  ...FactBase,
})
export const Dependency = z.object({
  type: z.literal('dependency'),
  dependent: z.array(Ref).optional(),
  on: Ref.optional(),
  domain: z
    .enum(['economy', 'trade', 'investment', 'security', 'energy', 'supply-chain'])
    .optional(),
  ...FactBase,
})
export const Resource = z.object({
  type: z.literal('resource'),
  holder: OneOrMany.optional(),
  mineral: Ref.optional(),
  quantity: Quantity.optional(),
  kind: z.enum(['reserve', 'resource', 'output', 'capacity', 'share']).optional(),
  share_percent: z.number().min(0).max(100).optional(),
  ...FactBase,
})

/** A fact as the extraction contract prints it (FACTS.md), keyed on `type`. */
export const Fact = z.discriminatedUnion('type', [
  Visit,
  Meeting,
  Agreement,
  Investment,
  Legislation,
  Statement,
  Dependency,
  Resource,
])
export type Fact = z.infer<typeof Fact>
export type FactType = Fact['type']
export const FACT_TYPES = Fact.options.map((option) => option.shape.type.value) as FactType[]
