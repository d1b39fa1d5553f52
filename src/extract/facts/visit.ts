import type { Fact } from '../../model/index.js'

type Visit = Extract<Fact, { type: 'visit' }>
import type { Sentence } from '../text/index.js'
import { addSpan, draftOf, statusNear, type Builder, type Draft, type Hit } from './engine.js'
import { RULES } from './rules.js'
import { idsOf, type ArticleView, type Mention } from './view.js'

/** Regular expressions of visit role logic, built once. */
const PATTERNS = {
  /** Between the trigger and its first destination: "on Wednesday to", "the capital,". */
  lead: /^[\s,]*(?:(?:on|in|last|next|this)\s+[\p{L}\d.]+\s+)?(?:to\s+|in\s+)?(?:the\s+)?(?:(?:capital|city|port|town)(?:\s+of)?,?\s+)?$/iu,
  /** Between two destinations of one list: ", ", " and ", ", and the ". */
  joiner: /^\s*(?:,|and|,\s*and|or)\s*(?:the\s+)?$/iu,
  /** Between a person and a trip noun when the person is the traveler: a possessive ("Serik's
   *  planned tour"), or the subject of a reporting or main verb ("Serik said the tour", "Serik
   *  will make a trip", "Serik is on a five-nation tour"), up to three modifiers. */
  subjectLink: new RegExp(
    String.raw`^(?:['’]s?|,?\s+(?:also\s+|has\s+|had\s+|have\s+)?(?:` +
      String.raw`(?:said|says|explained|explains|highlighted|highlights|announced|announces|noted|notes|stated|states|confirmed|confirms|added|adds|told\s+reporters|emphasi[sz]ed|stressed|described|unveiled|revealed)(?:\s+that)?|` +
      String.raw`(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to|plans\s+to|planned\s+to|intends\s+to)\s+)?(?:make|makes|made|begin|begins|began|start|starts|started|embark\s+on|embarks\s+on|embarked\s+on|undertake|undertakes|undertook|continue|continues|continued|complete|completes|completed|plan|plans|planned|is\s+on|was\s+on|wrap\s+up|wrapped\s+up)` +
      String.raw`))\s+(?:the|his|her|their|a|an|this)(?:\s+[\p{L}-]+){0,3}\s+$`,
    'iu',
  ),
  /** Right before the first destination of a trip noun, further on in the sentence: "will take
   *  him to", "stops in", "each of the", "engagement with", "including". */
  destinationLead:
    /(?<![\p{L}])(?:(?:take|takes|took|taking|bring|brings|brought)\s+(?:him|her|them|the\s+[\p{L}-]+)\s+to|stops?\s+(?:in|at)|(?:each|all|every\s+one|both)\s+of|(?:engagement|meetings|talks)\s+with|including|covering)\s+(?:the\s+)?$/iu,
  /** A trip spoken of as ahead: "will", "planned", "upcoming". */
  future: /(?<![\p{L}])(?:will|planned|upcoming|forthcoming|is\s+to|set\s+to|next)(?![\p{L}])/iu,
} as const

/** How many sentences apart "the planned tour" and the sentence naming its stops may be
 *  (subheadings and a quoted paragraph often stand between them). */
const TRIP_REACH = 6

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

/** The person a trip noun belongs to: the one right before it as possessor or as the subject of
 *  a reporting or main verb (PATTERNS.subjectLink), in the trigger's clause. */
function subjectOf(view: ArticleView, hit: Hit): Mention | undefined {
  const clause = view.clauseAround(hit.sentence, hit.start, hit.end)
  const people = view
    .mentionsIn(clause.start, hit.start, ['person'])
    .filter((m) => !view.isInQuote(m.start))
  const last = people.at(-1)
  if (!last || !PATTERNS.subjectLink.test(view.text.slice(last.end, hit.start))) return undefined
  return last
}

/** Destinations of a trip noun: the list after a destination phrase later in the sentence
 *  ("will take him to X and Y", "with each of the five ... states"), or right after the noun. */
function destinationsOfTrip(view: ArticleView, hit: Hit): Mention[] {
  const s = hit.sentence
  const direct = destinationsAfter(view, hit.end, s.end)
  if (direct.length > 0) return direct
  for (const m of view.mentionsIn(hit.end, s.end, ['country', 'place'])) {
    if (view.isInQuote(m.start) || view.isModifier(m)) continue
    const before = view.text.slice(Math.max(hit.end, m.start - 40), m.start)
    if (PATTERNS.destinationLead.test(before)) return destinationsAfter(view, m.start, s.end)
  }
  return []
}

