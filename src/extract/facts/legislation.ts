import type { Fact } from '../../model/index.js'

type Legislation = Extract<Fact, { type: 'legislation' }>
import { draftOf, statusNear, type Builder, type Draft } from './engine.js'
import { nearestBefore, idsOf, type ArticleView } from './view.js'

/** Regular expressions of legislation role logic, built once. */
const PATTERNS = {
  repeal: /\b(?:repeal|repealed|repealing|lift|lifted|released\s+from|scrap)\b/iu,
  amend: /\b(?:amend|amended|amendment\s+to|update[sd]?|add(?:ed|s)?\s+to)\b/iu,
} as const

/** Rules for government measures (bans, quotas, controls): their sponsor may be a state. */
const MEASURE_RULES = new Set(['legislation.export-measure'])

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

/** Legislation: one per trigger; sponsors are the people (else the body, or for a measure the
 *  state) named between the previous trigger and this one. */
export const buildLegislation: Builder = (hits, view, earlier) => {
  const drafts: Draft[] = []
  for (const hit of hits) {
    if (hit.isNegated) continue
    const s = hit.sentence
    const isMeasure = MEASURE_RULES.has(hit.rule.id)
    const named = instrumentOf(view, s.start, s.end, hit.start)
    const inherited = isMeasure
      ? undefined
      : (earlier.at(-1)?.body as Legislation | undefined)?.instrument
    const instrument = named ?? inherited
    if (instrument === undefined && hit.rule.needs?.includes('instrument')) continue
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
          : 'introduce')) as Legislation['action']
    const status = statusNear(hit, view) as Legislation['status']
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
    // "introduced legislation" then "introduced the bill" a sentence later: one bill, now with
    // its sponsors.
    const previous = earlier.at(-1)
    const prev = previous?.body as Legislation | undefined
    if (
      previous &&
      prev &&
      prev.sponsor === undefined &&
      prev.instrument === instrument &&
      hit.sentenceIndex - previous.sentenceIndex === 1 &&
      named === undefined &&
      sponsors.length > 0
    ) {
      prev.sponsor = body.sponsor
      previous.spans.push(s)
      continue
    }
    drafts.push(draftOf(body, hit, view))
    earlier.push(drafts.at(-1) as Draft)
  }
  return []
}
