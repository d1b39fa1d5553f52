import type { Fact } from '../../model/index.js'

type Legislation = Extract<Fact, { type: 'legislation' }>
import { addSpan, draftOf, statusNear, type Builder, type Draft, type Hit } from './engine.js'
import { nearestBefore, idsOf, type ArticleView, type Mention } from './view.js'

/** Regular expressions of legislation role logic, built once. */
const PATTERNS = {
  repeal: /\b(?:repeal|repealed|repealing|lift|lifted|released\s+from|scrap)\b/iu,
  amend: /\b(?:amend|amended|amendment\s+to|update[sd]?|add(?:ed|s)?\s+to)\b/iu,
  /** Before "to its list of": the verb that puts something on the list. */
  addedTo:
    /(?<![\p{L}])(?:add|adds|added|adding|include[sd]?|including|put|puts|placed)(?![\p{L}])/iu,
  /** A measure's start date: "effective March 1", "takes effect on", "from March 1". */
  effective:
    /(?<![\p{L}])(?:effective|take[sn]?\s+effect|took\s+effect|will\s+take\s+effect|comes?\s+into\s+force|came\s+into\s+force|enters?\s+into\s+force|entered\s+into\s+force)(?![\p{L}])/iu,
} as const

/** Rules for government measures (bans, quotas, controls): their sponsor may be a state. */
const MEASURE_RULES = new Set(['legislation.export-measure', 'legislation.processing-rule'])
/** Rules whose trigger must touch the instrument's own mention ("the Qaratau processing rule
 *  requiring ..."): the words are too common to take any initiative of the sentence. */
const ADJACENT_RULES = new Set(['legislation.processing-rule'])
/** Rules for a further bill on an instrument named before ("a companion bill", "such a bill"):
 *  they take its action too. */
const FOLLOW_RULES = new Set(['legislation.companion-bill'])
/** Most characters between an instrument's mention and an ADJACENT_RULES trigger. */
const ADJACENT_GAP = 2

/** The instrument: an initiative (law, bill, named measure) in the sentence nearest the
 *  trigger; a bill with none named continues the last instrument of the article. */
function instrumentOf(
  view: ArticleView,
  start: number,
  end: number,
  at: number,
): string | undefined {
  const found = view.mentionsIn(start, end, ['initiative'])
  if (found.length === 0) return undefined
  return [...found].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]?.id
}

/** An initiative whose mention overlaps [start, end) or ends right before it. */
function adjacentInstrument(view: ArticleView, start: number, end: number): string | undefined {
  return view
    .mentionsIn(Math.max(0, start - 120), end + 120, ['initiative'])
    .find((m) => m.start < end && m.end >= start - ADJACENT_GAP)?.id
}

/** A measure with a start date in its sentence: `enacted` while the date is after publication,
 *  `in-force` once it has passed ("an export quota, effective March 1"). None without one. */
function measureStatus(view: ArticleView, hit: Hit): Legislation['status'] | undefined {
  const s = hit.sentence
  const cue = PATTERNS.effective.exec(view.text.slice(hit.end, s.end))
  if (!cue) return undefined
  const from = hit.end + cue.index
  const date = view.dates.find((d) => d.start >= from && d.end <= s.end && !view.isInQuote(d.start))
  if (date === undefined || view.published === null) return undefined
  const published = view.published.slice(0, date.date.length)
  return date.date > published ? 'enacted' : 'in-force'
}

/** Rules for a stage of a named law (introduced, passed, signed, proposed, in force): the law
 *  must stand right next to the verb, and be named as a law. */
