/**
 * @module extract/facts
 * Pass 3: the facts of one article from its sentences and entity mentions, through the rules
 * in `data/patterns/<type>.json`. Every fact carries the evidence spans that state it and the
 * id of the rule that made it. Does not find entities (passes/) or read amounts (normalize/).
 */
import type { Entity, Fact, FactType } from '../../model/index.js'
import type { Reference } from '../../reference/index.js'
import type { ResolvedMention } from '../passes/01-mentions.js'
import type { Sentence } from '../text/index.js'
import { buildAgreements } from './agreement.js'
import { findStatements } from './attribution.js'
import { buildDependencies } from './dependency.js'
import { finish, hitsBySentence, type Builder, type Draft } from './engine.js'
import { buildInvestments } from './investment.js'
import { buildLegislation, mergeLegislation } from './legislation.js'
import { buildMeetings } from './meeting.js'
import { buildResources } from './resource.js'
import { ArticleView } from './view.js'
import { buildVisits } from './visit.js'

export { RULES, type Rule } from './rules.js'

export interface FactContext {
  text: string
  published: string | null
  sentences: readonly Sentence[]
  mentions: readonly ResolvedMention[]
  entities: readonly Entity[]
  reference: Reference
}

/** The role logic of each fact type; statements come from quotes (attribution.ts). */
const BUILDERS: ReadonlyArray<[FactType, Builder]> = [
  ['visit', buildVisits],
  ['meeting', buildMeetings],
  ['agreement', buildAgreements],
  ['investment', buildInvestments],
  ['legislation', buildLegislation],
  ['dependency', buildDependencies],
  ['resource', buildResources],
]

/** How the drafts of a type become facts: by default, drafts with the same roles are one fact;
 *  some types also merge what one description spread over several sentences. */
const MERGERS: Partial<Record<FactType, (drafts: readonly Draft[]) => Draft[]>> = {
  legislation: (drafts) => mergeLegislation(dedupe(drafts)),
}

/** Finds the facts of one article, sentence by sentence, each grounded in its evidence. */
export function findFacts(context: FactContext): Fact[] {
  const view = new ArticleView(context)
  const drafts: Draft[] = []
  for (const [type, build] of BUILDERS) {
    const ofType: Draft[] = []
    for (const hits of hitsBySentence(type, view)) {
      if (hits.length > 0) ofType.push(...build(hits, view, ofType))
    }
    drafts.push(...(MERGERS[type] ?? dedupe)(ofType))
  }
  drafts.push(...findStatements(view))
  return drafts.map((draft) => finish(draft, view))
}

/** Drafts with the same roles are one fact, stated more than once. */
function dedupe(drafts: readonly Draft[]): Draft[] {
  const byKey = new Map<string, Draft>()
  for (const draft of drafts) {
    const key = JSON.stringify(draft.body)
    const seen = byKey.get(key)
    if (seen) seen.spans.push(...draft.spans.filter((s) => !seen.spans.includes(s)))
    else byKey.set(key, draft)
  }
  return [...byKey.values()]
}
