import type { Fact } from '../../model/index.js'

type Legislation = Extract<Fact, { type: 'legislation' }>
import { addSpan, draftOf, statusNear, type Builder, type Draft, type Hit } from './engine.js'
import { nearestBefore, idsOf, type ArticleView } from './view.js'

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

/** Legislation: one per trigger; sponsors are the people (else the body, or for a measure the
 *  state) named between the previous trigger and this one. The action is left out unless the
 *  rule or the sentence gives it: `mergeLegislation` fills it from the fact it continues, and
 *  only then falls back to `introduce`. */
export const buildLegislation: Builder = (hits, view, earlier) => {
  const drafts: Draft[] = []
  for (const hit of hits) {
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
  return drafts
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