const STAGE_RULES = new Set([
  'legislation.bill-introduced',
  'legislation.sponsored-by',
  'legislation.bill-passed',
  'legislation.bill-signed',
  'legislation.bill-proposed',
  'legislation.in-force',
  'legislation.signed-by',
])
/** Stage rules whose law comes only before the verb ("the X Act took effect"). */
const BEFORE_ONLY_RULES = new Set([
  'legislation.sponsored-by',
  'legislation.in-force',
  'legislation.signed-by',
])
/** Stage rules whose sponsors follow the verb ("sponsored by A and B", "signed by P"). */
const SPONSOR_AFTER_RULES = new Set(['legislation.sponsored-by', 'legislation.signed-by'])
/** Stage rules that only name sponsors: another stage of the law in the sentence takes them. */
const SPONSOR_ONLY_RULES = new Set(['legislation.sponsored-by'])
/** The action a stage rule gives when the words between verb and law name no repeal or
 *  amendment. */
const STAGE_ACTIONS: Record<string, Legislation['action']> = {
  'legislation.bill-introduced': 'introduce',
  'legislation.sponsored-by': 'introduce',
  'legislation.bill-passed': 'pass',
  'legislation.bill-signed': 'sign',
  'legislation.bill-proposed': 'propose',
  'legislation.signed-by': 'sign',
}
/** How far from a stage verb its law may be named, in characters. */
const STAGE_REACH = 90
/** How many sentences back "the bill" may find the law it refers to. */
const ANAPHOR_REACH = 3

/** Rules for a bill named only by what it does to a named law ("would exempt it from the X
 *  amendment", "an end to the X amendment"): the law must follow the verb. */
const EFFECT_RULES = new Set(['legislation.bill-effect'])

