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

/** Rules whose attribution sentence dates the statement ('“…,” she said on Monday'). */
const DATED_RULES = new Set([
  'statement.quote-then-verb',
  'statement.pronoun-speaker',
  'statement.role-noun-speaker',
])

/** How many paragraphs before a quote's own a pronoun may reach back for its person. */
const PRONOUN_PARAGRAPHS = 2

/** Before a person: a preposition makes the person an object, not a subject ("met with X"). */
const OBJECT_BEFORE = /(?<![\p{L}])(?:with|to|by|of|for|from|about|on|against|toward|towards)\s+$/iu

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

/** Where the paragraph `back` paragraphs before the one holding `at` starts. */
function paragraphStart(text: string, at: number, back: number): number {
  let start = at
  for (let k = 0; k <= back; k++) {
    const newline = text.lastIndexOf('\n', start - 1)
    if (newline < 0) return 0
    start = newline
    // Skip the blank lines between two paragraphs.
    while (start > 0 && /\s/u.test(text[start - 1] ?? '')) start--
    if (k === back) return newline + 1
  }
  return start
}

/** The person "she said" refers to: the last person named as a subject (not inside a quote,
 *  not a possessive modifier, not after a preposition) in the quote's paragraph or the
 *  PRONOUN_PARAGRAPHS before it. None when no person is in range. */
function pronounAntecedent(view: ArticleView, at: number): Mention | undefined {
  const from = paragraphStart(view.text, at, PRONOUN_PARAGRAPHS)
  return view
    .mentionsIn(from, at, ['person'])
    .findLast(
      (m) =>
        !view.isInQuote(m.start) &&
        !view.isModifier(m) &&
        !OBJECT_BEFORE.test(view.text.slice(Math.max(0, m.start - 12), m.start)),
    )
}

/** The person "the analyst said" refers to: the last person before `at`, outside quotes, whose
 *  stated role holds the noun as a word. */
function roleAntecedent(view: ArticleView, at: number, noun: string): Mention | undefined {
  const word = new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'iu')
  return view
    .mentionsIn(0, at, ['person'])
    .findLast((m) => !view.isInQuote(m.start) && word.test(view.entity(m.id)?.role ?? ''))
}

/** The pronoun or role-noun forms right after a quote: '“…,” she said', '“…,” the analyst
 *  added'. Group 1 is the pronoun, group 2 the role noun. Built from the rules' triggers. */
const anaphorAfter = (rule: CompiledRule): RegExp =>
  new RegExp(`^[,.!?]?\\s*(?:(he|she|they)|the\\s+(\\p{Ll}+))\\s+(?:${rule.pattern.source})`, 'iu')
const PRONOUN_RULE = ruleById('statement.pronoun-speaker')
const ROLE_NOUN_RULE = ruleById('statement.role-noun-speaker')
const PRONOUN_AFTER = anaphorAfter(PRONOUN_RULE)
const ROLE_NOUN_AFTER = anaphorAfter(ROLE_NOUN_RULE)

/** '“…,” she said' and '“…,” the analyst said': the speaker named before the quote. `null` when
 *  the form is there but names no one in range; undefined when the form is not there. */
function anaphoricSpeaker(
  view: ArticleView,
  quote: Span,
  closing: Sentence,
): Attribution | null | undefined {
  const tail = view.text.slice(quote.end, closing.end)
  const pronoun = PRONOUN_AFTER.exec(tail)
  if (pronoun?.[1]) {
    const speaker = pronounAntecedent(view, quote.start)
    return speaker ? { speaker: speaker.id, rule: PRONOUN_RULE, sentence: closing } : null
  }
  const role = ROLE_NOUN_AFTER.exec(tail)?.[2]
  if (role) {
    const speaker = roleAntecedent(view, quote.start, role)
    return speaker ? { speaker: speaker.id, rule: ROLE_NOUN_RULE, sentence: closing } : null
  }
  return undefined
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
  // 0. '“…,” she said', '“…,” the analyst added': the person named before the quote.
  const anaphoric = anaphoricSpeaker(view, quote, closing)
  if (anaphoric !== undefined) return anaphoric
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
      ...(when && DATED_RULES.has(found.rule.id) ? { when } : {}),
    }
    drafts.push(finishStatement(body, found.rule, spans, found.sentence))
  }
  return drafts
}
