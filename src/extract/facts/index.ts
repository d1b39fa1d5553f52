/**
 * @module extract/facts
 * Pass 3: the facts of one article from its sentences and entity mentions, through the rules
 * in `data/patterns/<type>.json`. Every fact carries the evidence spans that state it and the
 * id of the rule that made it.
 */
import type { Entity, Fact } from '../../model/index.js'
import type { Reference } from '../../reference/index.js'
import type { ResolvedMention } from '../passes/01-mentions.js'
import type { Sentence } from '../text/index.js'

export interface FactContext {
  text: string
  published: string | null
  sentences: readonly Sentence[]
  mentions: readonly ResolvedMention[]
  entities: readonly Entity[]
  reference: Reference
}

/** The rules are being written (issue 3); until then no fact is emitted rather than a guessed one. */
export function findFacts(_context: FactContext): Fact[] {
  return []
}
