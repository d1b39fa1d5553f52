import type { Fact, FactType, Span } from '../../model/index.js'
import type { Sentence } from '../text/index.js'
import { CUE_PATTERNS, STATUS_CUES, triggersOf, type CompiledRule } from './rules.js'
import type { ArticleView } from './view.js'

type Body<T> = T extends Fact ? Omit<T, 'evidence' | 'confidence' | 'rule'> : never
/** A fact's roles, before evidence and confidence are attached. */
export type FactBody = Body<Fact>

/** One trigger found in a sentence by a rule. */
export interface Hit {
  rule: CompiledRule
  sentence: Sentence
  sentenceIndex: number
  start: number
  end: number
  text: string
  /** The end of the previous trigger of the same fact type in the sentence, or its start. */
  after: number
  isNegated: boolean
}

/** A fact being built: its roles, the rule, the spans that state it. */
export interface Draft {
  body: FactBody
  rule: CompiledRule
  spans: Span[]
  sentenceIndex: number
  isHedged: boolean
}

/** What a fact type's builder gets: the hits of its rules in one sentence, the article, and
 *  the facts of its type drafted so far in earlier sentences (for "the summit", "the bill"). */
export type Builder = (hits: readonly Hit[], view: ArticleView, earlier: Draft[]) => Draft[]

/** How far around a trigger a status cue or negation is looked for, in characters. */
const STATUS_BEFORE_CHARS = 60
const STATUS_AFTER_CHARS = 30
const NEGATION_BEFORE_CHARS = 40

/** The hits of every rule of `type`, by sentence index, each sentence's in text order. The rules
 *  are matched once over the whole text (not once per sentence, see `triggersOf`) and a match
 *  is filed under the sentence that holds it; a match across a sentence end is no trigger.
 *  Triggers inside quotation marks are skipped (see ArticleView). Overlapping triggers keep the
 *  longest. */
export function hitsBySentence(type: FactType, view: ArticleView): Hit[][] {
  const found: Omit<Hit, 'after'>[][] = view.sentences.map(() => [])
  for (const { rule, start, end, text } of triggersOf(type, view.text)) {
    const sentenceIndex = view.sentenceIndexAt(start)
    const sentence = view.sentences[sentenceIndex]
    if (sentence === undefined || end > sentence.end) continue
    if (type !== 'statement' && view.isInQuote(start)) continue
    const before = view.text.slice(Math.max(sentence.start, start - NEGATION_BEFORE_CHARS), start)
    found[sentenceIndex]?.push({
      rule,
      sentence,
      sentenceIndex,
      start,
      end,
      text,
      isNegated: CUE_PATTERNS.negationBefore.test(before),
    })
  }
  return found.map((hits, index) => {
    if (hits.length === 0) return []
    hits.sort((a, b) => a.start - b.start || b.end - a.end)
    const kept: Hit[] = []
    for (const hit of hits) {
      const last = kept.at(-1)
      if (last && hit.start < last.end) continue
      kept.push({ ...hit, after: last?.end ?? (view.sentences[index] as Sentence).start })
    }
    return kept
  })
}

/** The status the words around a trigger give (data/patterns/cues.json), else the rule's. */
export function statusNear(hit: Hit, view: ArticleView): string | undefined {
  const from = Math.max(hit.sentence.start, hit.start - STATUS_BEFORE_CHARS)
  const to = Math.min(hit.sentence.end, hit.end + STATUS_AFTER_CHARS)
  const window = view.text.slice(from, to)
  for (const cue of STATUS_CUES) {
    if (cue.types.has(hit.rule.fact) && cue.pattern.test(window)) return cue.status
  }
  return hit.rule.status
}

/** A draft for one sentence's hits: the sentence is the evidence. */
export function draftOf(body: FactBody, hit: Hit, view: ArticleView): Draft {
  return {
    body,
    rule: hit.rule,
    spans: [hit.sentence],
    sentenceIndex: hit.sentenceIndex,
    isHedged: CUE_PATTERNS.hedge.test(view.text.slice(hit.sentence.start, hit.sentence.end)),
  }
}

/** Adds a span to a draft's evidence unless it is there already. */
export function addSpan(draft: Draft, span: Span): void {
  if (!draft.spans.some((s) => s.start === span.start && s.end === span.end)) draft.spans.push(span)
}

/** Roles the confidence counts: everything but the type. */
function filledRoles(body: FactBody): number {
  return Object.entries(body).filter(([key, value]) => key !== 'type' && value !== undefined).length
}

/** How much each filled role adds to a rule's base confidence, and the most it can add. */
const PER_ROLE = 0.04
const MAX_ROLE_BONUS = 0.2
/** Each further evidence span (a fact restated or completed in another sentence) adds this
 *  much, up to MAX_EVIDENCE_BONUS. */
const PER_EXTRA_SPAN = 0.02
const MAX_EVIDENCE_BONUS = 0.06
/** A hedge ("reportedly", "according to people familiar") lowers confidence by this much. */
const HEDGE_PENALTY = 0.15

/** The finished fact: evidence spans in text order, confidence from the rule, the roles filled,
 *  how many spans state it, and hedges. */
export function finish(draft: Draft, view: ArticleView): Fact {
  const spans = [...draft.spans]
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: s.start, end: s.end, text: view.text.slice(s.start, s.end) }))
  const bonus = Math.min(MAX_ROLE_BONUS, PER_ROLE * filledRoles(draft.body))
  const support = Math.min(MAX_EVIDENCE_BONUS, PER_EXTRA_SPAN * (spans.length - 1))
  const raw = draft.rule.confidence + bonus + support - (draft.isHedged ? HEDGE_PENALTY : 0)
  const confidence = Math.round(Math.min(0.99, Math.max(0.05, raw)) * 100) / 100
  return { ...draft.body, evidence: spans, confidence, rule: draft.rule.id } as Fact
}
