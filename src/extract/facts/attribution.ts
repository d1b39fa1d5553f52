import type { Span, Fact } from '../../model/index.js'

type Statement = Extract<Fact, { type: 'statement' }>
import type { Sentence } from '../text/index.js'
import { RULES, type CompiledRule } from './rules.js'
import { finishStatement } from './statement-draft.js'
import type { ArticleView, Mention } from './view.js'
import type { Draft } from './engine.js'

/** Regular expressions of attribution, built once. */
const PATTERNS = {
  pronoun: /(?<![\p{L}])(?:he|she)\s*$/iu,
  colonEnd: /:\s*$/u,
  /** Between a speech verb and its quote: "that the trip will be a week-long, ". */
  verbThenQuote: /^(?:\s+(?:that\s+)?(?:[\p{L}\p{N}'’,-]+\s+){0,8})?\s*$/u,
} as const

/** How far after a quote its speech verb may stand, and how close a speaker must be to it. */
const VERB_AFTER_CHARS = 60
const SPEAKER_NEAR_CHARS = 60

const ruleById = (id: string): CompiledRule => {
  const rule = RULES.find((r) => r.id === id)
  if (!rule) throw new Error(`data/patterns/statement.json: no rule ${id}`)
  return rule
}

function sentenceAt(view: ArticleView, at: number): Sentence | undefined {
  return view.sentenceAt(at)
}

function speakers(view: ArticleView, start: number, end: number): Mention[] {
  return view
    .mentionsIn(start, end, ['person', 'organization'])
    .filter((m) => !view.isInQuote(m.start) && !view.isModifier(m))
}

/** A pronoun before `at` names the last person mentioned before it. */
function lastPersonBefore(view: ArticleView, at: number): Mention | undefined {
  return view.mentionsIn(0, at, ['person']).findLast((m) => !view.isInQuote(m.start))
}

/** The first speech verb of `rule` in text[start, end). */
function verbIn(
  view: ArticleView,
  rule: CompiledRule,
  start: number,
  end: number,
): Span | undefined {
  const pattern = rule.pattern
  pattern.lastIndex = 0
  const match = pattern.exec(view.text.slice(start, end))
  return match
    ? { start: start + match.index, end: start + match.index + match[0].length, text: match[0] }
    : undefined
}

interface Attribution {
  speaker: string
  rule: CompiledRule
  sentence: Sentence
}

/** Who says a quote, per the rules of data/patterns/statement.json, in order. */
function attribute(
  view: ArticleView,
  quote: Span,
  previous: Attribution | undefined,
): Attribution | null | undefined {
  const within = sentenceAt(view, quote.start)
  const closing = sentenceAt(view, quote.end - 1) ?? within
  if (!within || !closing) return undefined
  // 1. '“…,” said Jane Doe' / '“…,” Jane Doe told reporters'.
  const after = ruleById('statement.quote-then-verb')
  const afterEnd = Math.min(closing.end, quote.end + VERB_AFTER_CHARS)
  const nextQuote = view.quotes.find((q) => q.start >= quote.end)
  const verb = verbIn(view, after, quote.end, Math.min(afterEnd, nextQuote?.start ?? afterEnd))
  if (verb) {
    const near = speakers(view, quote.end, Math.min(closing.end, verb.end + SPEAKER_NEAR_CHARS))
    const speaker = near.find((m) => m.type === 'person') ?? near[0]
    return speaker ? { speaker: speaker.id, rule: after, sentence: closing } : null
  }
  // 2. 'Jane Doe said the “amazing” …', 'when he said the “…”'.
  const inline = ruleById('statement.verb-then-quote')
  const lead = view.text.slice(within.start, quote.start)
  const inlineVerb = [...lead.matchAll(new RegExp(inline.pattern.source, 'giu'))].at(-1)
  if (
    inlineVerb &&
    PATTERNS.verbThenQuote.test(lead.slice((inlineVerb.index ?? 0) + inlineVerb[0].length))
  ) {
    const verbAt = within.start + (inlineVerb.index ?? 0)
    const before = view.text.slice(Math.max(within.start, verbAt - 25), verbAt)
    const named = speakers(view, Math.max(within.start, verbAt - 25), verbAt).at(-1)
    const speaker =
      named ?? (PATTERNS.pronoun.test(before) ? lastPersonBefore(view, verbAt) : undefined)
    if (speaker) return { speaker: speaker.id, rule: inline, sentence: within }
  }
  // 3. 'He stated:' then the quote as its own paragraph.
  const colon = ruleById('statement.verb-colon')
  const intro = view.sentences.findLast((s) => s.end <= quote.start)
  const opensParagraph = lead.trim() === ''
  if (intro && opensParagraph && PATTERNS.colonEnd.test(intro.text)) {
    const introVerb = verbIn(view, colon, intro.start, intro.end)
    if (introVerb) {
      const named =
        speakers(view, intro.start, introVerb.start).at(-1) ??
        speakers(view, introVerb.end, intro.end)[0]
      const pronoun = PATTERNS.pronoun.test(view.text.slice(intro.start, introVerb.start))
      const speaker = named ?? (pronoun ? lastPersonBefore(view, intro.start) : undefined)
      return speaker ? { speaker: speaker.id, rule: colon, sentence: intro } : null
    }
  }
  // 4. A quote right after an attributed one, in the same paragraph: the same speaker.
  if (
    previous &&
    opensParagraph &&
    !view.text.slice(previous.sentence.end, quote.start).includes('\n')
  ) {
    return { ...previous, rule: ruleById('statement.continued-quote'), sentence: within }
  }
  return undefined
}

/** Statements: one per quoted span with an identifiable speaker; `quote` is exactly the
 *  characters between the marks. Anonymous speakers and scare quotes give nothing. */
export function findStatements(view: ArticleView): Draft[] {
  const drafts: Draft[] = []
  let previous: Attribution | undefined
  for (const quote of view.quotes) {
    const inner = quote.text.slice(1, -1)
    if (inner.trim() === '') continue
    const found = attribute(view, quote, previous)
    previous = found ?? undefined
    if (!found) continue
    const home = sentenceAt(view, quote.start)
    const spans = [found.sentence, ...(home && home !== found.sentence ? [home] : [])]
    const when = view.dateNear(found.sentence.start, found.sentence.start, found.sentence.end)
    const body: Omit<Statement, 'evidence' | 'confidence' | 'rule'> = {
      type: 'statement',
      speaker: found.speaker,
      quote: inner,
      ...(when && found.rule.id === 'statement.quote-then-verb' ? { when } : {}),
    }
    drafts.push(finishStatement(body, found.rule, spans, found.sentence))
  }
  return drafts
}
