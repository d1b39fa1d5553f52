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
  /** Between a speech verb and its quote: "that the trip will be a week-long, ", or up to a
   *  colon ("said in a statement: ", "wrote in a post on X: "). */
  verbThenQuote: /^(?:\s+(?:that\s+)?(?:[\p{L}\p{N}'’,-]+\s+){0,12})?\s*$/u,
  verbThenColon: /^(?:\s+(?:[\p{L}\p{N}'’,.-]+\s+){0,7}[\p{L}\p{N}'’.-]*)?\s*[:,]\s*$/u,
  /** Between a subject and its speech verb: an apposition or relative clause (", who heads the
   *  ministry, "), else nothing. */
  subjectGap: /^(?:\s*,[^,;:“”"«»\n]{1,80},)?\s*$/u,
  /** An appositive name between commas: "Zorvath Mining's spokesman, Tobin Carrow, said". */
  appositiveBefore: /,\s*$/u,
  appositiveAfter: /^\s*,\s*$/u,
  /** Right after a quote: a dash that leads to its speaker ('“…” — Mara Lind'). */
  dashAfter: /^[,.]?(?:\s*[—–]|\s+-)\s*$/u,
  /** A speech participle that takes the subject of the verb before it. */
  participle: /^adding$/iu,
  /** Right after a quote that closes its sentence: a dash that leads to the attribution. */
  dashLead: /^[ \t]*[-–—][ \t]/u,
  /** Between a speech verb and its quote: words that give the quote to another subject ("said
   *  the plan, which critics call “a giveaway”"). */
  otherSpeaker:
    /(?<![\p{L}])(?:which|who|whom|whose|what|known\s+as|dubbed|so-called|nicknamed|termed|labell?ed|branded)(?![\p{L}])/iu,
  /** Between a quote and the next: the first half's attribution ('“A,” X said, “B.”'). */
  splitGap: /^\s*[^.!?\n“”"«»]{1,80}[,:]\s*$/u,
  /** Right before a speaker: an anonymous source of it ("a source close to Zorvath"). */
  anonymousBefore:
    /(?<![\p{L}])(?:sources?|insiders?|people|persons?|officials?|someone)\s+(?:close\s+to|familiar\s+with|briefed\s+on|at|in|from|with)\s+(?:the\s+)?$/iu,
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

/** The subject of a speech verb at `verbAt`: the last speaker before it in [from, verbAt)
 *  with nothing or an apposition between ("Mara Lind, who heads the ministry, said"), or an
 *  appositive name ("Zorvath's spokesman, Tobin Carrow, said"); a name inside the apposition
 *  ("who heads Zorvath Mining") is not the subject. */
function subjectBefore(view: ArticleView, from: number, verbAt: number): Mention | undefined {
  const found = speakers(view, from, verbAt)
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i] as Mention
    const gap = view.text.slice(m.end, verbAt)
    if (PATTERNS.subjectGap.test(gap)) return m
    if (
      PATTERNS.appositiveAfter.test(gap) &&
      PATTERNS.appositiveBefore.test(view.text.slice(Math.max(from, m.start - 3), m.start))
    )
      return m
  }
  return undefined
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
  const title = new RegExp(`(?<![\\p{L}])${noun}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, 'iu')
  const person = view
    .mentionsIn(0, at, ['person'])
    .findLast(
      (m) =>
        !view.isInQuote(m.start) &&
        (word.test(view.entity(m.id)?.role ?? '') ||
          title.test(view.text.slice(Math.max(0, m.start - 40), m.start))),
    )
  return person ?? organizationAntecedent(view, at, noun)
}

/** Nouns for a company ("the company said"): any organisation named as a subject. */
const COMPANY_NOUNS = new Set(['company', 'firm', 'group', 'miner', 'producer', 'corporation'])
/** Before an organisation: it is an object or a place of work, not a speaker named earlier. */
const ORG_OBJECT_BEFORE =
  /(?<![\p{L}])(?:with|to|by|of|for|from|about|on|against|toward|towards|at|in|into)\s+(?:the\s+)?$/iu

/** The organisation "the ministry said" or "the company said" refers to: the last one named
 *  as a subject (not after a preposition, not a modifier, not in a quote) in the quote's
 *  paragraph or the PRONOUN_PARAGRAPHS before it, whose name holds the noun ("the ministry":
 *  the Ministry of Mines), or any for a company noun. */
function organizationAntecedent(view: ArticleView, at: number, noun: string): Mention | undefined {
  const word = new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'iu')
  const from = paragraphStart(view.text, at, PRONOUN_PARAGRAPHS)
  const last = view
    .mentionsIn(from, at, ['organization'])
    .findLast(
      (m) =>
        !view.isInQuote(m.start) &&
        !view.isModifier(m) &&
        !ORG_OBJECT_BEFORE.test(view.text.slice(Math.max(0, m.start - 12), m.start)),
    )
  if (!last) return undefined
  const name = `${last.text} ${view.entity(last.id)?.name ?? ''}`
  return word.test(name) || COMPANY_NOUNS.has(noun.toLowerCase()) ? last : undefined
}

/** The pronoun or role-noun forms right after a quote: '“…,” she said', '“…,” the analyst
 *  added'. Group 1 is the pronoun, group 2 the role noun. Built from the rules' triggers. */
const anaphorAfter = (rule: CompiledRule): RegExp =>
  new RegExp(
    `^[,.!?]?\\s*(?:[-–—]\\s*)?(?:(he|she|they)|the\\s+(\\p{Ll}+))\\s+(?:${rule.pattern.source})`,
    'iu',
  )
/** The inverted form, '“…,” said the minister.': the role noun ends the clause. */
const anaphorInverted = (rule: CompiledRule): RegExp =>
  new RegExp(
    `^[,.!?]?\\s*(?:[-–—]\\s*)?(?:${rule.pattern.source})\\s+the\\s+(\\p{Ll}+)\\s*(?:[.,;!?]|$)`,
    'iu',
  )
const PRONOUN_RULE = ruleById('statement.pronoun-speaker')
const ROLE_NOUN_RULE = ruleById('statement.role-noun-speaker')
const PRONOUN_AFTER = anaphorAfter(PRONOUN_RULE)
const ROLE_NOUN_AFTER = anaphorAfter(ROLE_NOUN_RULE)
const ROLE_NOUN_INVERTED = anaphorInverted(ROLE_NOUN_RULE)

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
  const role = ROLE_NOUN_AFTER.exec(tail)?.[2] ?? ROLE_NOUN_INVERTED.exec(tail)?.[1]
  if (role) {
    // "the company" linked to its organisation by the names pass is that organisation.
    const linked = speakers(view, quote.end, closing.end).find((m) =>
      m.text.toLowerCase().endsWith(role.toLowerCase()),
    )
    const speaker = linked ?? roleAntecedent(view, quote.start, role)
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

/** A sentence that opens with a name (capitalised words) and a speech verb of the rule. */
const NAME_THEN_VERB = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}(?:${ruleById('statement.quote-then-verb').pattern.source})`,
  'u',
)
const SPLIT_RULE = ruleById('statement.split-quote')
const CONTINUED_RULE = ruleById('statement.continued-quote')
const DASH_RULE = ruleById('statement.dash-speaker')
/** How far after a quote's dash its speaker's name may start. */
const DASH_SPEAKER_CHARS = 4

/** '“…” — Mara Lind, chief executive': the name right after a dash that follows the quote, on
 *  the same line; the evidence is the sentence holding the name. */
function dashSpeaker(view: ArticleView, quote: Span): Attribution | undefined {
  const lineEnd = view.text.indexOf('\n', quote.end)
  const end = lineEnd < 0 ? view.text.length : lineEnd
  const dash = verbIn(view, DASH_RULE, quote.end, Math.min(end, quote.end + 4))
  if (!dash || !PATTERNS.dashAfter.test(view.text.slice(quote.end, dash.end))) return undefined
  const speaker = speakers(view, dash.end, Math.min(end, dash.end + 80))[0]
  if (!speaker || speaker.start - dash.end > DASH_SPEAKER_CHARS) return undefined
  const sentence = sentenceAt(view, speaker.start)
  return sentence ? { speaker: speaker.id, rule: DASH_RULE, sentence } : undefined
}

/** Where a quote's attribution may end: its sentence, or the next one when the quote closes
 *  its sentence and a dash follows ('“….” - said Mara Lind.'). */
function attributionEnd(view: ArticleView, quote: Span, closing: Sentence): number {
  if (closing.end > quote.end + 1) return closing.end
  const rest = view.text.slice(quote.end)
  const next = sentenceAt(view, rest.search(/\S/u) + quote.end)
  if (!next || next.start < closing.end) return closing.end
  if (PATTERNS.dashLead.test(rest)) return next.end
  // '“Is this fair?” Mara Lind asked.': a short next sentence in the same paragraph that opens
  // with a name and a speech verb.
  const between = view.text.slice(quote.end, next.start)
  const head = NAME_THEN_VERB.exec(next.text)
  return head && !between.includes('\n') ? next.end : closing.end
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
  previousQuote: Span | undefined,
): Attribution | null | undefined {
  const within = sentenceAt(view, quote.start)
  const closing = sentenceAt(view, quote.end - 1) ?? within
  if (!within || !closing) return undefined
  // 0. '“…,” she said', '“…,” the analyst added': the person named before the quote.
  const anaphoric = anaphoricSpeaker(view, quote, closing)
  if (anaphoric !== undefined) return anaphoric
  // 1. '“…,” said Jane Doe' / '“…,” Jane Doe told reporters'.
  const after = ruleById('statement.quote-then-verb')
  const afterEnd = Math.min(attributionEnd(view, quote, closing), quote.end + VERB_AFTER_CHARS)
  const nextQuote = view.quotes.find((q) => q.start >= quote.end)
  const verb = verbIn(view, after, quote.end, Math.min(afterEnd, nextQuote?.start ?? afterEnd))
  if (verb) {
    const near = speakers(
      view,
      quote.end,
      Math.min(attributionEnd(view, quote, closing), verb.end + SPEAKER_NEAR_CHARS),
    ).filter(
      (m) => !PATTERNS.anonymousBefore.test(view.text.slice(Math.max(0, m.start - 40), m.start)),
    )
    const speaker = near.find((m) => m.type === 'person') ?? near[0]
    const sentence =
      speaker && speaker.start >= closing.end ? sentenceAt(view, speaker.start) : closing
    if (speaker && sentence) return { speaker: speaker.id, rule: after, sentence }
    // A verb only in the next sentence with no one named there says nothing of this quote.
    if (verb.start < closing.end) return null
  }
  // 1b. '“…” — Mara Lind': a dash, then the speaker's name.
  const dashed = dashSpeaker(view, quote)
  if (dashed) return dashed
  // 1c. '“A,” X said, “B.”': the second half of a split quote has the first half's speaker.
  if (
    previous &&
    previousQuote &&
    previous.rule.id !== SPLIT_RULE.id &&
    PATTERNS.splitGap.test(view.text.slice(previousQuote.end, quote.start)) &&
    verbIn(view, after, previousQuote.end, quote.start)
  ) {
    return { ...previous, rule: SPLIT_RULE }
  }
  // 2. 'Jane Doe said the “amazing” …', 'when he said the “…”'.
  const inline = ruleById('statement.verb-then-quote')
  const lead = view.text.slice(within.start, quote.start)
  const inlineVerbs = [...lead.matchAll(new RegExp(inline.pattern.source, 'giu'))]
  const inlineVerb = inlineVerbs.at(-1)
  const afterVerb = inlineVerb
    ? lead.slice((inlineVerb.index ?? 0) + inlineVerb[0].length)
    : undefined
  if (
    inlineVerb &&
    afterVerb !== undefined &&
    (PATTERNS.verbThenQuote.test(afterVerb) || PATTERNS.verbThenColon.test(afterVerb)) &&
    !PATTERNS.otherSpeaker.test(afterVerb)
  ) {
    // "X said …, adding: “…”": the participle's subject is the one of the verb before it.
    const main = PATTERNS.participle.test(inlineVerb[0]) ? inlineVerbs.at(-2) : undefined
    const verbAt = within.start + ((main ?? inlineVerb).index ?? 0)
    const before = view.text.slice(Math.max(within.start, verbAt - 25), verbAt)
    const named =
      subjectBefore(view, within.start, verbAt) ??
      speakers(view, Math.max(within.start, verbAt - 25), verbAt).at(-1)
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

/** A quote of several paragraphs ('“A.\n\n“B,” she said.'): each paragraph but the last opens
 *  with a mark and has no closing one, and the next paragraph opens with a mark again. One span
 *  per such open paragraph, from its mark to the end of its line (trailing space left out). */
function openParagraphs(view: ArticleView): Span[] {
  const found: Span[] = []
  const text = view.text
  for (let at = text.indexOf('“'); at >= 0; at = text.indexOf('“', at + 1)) {
    if (view.isInQuote(at) || view.quotes.some((q) => q.start === at)) continue
    const newline = text.indexOf('\n', at)
    if (newline < 0) continue
    const line = text.slice(at, newline).trimEnd()
    if (line.includes('”') || !/^\s*\n\s*“/u.test(text.slice(at + line.length))) continue
    found.push({ start: at, end: at + line.length, text: line })
  }
  return found
}

/** Whether `start` opens the paragraph right after the one ending at `end`. */
const nextParagraph = (text: string, end: number, start: number): boolean =>
  /^\s*\n\s*$/u.test(text.slice(end, start))

/** The draft of one quote attributed to `found`. */
function statementDraft(view: ArticleView, quote: Span, inner: string, found: Attribution): Draft {
  const home = sentenceAt(view, quote.start)
  const spans = [found.sentence, ...(home && home !== found.sentence ? [home] : [])]
  const when = view.dateNear(found.sentence.start, found.sentence.start, found.sentence.end)
  const body: Omit<Statement, 'evidence' | 'confidence' | 'rule'> = {
    type: 'statement',
    speaker: found.speaker,
    quote: inner,
    ...(when && DATED_RULES.has(found.rule.id) ? { when } : {}),
  }
  return finishStatement(body, found.rule, spans, found.sentence)
}

/** Statements: one per quoted span with an identifiable speaker; `quote` is exactly the
 *  characters between the marks. Anonymous speakers and scare quotes give nothing. A quote of
 *  several paragraphs gives one per paragraph, all with the speaker one of them names. */
export function findStatements(view: ArticleView): Draft[] {
  const drafts: Draft[] = []
  const all = [
    ...view.quotes.map((span) => ({ span, open: false })),
    ...openParagraphs(view).map((span) => ({ span, open: true })),
  ].sort((a, b) => a.span.start - b.span.start)
  let previous: Attribution | undefined
  let previousQuote: Span | undefined
  /** The open paragraph before, its speaker if found, and the ones still without one. */
  let chainEnd: Span | undefined
  let chainSpeaker: Attribution | undefined
  let pending: Array<{ span: Span; inner: string }> = []
  for (const { span: quote, open } of all) {
    const inner = open ? quote.text.slice(1) : quote.text.slice(1, -1)
    if (inner.trim() === '') continue
    const continues = chainEnd !== undefined && nextParagraph(view.text, chainEnd.end, quote.start)
    if (!continues) {
      chainSpeaker = undefined
      pending = []
    }
    let found = attribute(view, quote, previous, previousQuote)
    if (!found && continues && chainSpeaker) {
      const home = sentenceAt(view, quote.start)
      if (home) found = { ...chainSpeaker, rule: CONTINUED_RULE, sentence: home }
    }
    previous = found ?? undefined
    previousQuote = quote
    chainEnd = open ? quote : undefined
    if (found) {
      for (const p of pending) drafts.push(statementDraft(view, p.span, p.inner, found))
      pending = []
      if (open) chainSpeaker = chainSpeaker ?? found
      drafts.push(statementDraft(view, quote, inner, found))
    } else if (open) pending.push({ span: quote, inner })
  }
  return drafts
}