/** Regular expressions of the bill-effect rule, built once. */
const EFFECT = {
  /** Verbs that take the law after "from": "exempt it from the", "graduate Kazakhstan from". */
  fromVerb: /^(?:exempt|graduat|remov|releas)/iu,
  /** Between such a verb and the law: an object, then "from" ("it from the", "Kazakhstan from"). */
  fromGap:
    /^\s+(?:(?:it|them|the\s+country|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+)?from\s+(?:(?:the|its|their)\s+)?(?:so-called\s+)?$/u,
  /** Between "lift", "an end to" and the law: only an article. */
  directGap: /^\s+(?:(?:the|its|their)\s+)?(?:so-called\s+)?(?:Soviet-era\s+)?$/iu,
  /** The sentence is about a bill or a legislature, not any wish to end a law. */
  billContext:
    /(?<![\p{L}])(?:[Bb]ills?|[Ll]egislation|[Mm]easures?|[Rr]esolution|[Ll]awmakers?|[Ll]egislators?|Congress|Senate|House|[Pp]arliament|Representatives?|Senators?|Congress(?:wo)?man|Rep\.|Sen\.)(?![\p{L}])/u,
  /** The stage a bill has reached, in its sentence. */
  stages: [
    [/(?<![\p{L}])(?:signed\s+into\s+law|enacted)(?![\p{L}])/iu, 'enacted'],
    [/(?<![\p{L}])(?:passed|approved)(?![\p{L}])/iu, 'passed'],
    [/(?<![\p{L}])(?:introduced|reintroduced|filed|tabled)(?![\p{L}])/iu, 'introduced'],
    [
      /(?<![\p{L}])(?:plans?\s+to|intends?\s+to|will\s+introduce|is\s+expected\s+to)(?![\p{L}])/iu,
      'planned',
    ],
  ] as ReadonlyArray<[RegExp, Legislation['status']]>,
} as const

/** The law a bill-effect verb acts on: an initiative named as a law right after it. */
function effectInstrument(view: ArticleView, hit: Hit): string | undefined {
  const s = hit.sentence
  const law = view
    .mentionsIn(hit.end, Math.min(s.end, hit.end + STAGE_REACH), ['initiative'])
    .find((m) => !view.isInQuote(m.start))
  if (law === undefined || !isLaw(view, law.id, law.text)) return undefined
  const gap = view.text.slice(hit.end, law.start)
  const isFrom = EFFECT.fromVerb.test(hit.text)
  return (isFrom ? EFFECT.fromGap : EFFECT.directGap).test(gap) ? law.id : undefined
}

/** A bill named by its effect on a law: "a bill introduced in February by Representative A
 *  would exempt Moldova from the X amendment" repeals X; its stage and date come from the
 *  sentence ("introduced in February"), a proposal when it names none. */
function effectDraft(hit: Hit, view: ArticleView): Draft | undefined {
  const s = hit.sentence
  const sentenceText = view.text.slice(s.start, s.end)
  if (!EFFECT.billContext.test(sentenceText)) return undefined
  const instrument = effectInstrument(view, hit)
  if (instrument === undefined) return undefined
  const clause = view.clauseAround(s, hit.start, hit.end)
  const people = view
    .mentionsIn(Math.max(hit.after, clause.start), hit.start, ['person'])
    .filter((m) => !view.isInQuote(m.start))
  const sponsors = idsOf(people)
  let status: Legislation['status'] = 'proposed'
  let stageAt = hit.end
  for (const [pattern, stage] of EFFECT.stages) {
    const match = pattern.exec(sentenceText)
    if (match) {
      status = stage
      stageAt = s.start + match.index + match[0].length
      break
    }
  }
  const when = view.dateNear(stageAt, s.start, s.end)
  const body: Omit<Legislation, 'evidence' | 'confidence' | 'rule'> = {
    type: 'legislation',
    ...(sponsors.length === 1 ? { sponsor: sponsors[0] } : {}),
    ...(sponsors.length > 1 ? { sponsor: sponsors } : {}),
    instrument,
    action: 'repeal',
    ...(when ? { when } : {}),
    status,
  }
  return draftOf(body, hit, view)
}

/** A fact's jurisdiction when the sentence gives no state as sponsor: the state of a sponsoring
 *  body ("Congress"), else the state of the law itself in the reference data. */
function fillJurisdiction(draft: Draft, view: ArticleView): Draft {
  const body = draft.body as Legislation
  if (body.jurisdiction !== undefined) return draft
  const sponsors = [body.sponsor ?? []].flat()
  const state =
    sponsors.map((id) => view.stateOf(id)).find((id) => id !== undefined) ??
    (body.instrument !== undefined ? view.stateOf(body.instrument) : undefined)
  if (state !== undefined) body.jurisdiction = state
  return draft
}

/** Regular expressions of the stage rules, built once. */
const STAGE = {
  /** A law by its name: Act, Bill, Law, Code, Amendment, Decree, (Executive) Order, Resolution,
   *  Regulation, Ordinance, Statute, or a bill number. Agreements, frameworks and export
   *  measures are not (they have their own rules). */
  lawName:
    /(?<![\p{L}])(?:Act|Bill|Law|Code|Amendment|Decree|Order|Resolution|Regulations?|Ordinance|Statute)(?![\p{L}])|(?<![\p{L}])amendment(?![\p{L}])|(?<![\p{L}])(?:H\.\s?R\.|S\.)\s?\d/u,
  /** Between a stage verb and the law after it: "the", "amendments to the", "a bill to repeal
   *  the", "S. 1234, the", "a bill known as the". */
  afterGap:
    /^\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:new|revised|amended|updated|landmark|sweeping|so-called|bipartisan)\s+)?(?:(?:(?:amendments?|changes|revisions?|updates?|an?\s+amended\s+version|(?:a|the)\s+(?:bill|measure|legislation)|bill|measure|legislation|law)\s*(?:,?\s*(?:known\s+as|called|dubbed)|to\s+(?:repeal|amend|lift|scrap|end|update)|to|of|on|,)\s+(?:the\s+)?))?(?:(?:S|H\.\s?R|H\.\s?Res|S\.\s?Res)\.?\s*\d+\s*,?\s+(?:the\s+)?)?$/iu,
  /** Between a law and the stage verb after it: "the X Act was signed", "the X Act, introduced
   *  by", "the X Act (S. 1234), which Congress". */
  beforeGap:
    /^(?:\s*\([^()]{0,40}\))?(?:\s*,[^,;()]{1,80},)?(?:\s*,\s*(?:(?:which|that)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){0,3})?)?\s*(?:(?:was|were|is|are|has|have|had|been|be|being|will|would|finally|also|later|quickly|recently|already|formally|officially|unanimously|overwhelmingly|narrowly|then|since)\s+){0,4}$/iu,
  /** Between two stages of one law in a sentence: "passed the Senate and was signed". */
  nextStage:
    /^[^,;.:]{0,60}?(?<![\p{L}])(?:and|but|before|then)\s+(?:(?:was|were|has\s+been|had\s+been|is|later|then|quickly|finally)\s+){0,2}$/iu,
  /** "the bill" or "the measure" right after the verb: a law named in a sentence before. */
  anaphorAfter: /^\s+the\s+(?:bill|measure|legislation|law|act)(?![\p{L}])/iu,
  /** "The bill was passed": the anaphor as the subject right before the verb. */
  anaphorBefore:
    /(?<![\p{L}])the\s+(?:bill|measure|legislation|law|act)(?:\s*,\s*(?:which|that))?\s+(?:(?:was|were|is|has|have|had|been|be|will|would|finally|also|later|then|since)\s+){0,3}$/iu,
  /** Before a stage verb: a condition, not an event ("If passed, the Act would"). */
  conditional:
    /(?<![\p{L}])(?:if|unless|once|until|whether|when)\s+(?:it\s+is\s+|it\s+was\s+)?$|(?:need|needs|must|would\s+have\s+to|has\s+to|have\s+to)\s+be\s+$/iu,
  /** Before a stage verb: a stage still ahead ("is expected to be signed"). */
  aheadBefore:
    /(?<![\p{L}])(?:will|would|expected\s+to|set\s+to|due\s+to|plans?\s+to|likely\s+to)\s+be\s+(?:[\p{L}]+ly\s+)?$/iu,
  /** From a verb to its first sponsor: title words only ("sponsored by Senators "). */
  sponsorLead: /^\s+(?:(?:the\s+)?[\p{L}.'’-]+\s+){0,4}$/u,
  /** Between two sponsors: "and", ", ", with their titles. */
  sponsorJoiner: /^\s*(?:,|and|,\s*and)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u,
} as const

/** Whether an initiative is named as a law. */
function isLaw(view: ArticleView, id: string, text: string): boolean {
  return STAGE.lawName.test(view.entity(id)?.name ?? '') || STAGE.lawName.test(text)
}

/** The law a stage verb acts on and the words between them: the law right after the verb
 *  (its object), else right before it (a passive or apposed subject), else, for "the bill",
 *  the law of the last legislation fact of the few sentences before. */
function stageInstrument(
  view: ArticleView,
  hit: Hit,
  drafts: readonly Draft[],
): { id: string; gap: string } | undefined {
  const s = hit.sentence
  const laws = view
    .mentionsIn(
      Math.max(s.start, hit.start - STAGE_REACH),
      Math.min(s.end, hit.end + STAGE_REACH),
      ['initiative'],
    )
    .filter((m) => !view.isInQuote(m.start) && isLaw(view, m.id, m.text))
  if (!BEFORE_ONLY_RULES.has(hit.rule.id)) {
    const after = laws.find((m) => m.start >= hit.end)
    const gap = after ? view.text.slice(hit.end, after.start) : ''
    if (after && STAGE.afterGap.test(gap)) return { id: after.id, gap }
  }
  const before = laws.findLast((m: Mention) => m.end <= hit.start)
  if (before && STAGE.beforeGap.test(view.text.slice(before.end, hit.start)))
    return { id: before.id, gap: '' }
  const previous = drafts.findLast((d) => d.sentenceIndex === hit.sentenceIndex)
  const previousLaw = (previous?.body as Legislation | undefined)?.instrument
  if (previousLaw !== undefined && STAGE.nextStage.test(view.text.slice(hit.after, hit.start)))
    return { id: previousLaw, gap: '' }
  const isAnaphor =
    (!BEFORE_ONLY_RULES.has(hit.rule.id) &&
      STAGE.anaphorAfter.test(view.text.slice(hit.end, s.end))) ||
    STAGE.anaphorBefore.test(view.text.slice(s.start, hit.start))
  if (!isAnaphor) return undefined
  const last = drafts.findLast(
    (d) =>
      hit.sentenceIndex - d.sentenceIndex <= ANAPHOR_REACH &&
      (d.body as Legislation).instrument !== undefined,
  )
  const id = (last?.body as Legislation | undefined)?.instrument
  return id !== undefined && isLaw(view, id, '') ? { id, gap: '' } : undefined
}

/** The sponsors named right after "sponsored by": the first person and those listed with it. */
function sponsorsAfter(view: ArticleView, hit: Hit): string[] {
  const people = view.mentionsIn(hit.end, hit.sentence.end, ['person'])
  const first = people[0]
  if (!first || !STAGE.sponsorLead.test(view.text.slice(hit.end, first.start))) return []
  const list = [first]
  for (const next of people.slice(1)) {
    const last = list.at(-1) as Mention
    if (next.start === last.start) continue
    if (!STAGE.sponsorJoiner.test(view.text.slice(last.end, next.start))) break
    list.push(next)
  }
  return idsOf(list)
}

/** The date of a stage: the nearest after the verb in its sentence, else the last before it;
 *  never the year inside a law's name ("the X Act of 2025"). */
function dateOutsideNames(view: ArticleView, hit: Hit): Legislation['when'] {
  const s = hit.sentence
  const names = view.mentionsIn(s.start, s.end, ['initiative'])
  const dates = view.dates.filter(
    (d) =>
      d.start >= s.start &&
      d.end <= s.end &&
      !view.isInQuote(d.start) &&
      !names.some((m) => d.start < m.end && m.start < d.end),
  )
  return (dates.find((d) => d.start >= hit.end) ?? dates.findLast((d) => d.end <= hit.start))?.date
}

/** A stage of a named law: introduced, sponsored, passed, signed, proposed or in force. */
function stageDraft(hit: Hit, view: ArticleView, drafts: readonly Draft[]): Draft | undefined {
  const s = hit.sentence
  const before = view.text.slice(Math.max(s.start, hit.start - 40), hit.start)
  if (STAGE.conditional.test(before)) return undefined
  const law = stageInstrument(view, hit, drafts)
  if (law === undefined) return undefined
  let sponsors: string[]
  if (SPONSOR_AFTER_RULES.has(hit.rule.id)) sponsors = sponsorsAfter(view, hit)
  else {
    const clause = view.clauseAround(s, hit.start, hit.end)
    const from = Math.max(hit.after, clause.start)
    const people = view
      .mentionsIn(from, hit.start, ['person'])
      .filter((m) => !view.isInQuote(m.start))
    const bodies = view
      .mentionsIn(from, hit.start, ['organization'])
      .filter((m) => !view.isLocation(m) && !view.isModifier(m))
    sponsors =
      people.length > 0 ? idsOf(people) : idsOf(nearestBefore(bodies, hit.start).slice(0, 1))
  }
  const action = (
    PATTERNS.repeal.test(law.gap)
      ? 'repeal'
      : PATTERNS.amend.test(law.gap) || /amendments?\s+to/iu.test(law.gap)
        ? 'amend'
        : STAGE_ACTIONS[hit.rule.id]
  ) as Legislation['action']
  const status = (
    STAGE.aheadBefore.test(before) ? 'planned' : hit.rule.status
  ) as Legislation['status']
  const when = dateOutsideNames(view, hit)
  const body: Omit<Legislation, 'evidence' | 'confidence' | 'rule'> = {
    type: 'legislation',
    ...(sponsors.length === 1 ? { sponsor: sponsors[0] } : {}),
    ...(sponsors.length > 1 ? { sponsor: sponsors } : {}),
    instrument: law.id,
    ...(action ? { action } : {}),
    ...(when ? { when } : {}),
    ...(status ? { status } : {}),
  }
  return draftOf(body, hit, view)
}

/** "The X Act, sponsored by A, passed the Senate": a sponsors-only draft lends its sponsors to
 *  another stage of the same law in its sentence, and is dropped. */
function foldSponsors(drafts: Draft[], sponsorOnly: Set<Draft>): Draft[] {
  const dropped = new Set<Draft>()
  for (const draft of sponsorOnly) {
    const body = draft.body as Legislation
    const other = drafts.find(
      (d) =>
        d !== draft &&
        !sponsorOnly.has(d) &&
        d.sentenceIndex === draft.sentenceIndex &&
        (d.body as Legislation).instrument === body.instrument,
    )
    if (!other) continue
    const target = other.body as Legislation
    if (body.sponsor !== undefined) target.sponsor = body.sponsor
    dropped.add(draft)
  }
  return drafts.filter((d) => !dropped.has(d))
}

/** Legislation: one per trigger; sponsors are the people (else the body, or for a measure the
 *  state) named between the previous trigger and this one. The action is left out unless the
 *  rule or the sentence gives it: `mergeLegislation` fills it from the fact it continues, and
 *  only then falls back to `introduce`. */
export const buildLegislation: Builder = (hits, view, earlier) => {
  const drafts: Draft[] = []
  const sponsorOnly = new Set<Draft>()
  // A stage verb that finds no law next to it ("introduced the Qaratau export ban") is no
  // trigger: the sponsors of the next one start where the last real trigger ended.
  let lastEnd = hits[0]?.sentence.start ?? 0
  for (const found of hits) {
    const hit = { ...found, after: lastEnd }
    if (STAGE_RULES.has(hit.rule.id)) {
      const draft = hit.isNegated ? undefined : stageDraft(hit, view, [...earlier, ...drafts])
      if (draft) drafts.push(draft)
      if (draft && SPONSOR_ONLY_RULES.has(hit.rule.id)) sponsorOnly.add(draft)
      if (draft || hit.isNegated) lastEnd = hit.end
      continue
    }
    if (EFFECT_RULES.has(hit.rule.id)) {
      const draft = hit.isNegated ? undefined : effectDraft(hit, view)
      if (draft) drafts.push(draft)
      if (draft || hit.isNegated) lastEnd = hit.end
      continue
    }
    lastEnd = hit.end
    if (hit.isNegated) continue
    const s = hit.sentence
    const isMeasure = MEASURE_RULES.has(hit.rule.id)
    if (hit.rule.id === 'legislation.list-update' && hit.text.toLowerCase().startsWith('to ')) {
      if (!PATTERNS.addedTo.test(view.text.slice(hit.after, hit.start))) continue
    }
    const named = ADJACENT_RULES.has(hit.rule.id)
      ? adjacentInstrument(view, hit.start, hit.end)
      : instrumentOf(view, s.start, s.end, hit.start)
    const previous = (drafts.at(-1) ?? earlier.at(-1))?.body as Legislation | undefined
    const inherited = isMeasure ? undefined : previous?.instrument
    const instrument = named ?? inherited
    if (instrument === undefined && hit.rule.needs?.includes('instrument')) continue
    const follows = FOLLOW_RULES.has(hit.rule.id) && named === undefined && instrument !== undefined
    const people = view.mentionsIn(hit.after, hit.start, ['person'])
    const bodies = view
      .mentionsIn(hit.after, hit.start, isMeasure ? ['organization', 'country'] : ['organization'])
      .filter((m) => !view.isLocation(m) && (isMeasure || !view.isModifier(m)))
    const sponsors =
      people.length > 0 ? idsOf(people) : idsOf(nearestBefore(bodies, hit.start).slice(0, 1))
    const sentenceText = view.text.slice(s.start, s.end)
    const action = (hit.rule.action ??
      (PATTERNS.repeal.test(sentenceText)
        ? 'repeal'
        : PATTERNS.amend.test(sentenceText)
          ? 'amend'
          : follows
            ? previous?.action
            : undefined)) as Legislation['action']
    const status = (
      isMeasure ? (measureStatus(view, hit) ?? statusNear(hit, view)) : statusNear(hit, view)
    ) as Legislation['status']
    const when = view.dateNear(hit.end, s.start, s.end)
    const sponsorCountry = sponsors.find((id) => id.startsWith('country:'))
    const body: Omit<Legislation, 'evidence' | 'confidence' | 'rule'> = {
      type: 'legislation',
      ...(sponsors.length === 1 ? { sponsor: sponsors[0] } : {}),
      ...(sponsors.length > 1 ? { sponsor: sponsors } : {}),
      ...(instrument ? { instrument } : {}),
      ...(action ? { action } : {}),
      ...(sponsorCountry ? { jurisdiction: sponsorCountry } : {}),
      ...(when ? { when } : {}),
      ...(status ? { status } : {}),
    }
    drafts.push(draftOf(body, hit, view))
  }
  return foldSponsors(drafts, sponsorOnly).map((draft) => fillJurisdiction(draft, view))
}

/** How many sentences after a sponsorless bill ("introduced legislation on Nov. 5 that would
 *  repeal X") its sponsors may be named ("A and B introduced the bill in the Senate"). */
const SPONSOR_REACH = 3

const sponsorKey = (body: Legislation): string =>
  [body.sponsor ?? []].flat().slice().sort().join('|')

/** Two values of one role agree when either is missing or they are equal. */
const agrees = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || a === b

/** Gives `target` the roles it lacks from `source`, and `source`'s evidence. */
function absorb(target: Draft, source: Draft): void {
  const body = target.body as Legislation
  const from = source.body as Legislation
  body.action ??= from.action
  body.when ??= from.when
  body.status ??= from.status
  body.jurisdiction ??= from.jurisdiction
  for (const span of source.spans) addSpan(target, span)
}

/**
 * One bill described across sentences is one fact per sponsor group, with all its evidence:
 * - facts with the same instrument, action and sponsors merge: always within one sentence
 *   ("introduced legislation ... that would repeal X" fires two rules), and across sentences
 *   when their status and date agree;
 * - a sponsorless bill followed, in its sentence or within SPONSOR_REACH sentences, by the same
 *   instrument with sponsors ("A introduced a bill to repeal X" fires two rules, one with A) ("introduced the bill in the Senate", "a companion measure in the House") lends
 *   each its action, date and status, and is dropped.
 * A fact that still has no action is an introduction.
 */
export function mergeLegislation(drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = []
  for (const draft of drafts) {
    const body = draft.body as Legislation
    const same = kept.find((other) => {
      const o = other.body as Legislation
      if (o.instrument !== body.instrument || sponsorKey(o) !== sponsorKey(body)) return false
      if (!agrees(o.action, body.action)) return false
      if (other.sentenceIndex === draft.sentenceIndex) return true
      return agrees(o.status, body.status) && agrees(o.when, body.when)
    })
    if (same) absorb(same, draft)
    else kept.push(draft)
  }
  const dropped = new Set<Draft>()
  for (const lead of kept) {
    const body = lead.body as Legislation
    if (body.sponsor !== undefined || body.instrument === undefined) continue
    const followers = kept.filter((other) => {
      const o = other.body as Legislation
      const gap = other.sentenceIndex - lead.sentenceIndex
      return (
        other !== lead &&
        gap >= 0 &&
        gap <= SPONSOR_REACH &&
        o.sponsor !== undefined &&
        o.instrument === body.instrument &&
        agrees(o.action, body.action) &&
        agrees(o.status, body.status) &&
        agrees(o.when, body.when)
      )
    })
    if (followers.length === 0) continue
    for (const follower of followers) absorb(follower, lead)
    dropped.add(lead)
  }
  return kept
    .filter((draft) => !dropped.has(draft))
    .map((draft) => {
      const body = draft.body as Legislation
      body.action ??= 'introduce'
      return draft
    })
}