/** Trip nouns ("the trip", "the planned tour") with a person as subject: one visit per person
 *  that names where it goes; a nearby sentence about the same person's trip adds its evidence
 *  and, if the visit has none, its status. */
function buildTrips(hits: readonly Hit[], view: ArticleView, earlier: Draft[]): Draft[] {
  const drafts: Draft[] = []
  for (const hit of hits) {
    if (hit.isNegated) continue
    const traveler = subjectOf(view, hit)
    if (!traveler) continue
    const status = (statusNear(hit, view) ??
      (PATTERNS.future.test(view.text.slice(traveler.end, Math.min(hit.sentence.end, hit.end + 20)))
        ? 'planned'
        : undefined)) as Visit['status']
    const destinations = destinationsOfTrip(view, hit)
    if (destinations.length === 0) {
      const target = earlier.findLast(
        (d) =>
          hit.sentenceIndex - d.sentenceIndex <= TRIP_REACH &&
          (d.body as Visit).traveler === traveler.id,
      )
      if (target) {
        addSpan(target, hit.sentence)
        const body = target.body as Visit
        if (!body.status && status) body.status = status
      }
      continue
    }
    const ids: string[] = []
    for (const m of destinations) {
      if (m.type === 'place') ids.push(...view.countriesOf(m.id))
      ids.push(m.id)
    }
    const when = view.dateNear(hit.end, hit.sentence.start, hit.sentence.end)
    const draft = draftOf(
      {
        type: 'visit',
        traveler: traveler.id,
        destinations: [...new Set(ids)],
        ...(when ? { when } : {}),
        ...(status ? { status } : {}),
      },
      hit,
      view,
    )
    for (const mention of earlierTrips(view, hit.sentenceIndex, traveler.id)) {
      addSpan(draft, mention.sentence)
      const body = draft.body as Visit
      if (!body.status && mention.status) body.status = mention.status
    }
    drafts.push(draft)
  }
  return drafts
}

/** Trip nouns of the same traveler in the sentences just before `sentenceIndex` ("Serik said
 *  the planned tour ..."), with the status their words give. */
function earlierTrips(
  view: ArticleView,
  sentenceIndex: number,
  traveler: string,
): Array<{ sentence: Sentence; status: Visit['status'] | undefined }> {
  const rule = TRIP_RULE
  if (!rule) return []
  const found: Array<{ sentence: Sentence; status: Visit['status'] | undefined }> = []
  for (let i = Math.max(0, sentenceIndex - TRIP_REACH); i < sentenceIndex; i++) {
    const sentence = view.sentences[i] as Sentence
    const pattern = new RegExp(rule.pattern.source, 'giu')
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      const start = sentence.start + match.index
      if (view.isInQuote(start)) continue
      const hit: Hit = {
        rule,
        sentence,
        sentenceIndex: i,
        start,
        end: start + match[0].length,
        text: match[0],
        after: sentence.start,
        isNegated: false,
      }
      if (subjectOf(view, hit)?.id !== traveler) continue
      const status = (statusNear(hit, view) ??
        (PATTERNS.future.test(view.text.slice(hit.start - 12, hit.end))
          ? 'planned'
          : undefined)) as Visit['status'] | undefined
      found.push({ sentence, status })
      break
    }
  }
  return found
}

const TRIP_RULE = RULES.find((rule) => rule.fact === 'visit' && rule.needs?.includes('subject'))

/** Visits: the traveler is the person (else organisation) before the trigger, destinations the
 *  places after it, as country ids plus the city (CONVENTIONS.md). One fact per traveler and
 *  sentence, so "arrived in Astana ... for a state visit to Kazakhstan" is one visit. */
export const buildVisits: Builder = (hits, view, earlier) => {
  const byTraveler = new Map<string, Draft>()
  const trips = hits.filter((hit) => hit.rule.needs?.includes('subject'))
  for (const hit of hits) {
    if (hit.isNegated || trips.includes(hit)) continue
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
  const drafts = [...byTraveler.values()]
  const travelers = new Set(drafts.map((d) => JSON.stringify((d.body as Visit).traveler)))
  // A trip noun adds a visit only for a traveler the sentence's other triggers left out.
  const fromTrips = buildTrips(trips, view, earlier).filter(
    (d) => !travelers.has(JSON.stringify((d.body as Visit).traveler)),
  )
  return [...drafts, ...fromTrips]
}
