import type { Span, Fact } from '../../model/index.js'

type Statement = Extract<Fact, { type: 'statement' }>
import type { Sentence } from '../text/index.js'
import type { Draft } from './engine.js'
import type { CompiledRule } from './rules.js'

/** A statement draft: its spans are the quote's sentence and the attribution's. */
export function finishStatement(
  body: Omit<Statement, 'evidence' | 'confidence' | 'rule'>,
  rule: CompiledRule,
  spans: Span[],
  sentence: Sentence,
): Draft {
  return { body, rule, spans, sentenceIndex: sentence.start, isHedged: false }
}
