import type { Fact } from '../../model/index.js'

type Meeting = Extract<Fact, { type: 'meeting' }>
import { addSpan, draftOf, type Builder, type Draft, type Hit } from './engine.js'
import { idsOf, nearestBefore, type ArticleView, type Mention } from './view.js'

/** Regular expressions of meeting role logic, built once. */
const PATTERNS = {
  hostedBy: /^\s+by\s+/iu,
  definite: /(?<![\p{L}])(?:the|this|that)\s+$/iu,
  /** Before the host of an event named earlier in the sentence: "chaired by", "presided over
   *  by", "hosted by", "convened by" (up to a title: "chaired by President"). */
  chairedBy:
    /(?<![\p{L}])(?:chaired|presided\s+over|hosted|convened)\s+by\s+(?:(?:\p{Lu}[\p{L}.-]*|the)\s+){0,3}$/u,
  /** After the host, in a relative clause about the event: "over which X presided", "which X
   *  chaired", "X, who hosted it". */
  presided: /^,?\s+(?:presided|chaired|hosted)(?![\p{L}])/u,
  /** Between a place and the event it names: "the Washington summit", "the Astana forum". */
  attributive: /^\s+$/u,
  /** Words of a sports report: a "meeting" or "talks" between clubs is no meeting. */
  sport:
    /(?<![\p{L}])(?:midfielder|striker|goalkeeper|half-time|kick-off|referee|football|soccer|matchday|coach|the\s+match|premier\s+league|the\s+(?:hosts|visitors|sides)|clubs)(?![\p{L}])/iu,
  /** Right before a "hosts"/"hosted" trigger: the word is a noun ("the hosts"), not a verb. */
  nounHost: /(?<![\p{L}])(?:the|their|its|our)\s+$/iu,
  /** Between a state and the event it holds: "Kazakhstan held its first mining forum",
   *  "Uzbekistan's government hosted the summit". */
  heldBy:
    /^(?:['’]s\s+government|\s+government)?\s+(?:held|hosted|hosts|organi[sz]ed|convened|will\s+(?:host|hold)|is\s+hosting)\s+(?:its|the|a|an)(?![\p{L}])[^.;,]*$/iu,
  /** Where a second meeting of the same subject starts: "met X in Dushanbe in October and with
   *  Y at the White House in November". */
  andWith: /,?\s+and\s+(?:(?:later|then|again|also|afterwards)\s+)?with\s+/giu,
  /** After "meet"/"met": an aim or a rule, not a person ("to meet demand", "meets European
   *  standards", "met their targets"). */
  meetObject:
    /^\s+(?:[\p{L}-]+\s+){0,3}?(?:demand|needs|standards?|targets?|requirements?|criteria|goals?|obligations?|deadlines?|expectations?|quotas?|conditions|commitments?|costs?|payments?|thresholds?|specifications?|rules|norms)(?![\p{L}])/u,
  /** After "hosts"/"hosted": what a place contains, not guests ("hosts the largest tungsten
   *  deposit", "which hosts tungsten and molybdenum"). */
  hostObject:
    /^\s+(?:[\p{L}-]+\s+){0,3}?(?:deposits?|reserves?|resources?|mines?|ores?|fields?|plants?|factor(?:y|ies)|facilit(?:y|ies)|headquarters|offices?|operations|population|minerals?|metals?|elements|companies|firms)(?![\p{L}])/u,
  /** Right before a state that is a topic or a destination, not a side of the meeting. */
  topicBefore:
    /(?<![\p{L}])(?:(?:exports?|imports?|shipments?|sales|supplies|flew|flies|fly|travell?ed|headed|returned|competition|dependence|reliance|rivalry|pressure|sanctions)\s+(?:\p{L}+\s+)?(?:to|from|on|by|against|with)|about|regarding|concerning|against|than|such\s+as|including)\s+(?:the\s+)?$/iu,
  listJoiner: /^\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?$/iu,
  /** A speech verb after the meeting trigger: what follows it is what was said. */
  speechAfter: /(?<![\p{L}])(?:said|says|told|added|warned|noted)(?![\p{L}])/u,
  /** The attribution at the end of a sentence: ", the minister told reporters in Astana.",
   *  ", according to X.". */
  attribution:
    /,\s+(?:according\s+to\b[^,]*|[^,]{0,80}?(?<![\p{L}])(?:said|says|told|added|stated|announced|noted|reported)(?![\p{L}])[^,]*)$/u,
} as const

/** States a meeting sentence names as a topic or a destination, not as a side that met: "to
 *  discuss exports to China", "flew to China after the meeting", "competition from China",
 *  and the states listed with them ("exports to China and Russia"); and states named after a
 *  speech verb that follows the meeting ("who met B last year, said China dominates"). */
function withoutTopics(
  countries: readonly Mention[],
  view: ArticleView,
  from: number,
  trigger: number,
): Mention[] {
  const kept: Mention[] = []
  let last: Mention | undefined
  let lastDropped = false
  const speech = PATTERNS.speechAfter.exec(
    view.text.slice(trigger, countries.at(-1)?.end ?? trigger),
  )
  const speechAt = speech ? trigger + speech.index : Infinity
  for (const m of countries) {
    const before = view.text.slice(Math.max(from, m.start - 40), m.start)
    const listed: boolean =
      last !== undefined &&
      lastDropped &&
      PATTERNS.listJoiner.test(view.text.slice(last.end, m.start))
    const drop: boolean = m.start > speechAt || PATTERNS.topicBefore.test(before) || listed
    if (!drop) kept.push(m)
    if (last === undefined || m.start !== last.start) lastDropped = drop
    last = m
  }
  return kept
}

/** Whether a verb trigger's object shows it is no meeting: "meet demand", "hosts a deposit",
 *  "hosts tungsten". */
function isObjectNoMeeting(hit: Hit, view: ArticleView): boolean {
  const word = hit.text.toLowerCase()
  const after = view.text.slice(hit.end, Math.min(hit.sentence.end, hit.end + 60))
  if (word === 'meet' || word === 'meets' || word === 'met') return PATTERNS.meetObject.test(after)
  if (word !== 'hosts' && word !== 'hosted') return false
  if (PATTERNS.hostObject.test(after)) return true
  const next = view.mentionsIn(hit.end, Math.min(hit.sentence.end, hit.end + 30))[0]
  // A mineral named in lower case ("hosts tungsten"), not an event's name ("Critical Minerals").
  return next?.type === 'mineral' && !/^\p{Lu}/u.test(next.text)
}

/** Kinds a meeting may get without participants: they name an event, not an encounter. */
const EVENT_KINDS = new Set(['summit', 'ministerial', 'forum'])
/** How many sentences back "the summit" may look for the meeting it refers to. */
const ANAPHOR_REACH = 3

const isAnaphoric = (hit: Hit, view: ArticleView): boolean =>
  hit.rule.isAnaphoric === true ||
  PATTERNS.definite.test(view.text.slice(Math.max(0, hit.start - 6), hit.start))

/** The host: "hosted by X", or the person (or country) right before "hosted"; else the person
 *  the sentence says chaired or presided over it ("chaired by X", "over which X presided"). */
function hostOf(hits: readonly Hit[], view: ArticleView): string | undefined {
  const first = hits[0]
  if (first) {
    const s = first.sentence
    for (const m of view.mentionsIn(first.start, s.end, ['person'])) {
      if (view.isInQuote(m.start)) continue
      const before = view.text.slice(Math.max(s.start, m.start - 40), m.start)
      const after = view.text.slice(m.end, m.end + 12)
      if (PATTERNS.chairedBy.test(before) || PATTERNS.presided.test(after)) return m.id
    }
  }
  for (const hit of hits) {
    if (!hit.text.toLowerCase().startsWith('host')) continue
    const after = view.text.slice(hit.end, hit.end + 5)
    if (PATTERNS.hostedBy.test(after)) {
      const next = view.mentionsIn(hit.end, hit.sentence.end, ['person', 'country'])[0]
      if (next) return next.id
    }
    const before = nearestBefore(
      view.mentionsIn(hit.sentence.start, hit.start, ['person']),
      hit.start,
    )
    if (before[0]) return before[0].id
  }
  return undefined
}

/** The state that holds an event, when it is the subject right before the event's trigger:
 *  "Kazakhstan held its first international mining forum" (CONVENTIONS.md: a country id when
 *  the text says a country hosts). */
function stateHostOf(hit: Hit, view: ArticleView): string | undefined {
  if (hit.rule.kind === undefined || !EVENT_KINDS.has(hit.rule.kind)) return undefined
  const states = view
    .mentionsIn(hit.sentence.start, hit.start, ['country'])
    .filter((m) => !view.isInQuote(m.start) && !view.isLocation(m))
  const last = states.at(-1)
  if (last === undefined || last.isGroup) return undefined
  return PATTERNS.heldBy.test(view.text.slice(last.end, hit.start)) ? last.id : undefined
}

/** Meetings: one per sentence. Participants are the people and states named in it, a venue or
 *  place after "at"/"in" is the location, the trigger gives the kind. "The summit" with no
 *  other trigger adds its people to the summit named just before (CONVENTIONS.md: every named
 *  person and state that took part). */
export const buildMeetings: Builder = (hits, view, earlier) => {
  const split = splitMeetings(hits, view)
  if (split !== undefined) return split
  const live = hits.filter(
    (hit) =>
      !hit.isNegated &&
      !isObjectNoMeeting(hit, view) &&
      !(
        hit.text.toLowerCase().startsWith('host') &&
        PATTERNS.nounHost.test(view.text.slice(Math.max(0, hit.start - 8), hit.start))
      ),
  )
  const first = live[0]
  if (!first) return []
  const s = first.sentence
  if (PATTERNS.sport.test(view.text.slice(s.start, s.end))) return []
  const fresh = live.filter((hit) => !isAnaphoric(hit, view))
  // "The talks ..., the minister told reporters in Astana": when the sentence only refers to a
  // meeting, the speaker and the place of the telling are not the meeting's.
  const tail =
    fresh.length === 0 ? PATTERNS.attribution.exec(view.text.slice(first.end, s.end)) : null
  const end = tail ? first.end + tail.index : s.end
  const people = view.mentionsIn(s.start, end, ['person']).filter((m) => !view.isInQuote(m.start))
  const countries = withoutTopics(
    view
      .mentionsIn(s.start, end, ['country'])
      .filter((m) => !view.isInQuote(m.start) && !view.isLocation(m)),
    view,
    s.start,
    first.end,
  )
  const located = view
    .mentionsIn(s.start, end, ['organization', 'place'])
    .filter((m) => view.isLocation(m) && view.isVenue(m) && !view.isInQuote(m.start))
  const named = nearestBefore(view.mentionsIn(s.start, first.start, ['place']), first.start).filter(
    (m) => view.isVenue(m) && PATTERNS.attributive.test(view.text.slice(m.end, first.start)),
  )
  const venue =
    located.find((m) => m.type === 'organization') ??
    located.find((m) => m.type === 'place') ??
    named[0]
  const participants = [...idsOf(people), ...idsOf(countries)]
  const kindHit = [...fresh, ...live].find((hit) => hit.rule.kind !== undefined)
  const kind = kindHit?.rule.kind as Meeting['kind']
  const host = hostOf(live, view) ?? (kindHit ? stateHostOf(kindHit, view) : undefined)
  const when = view.dateNear(first.start, s.start, end)

  if (fresh.length === 0) {
    const target = earlier.findLast(
      (d) =>
        first.sentenceIndex - d.sentenceIndex <= ANAPHOR_REACH && (d.body as Meeting).kind === kind,
    )
    if (target) {
      const body = target.body as Meeting
      body.participants = [...new Set([...(body.participants ?? []), ...participants])]
      if (host && !body.host) body.host = host
      addSpan(target, s)
      return []
    }
    // "the summit" again, further on: the summit the article named before, not a second one,
    // unless this sentence gives it another date or place.
    const told = earlier.findLast((d) => (d.body as Meeting).kind === kind && kind !== undefined)
    const seen = told?.body as Meeting | undefined
    if (
      seen !== undefined &&
      (when === undefined || seen.when === undefined || seen.when === when) &&
      (venue === undefined || seen.location === undefined || seen.location === venue.id)
    )
      return []
    // "the talks" or "the meeting" with no meeting named before: a fact only when the sentence
    // names who met ("The talks were attended by A and B"), not one person and a state from
    // another clause ("the minister said the talks covered exports to Japan").
    if (kind === undefined && idsOf(people).length < 2) return []
  }
  // A summit is a leaders' meeting: the state it is held in takes part ("the Washington summit").
  if (kind === 'summit' && fresh.length > 0 && venue?.type === 'place' && participants.length > 0)
    participants.push(...view.countriesOf(venue.id))
  const hasEvent =
    kind !== undefined && EVENT_KINDS.has(kind) && (venue !== undefined || when !== undefined)
  if (participants.length < 2 && !hasEvent) return []
  if (first.rule.needs?.includes('number') && people.length < 2) return []
  const body: Omit<Meeting, 'evidence' | 'confidence' | 'rule'> = {
    type: 'meeting',
    ...(participants.length > 0 ? { participants: [...new Set(participants)] } : {}),
    ...(host ? { host } : {}),
    ...(venue ? { location: venue.id } : {}),
    ...(when ? { when } : {}),
    ...(kind ? { kind } : {}),
  }
  const initiative = view.mentionsIn(s.start, s.end, ['initiative'])[0]
  if (initiative && kind !== undefined) body.initiative = initiative.id
  return [draftOf(body, kindHit ?? first, view)]
}

/** Rules whose trigger is a verb with the subject before it and the other side after it. */
const VERB_RULES = new Set(['meeting.talks', 'meeting.sat-down'])

/** The roles of one meeting told in text[from, to) of a sentence: the people and states in it,
 *  the venue after "at" or "in", the date. */
function partOf(
  view: ArticleView,
  from: number,
  to: number,
): { people: string[]; states: string[]; venue?: string; when?: string } {
  const people = view.mentionsIn(from, to, ['person']).filter((m) => !view.isInQuote(m.start))
  const states = withoutTopics(
    view
      .mentionsIn(from, to, ['country'])
      .filter((m) => !view.isInQuote(m.start) && !view.isLocation(m)),
    view,
    from,
    from,
  )
  const located = view
    .mentionsIn(from, to, ['organization', 'place'])
    .filter((m) => view.isLocation(m) && view.isVenue(m) && !view.isInQuote(m.start))
  const venue = located.find((m) => m.type === 'organization') ?? located[0]
  const when = view.dateNear(from, from, to)
  return {
    people: idsOf(people),
    states: idsOf(states),
    ...(venue ? { venue: venue.id } : {}),
    ...(when ? { when } : {}),
  }
}

/**
 * One subject meeting several others in one sentence, each with its own place or date: "A met
 * B in Dushanbe in October and with C at the White House in November" is two meetings, A and B
 * in Dushanbe in October, A and C at the White House in November. Only when the sentence has
 * one meeting verb, a subject before it, and each part names its own place or date; otherwise
 * undefined, and the sentence is one meeting.
 */
function splitMeetings(hits: readonly Hit[], view: ArticleView): Draft[] | undefined {
  const live = hits.filter((hit) => !hit.isNegated)
  const verb = live[0]
  if (live.length !== 1 || verb === undefined || !VERB_RULES.has(verb.rule.id)) return undefined
  const s = verb.sentence
  const pattern = PATTERNS.andWith
  pattern.lastIndex = 0
  const rest = view.text.slice(verb.end, s.end)
  const cuts: Array<{ start: number; end: number }> = []
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest))
    cuts.push({ start: verb.end + match.index, end: verb.end + match.index + match[0].length })
  if (cuts.length === 0) return undefined
  const subject = partOf(view, s.start, verb.start)
  if (subject.people.length === 0 && subject.states.length === 0) return undefined
  const bounds = [verb.end, ...cuts.flatMap((c) => [c.start, c.end]), s.end]
  const parts = []
  for (let i = 0; i < bounds.length; i += 2)
    parts.push(partOf(view, bounds[i] as number, bounds[i + 1] as number))
  const isOwn = parts.every(
    (p) => p.people.length + p.states.length > 0 && (p.venue !== undefined || p.when !== undefined),
  )
  if (!isOwn) return undefined
  return parts.map((part) => {
    const participants = [
      ...new Set([...subject.people, ...part.people, ...subject.states, ...part.states]),
    ]
    const body: Omit<Meeting, 'evidence' | 'confidence' | 'rule'> = {
      type: 'meeting',
      participants,
      ...(part.venue ? { location: part.venue } : {}),
      ...(part.when ? { when: part.when } : {}),
    }
    return draftOf(body, verb, view)
  })
}
