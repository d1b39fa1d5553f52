import type { Fact } from '../../model/index.js'

type Visit = Extract<Fact, { type: 'visit' }>
import { draftOf, statusNear, type Builder, type Draft } from './engine.js'
import { idsOf, type ArticleView, type Mention } from './view.js'

/** Regular expressions of visit role logic, built once. */
const PATTERNS = {
  /** Between the trigger and its first destination: "on Wednesday to", "the capital,". */
  lead: /^[\s,]*(?:(?:on|in|last|next|this)\s+[\p{L}\d.]+\s+)?(?:to\s+|in\s+)?(?:the\s+)?(?:(?:capital|city|port|town)(?:\s+of)?,?\s+)?$/iu,
  /** Between two destinations of one list: ", ", " and ", ", and the ". */
  joiner: /^\s*(?:,|and|,\s*and|or)\s*(?:the\s+)?$/iu,
} as const

/** Destinations: the place or country right after the trigger and any listed with it. */
function destinationsAfter(view: ArticleView, at: number, end: number): Mention[] {
  const candidates = view.mentionsIn(at, end, ['country', 'place'])
  const first = candidates[0]
  if (!first || !PATTERNS.lead.test(view.text.slice(at, first.start))) return []
  const list = [first]
  for (const next of candidates.slice(1)) {
    const last = list.at(-1) as Mention
    if (next.start === last.start || PATTERNS.joiner.test(view.text.slice(last.end, next.start))) {
      list.push(next)
    } else break
  }
  return list
}

/** Visits: the traveler is the person (else organisation) before the trigger, destinations the
 *  places after it, as country ids plus the city (CONVENTIONS.md). One fact per traveler and
 *  sentence, so "arrived in Astana ... for a state visit to Kazakhstan" is one visit. */
export const buildVisits: Builder = (hits, view) => {
  const byTraveler = new Map<string, Draft>()
  for (const hit of hits) {
    if (hit.isNegated) continue
    const s = hit.sentence
    const destinations = destinationsAfter(view, hit.end, s.end)
    if (destinations.length === 0) continue
    const ids: string[] = []
    for (const m of destinations) {
      if (m.type === 'place') ids.push(...view.countriesOf(m.id))
      ids.push(m.id)
    }
    const clause = view.mentionsIn(hit.after, hit.start, ['person'])
    const people = clause.length > 0 ? clause : view.mentionsIn(s.start, hit.start, ['person'])
    const orgs = view
      .mentionsIn(s.start, hit.start, ['organization'])
      .filter((m) => !view.isLocation(m))
    const travelers = people.length > 0 ? idsOf(people) : idsOf(orgs.slice(-1))
    const key = travelers.join('|')
    const existing = byTraveler.get(key)
    if (existing) {
      const body = existing.body as Visit
      body.destinations = [...new Set([...(body.destinations ?? []), ...ids])]
      continue
    }
    const status = statusNear(hit, view) as Visit['status']
    const when = view.dateNear(hit.end, s.start, s.end)
    const body: Omit<Visit, 'evidence' | 'confidence' | 'rule'> = {
      type: 'visit',
      ...(travelers.length === 1 ? { traveler: travelers[0] } : {}),
      ...(travelers.length > 1 ? { traveler: travelers } : {}),
      destinations: [...new Set(ids)],
      ...(when ? { when } : {}),
      ...(status ? { status } : {}),
    }
    byTraveler.set(key, draftOf(body, hit, view))
  }
  return [...byTraveler.values()]
}
