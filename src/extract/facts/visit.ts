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
  joiner:
    /^\s*(?:,|and|,\s*and|or)\s*(?:then\s+)?(?:(?:on\s+)?to\s+)?(?:the\s+)?$|^['’]s\s+(?:capital|largest\s+city|city|port)\s*,?\s+$/iu,
  /** Between a person and a trip noun when the person is the traveler: a possessive ("Serik's
   *  planned tour"), or the subject of a reporting or main verb ("Serik said the tour", "Serik
   *  will make a trip", "Serik is on a five-nation tour"), up to three modifiers. */
  subjectLink: new RegExp(
    String.raw`^(?:['’]s?(?:\s+(?!(?:on|in|at|about|for|during|after|before|with|of|to|from|by)(?![\p{L}]))[\p{L}\d-]+){0,3}\s+$)|^(?:['’]s?|,?\s+(?:also\s+|has\s+|had\s+|have\s+)?(?:` +
      String.raw`(?:said|says|explained|explains|highlighted|highlights|announced|announces|noted|notes|stated|states|confirmed|confirms|added|adds|told\s+reporters|emphasi[sz]ed|stressed|described|unveiled|revealed)(?:\s+that)?|` +
      String.raw`(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to|plans\s+to|planned\s+to|intends\s+to)\s+)?(?:make|makes|made|begin|begins|began|start|starts|started|embark\s+on|embarks\s+on|embarked\s+on|undertake|undertakes|undertook|continue|continues|continued|complete|completes|completed|plan|plans|planned|is\s+on|was\s+on|wrap\s+up|wrapped\s+up)` +
      String.raw`))\s+(?:the|his|her|their|a|an|this)(?:\s+[\p{L}-]+){0,3}\s+$`,
    'iu',
  ),
  /** Right before the first destination of a trip noun, further on in the sentence: "will take
   *  him to", "stops in", "each of the", "engagement with", "including". */
  destinationLead:
    /(?<![\p{L}])(?:(?:take|takes|took|taking|bring|brings|brought)\s+(?:him|her|them|the\s+[\p{L}-]+)\s+to|stops?\s+(?:in|at)|(?:each|all|every\s+one|both)\s+of|(?:engagement|meetings|talks)\s+with|including|covering)\s+(?:the\s+)?$/iu,
  /** Between a trip noun and its stops: a past verb of travel ("tour took her to"). */
  pastLead: /(?<![\p{L}])(?:took|brought)\s+(?:him|her|them|the\s+[\p{L}-]+)\s+to(?![\p{L}])/iu,
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

/** "X's Mongolia visit": the place named between the possessive traveler and the trip noun,
 *  with at most two lower-case words ("state", "two-day") after it. */
function destinationsBefore(view: ArticleView, traveler: Mention, hit: Hit): Mention[] {
  if (!/^['’]s?\s/u.test(view.text.slice(traveler.end, hit.start))) return []
  const places = view.mentionsIn(traveler.end, hit.start, ['country', 'place'])
  const last = places.at(-1)
  const demonym = (m: Mention) => m.isDemonym || /(?:ian|ese|ish|stani)$/iu.test(m.text)
  if (
    !last ||
    demonym(last) ||
    !/^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(view.text.slice(last.end, hit.start))
  )
    return []
  return places.filter((m) => m.start === last.start)
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
    if (isCalledOff(view, hit)) continue
    const after = destinationsOfTrip(view, hit)
    const destinations = after.length > 0 ? after : destinationsBefore(view, traveler, hit)
    const status = (statusNear(hit, view) ??
      (PATTERNS.future.test(view.text.slice(traveler.end, Math.min(hit.sentence.end, hit.end + 20)))
        ? 'planned'
        : PATTERNS.pastLead.test(view.text.slice(hit.end, destinations[0]?.start ?? hit.end)) ||
            ROLE_PATTERNS.madeBefore.test(
              view.text.slice(view.clauseAround(hit.sentence, hit.start, hit.end).start, hit.start),
            )
          ? 'completed'
          : tailStatus(view.text.slice(hit.end, hit.sentence.end)))) as Visit['status']
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

/** Rules whose traveler must be the subject right before the trigger ("X was in A"). */
const PRESENCE_RULES = new Set(['visit.presence'])
/** How many sentences back "she will then travel to" may find the visit whose traveler it is. */
const PRONOUN_REACH = 2

/** Regular expressions of the traveler and status logic, built once. */
const ROLE_PATTERNS = {
  /** A trip noun (not a verb): it may stand without a traveler ("U.S. official trips to A"). */
  tripNoun: /^(?:state\s+)?(?:visits?|trips?|tour)\s+(?:to|of)$/iu,
  /** A noun for a leg of a trip: its traveler may be named before another clause ("X's tour,
   *  which includes stops in A and B"). */
  legNoun: /^(?:stops?|stopovers?|delegations?|mission)\s+(?:in|to)$/iu,
  /** Between the subject and a presence verb: nothing, an apposition, "who", an adverb. */
  presenceLink:
    /^(?:\s*,[^,;]{1,60},)?\s*(?:,\s*who\s+)?(?:(?:also|currently|still|already|again|then|later|briefly)\s+)?$/iu,
  /** Right before a person: the object of a meeting verb, titles allowed ("met President"). */
  metObject:
    /(?<![\p{L}])(?:met|meets|meeting|with)\s+(?:with\s+)?(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u,
  /** Right before a person: the guest of a host ("welcomed President"). */
  hostObject:
    /(?<![\p{L}])(?:hosted|hosts|received|receives|welcomed|welcomes|greeted|greets)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u,
  /** A pronoun subject right before the trigger in its clause: "She will then travel to". */
  pronounSubject: /(?:^|[,;:]\s*|(?<![\p{L}])and\s+)(?:he|she|they)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu,
  /** A possessive pronoun before a trip noun: "During his two-day trip to", "On her first visit to". */
  possessivePronoun: /(?<![\p{L}])(?:his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu,
  /** Between a destination list and the main-clause subject that follows it: a comma, then
   *  only capitalised title words ("…, Deputy Secretary Lior Bendt met"). */
  subjectAfter: /^[^.;:!?]{0,40},\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u,
  /** Between a traveler and a verb of travel: words that start another clause with its own
   *  subject ("X said exports that head to China"); a pronoun after them may still be X's. */
  otherClause: /(?<![\p{L}])(?:said|says|say|told\s+[\p{L}]+|that|which|whose|where)(?![\p{L}])/giu,
  pronounAfterClause: /^\s*(?:he|she|they)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu,
  /** Right after the destinations: a habit, not a trip ("who visits Kazakhstan often"). */
  habit:
    /^[^.;]{0,20}?(?<![\p{L}])(?:often|regularly|frequently|routinely|every\s+year)(?![\p{L}])/iu,
  /** "take him to": the trip's traveler is a person named before. */
  pronounObject: /(?<![\p{L}])(?:him|her|them)\s+to\s+(?:the\s+)?$/iu,
  /** A demonym that names the place it qualifies: "the Kazakh capital". */
  placeNoun: /^\s+(?:capital|city|port|town|region|province)(?![\p{L}])/iu,
  /** Verb forms of the trigger that set the tense. */
  pastTrigger:
    /^(?:landed|flew|headed|stopped|went|was|were|arrived|travell?ed|toured|visited|was\s+visiting|were\s+visiting|after\s+visiting|returned|returning|back)(?![\p{L}])/iu,
  /** A presence verb of a visit ahead: "is due in", "is expected in". */
  dueTrigger: /^(?:is|are|was|were)\s+(?:due|expected)\s+in(?![\p{L}])/iu,
  ongoingTrigger: /^(?:is|are|heading|is\s+visiting|are\s+visiting|touring|visiting)(?![\p{L}])/iu,
  /** Before a trip noun or verb, in its clause: a visit made or under way. */
  madeBefore:
    /(?<![\p{L}])(?:made|paid|led|wrapped\s+up|concluded|completed|ended|cut\s+short|returned\s+from|during|after|upon)(?![\p{L}])/iu,
  ongoingBefore: /(?<![\p{L}])(?:is|are)\s+(?:on|making|paying|currently)(?![\p{L}])/iu,
  /** Right before a trip: put off, still ahead ("postponed a visit to"). */
  postponedBefore:
    /(?<![\p{L}])(?:postpone[ds]?|postponing|delayed|put\s+off|rescheduled)(?![\p{L}])[^,;.]{0,30}$/iu,
  /** Before the trigger in its clause: a journey ahead ("will", "due to", "next week"). */
  futureBefore:
    /(?<![\p{L}])(?:will|would|shall|is\s+to|are\s+to|due\s+to|set\s+to|scheduled\s+to|expected\s+to|plans?\s+to|planning\s+to|intends?\s+to|going\s+to|about\s+to)(?![\p{L}])/iu,
} as const

/** Right before a trip (no clause break between): a trip called off is no visit ("cancelled a
 *  visit to", "called off her trip to"); one put off is still planned. */
const CALLED_OFF = {
  cancelled:
    /(?<![\p{L}])(?:cancel(?:l?ed|s|l?ing)?|call(?:ed|s|ing)?\s+off|scrap(?:ped|s|ping)?|shelved|abandoned|axed)(?![\p{L}])[^,;.]{0,30}$/iu,
  /** After the destinations: the trip was called off ("visit to A was cancelled"). */
  cancelledAfter:
    /^[^,;.]{0,30}?(?<![\p{L}])(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:cancell?ed|called\s+off|scrapped|shelved|abandoned|axed)(?![\p{L}])/iu,
  /** Talk of a trip, not a trip: "discussed a visit to", "a possible visit", "invited X to". */
  talk: /(?<![\p{L}])(?:discuss(?:ed|es|ing)?|talk(?:ed|s)?\s+about|possibility\s+of|consider(?:ed|s|ing)?|mooted|invit(?:ed|es|ing)|urged)(?![\p{L}])[^,;.]{0,40}$|(?<![\p{L}])(?:possible|potential|hypothetical)\s+(?:(?!(?:during|on|in|at|for|of|after|before|his|her|their|the|a|an)\s)[\p{L}-]+\s+){0,2}$/iu,
  /** After a traveler-less trip noun: the trip only talked of ("a visit to A was discussed"). */
  talkAfter:
    /^[^,;.]{0,40}?(?<![\p{L}])(?:(?:was|were|is|are|being)\s+(?:discussed|considered|proposed|mooted|mulled|floated)|could|might|may|would)(?![\p{L}])/iu,
} as const

/** Whether the words right before a trigger call the trip off or only talk of it. */
function isCalledOff(view: ArticleView, hit: Hit): boolean {
  const before = view.text.slice(Math.max(hit.sentence.start, hit.start - 50), hit.start)
  return CALLED_OFF.cancelled.test(before) || CALLED_OFF.talk.test(before)
}

/** The status a visit's own words give when no cue of cues.json does: the tense of the verb,
 *  or a verb before a trip noun ("made a three-day visit to", "will be in"). */
function tenseStatus(view: ArticleView, hit: Hit, from: number): Visit['status'] | undefined {
  const before = view.text.slice(from, hit.start)
  if (ROLE_PATTERNS.futureBefore.test(before)) return 'planned'
  if (hit.text.toLowerCase().startsWith('will')) return 'planned'
  if (ROLE_PATTERNS.dueTrigger.test(hit.text)) return 'planned'
  if (
    ROLE_PATTERNS.postponedBefore.test(view.text.slice(Math.max(from, hit.start - 40), hit.start))
  )
    return 'planned'
  if (ROLE_PATTERNS.ongoingBefore.test(before)) return 'ongoing'
  if (ROLE_PATTERNS.madeBefore.test(before)) return 'completed'
  if (ROLE_PATTERNS.pastTrigger.test(hit.text)) return 'completed'
  if (ROLE_PATTERNS.ongoingTrigger.test(hit.text)) return 'ongoing'
  return undefined
}

/** Right after a trip noun's destinations: its own verb ("visit to A ended on Friday", "trip to
 *  A will start on Monday"). */
const TAIL_PATTERNS = {
  ended:
    /^[^,;.]{0,30}?(?<![\p{L}])(?:ended|concluded|wrapped\s+up|came\s+to\s+an\s+end|took\s+place)(?![\p{L}])/iu,
  ahead:
    /^[^,;.]{0,30}?(?<![\p{L}])(?:will\s+(?:begin|start|take\s+place)|is\s+(?:scheduled|expected|set|due)\s+(?:for|to))(?![\p{L}])/iu,
} as const

function tailStatus(tail: string): Visit['status'] | undefined {
  if (TAIL_PATTERNS.ended.test(tail)) return 'completed'
  if (TAIL_PATTERNS.ahead.test(tail)) return 'planned'
  return undefined
}

/** Destinations right after a trigger, without a nationality word that qualifies something
 *  else ("the visiting Kazakh delegation"); "the Kazakh capital" names the country. */
function placesAfter(view: ArticleView, hit: Hit): Mention[] {
  const found = destinationsAfter(view, hit.end, hit.sentence.end)
  const cut = found.findIndex(
    (m) =>
      m.isDemonym &&
      !ROLE_PATTERNS.placeNoun.test(view.text.slice(m.end, Math.min(hit.sentence.end, m.end + 20))),
  )
  return cut < 0 ? found : found.slice(0, cut)
}

/** The traveler "she" or "they" refers to in "She will then travel to A": the traveler of the
 *  last visit of the few sentences before. */
function pronounTraveler(hit: Hit, drafts: readonly Draft[]): Visit['traveler'] | undefined {
  const last = drafts.findLast(
    (d) =>
      d.sentenceIndex < hit.sentenceIndex &&
      hit.sentenceIndex - d.sentenceIndex <= PRONOUN_REACH &&
      (d.body as Visit).traveler !== undefined,
  )
  return (last?.body as Visit | undefined)?.traveler
}

/** Before a person: a preposition makes the person an object, not the subject "he" or "she"
 *  goes back to. */
const OBJECT_BEFORE = /(?<![\p{L}])(?:with|to|by|of|for|from|about|on|at|in|against)\s+$/iu

/** The person "he" or "she" refers to when no visit before has a traveler ("X will visit
 *  Central Asia. She will travel to A and B"): the last person named as a subject, outside
 *  quotes, in the sentence before or this one before the trigger. */
function pronounPerson(view: ArticleView, hit: Hit): string | undefined {
  if (!/(?<![\p{L}])(?:he|she)\s/iu.test(view.text.slice(hit.sentence.start, hit.start)))
    return undefined
  const previous = view.sentences[hit.sentenceIndex - 1]
  const from = previous ? previous.start : hit.sentence.start
  return view
    .mentionsIn(from, hit.start, ['person'])
    .findLast(
      (m) =>
        !view.isInQuote(m.start) &&
        !view.isModifier(m) &&
        !OBJECT_BEFORE.test(view.text.slice(Math.max(0, m.start - 12), m.start)) &&
        !ROLE_PATTERNS.metObject.test(view.text.slice(Math.max(from, m.start - 50), m.start)) &&
        !ROLE_PATTERNS.hostObject.test(view.text.slice(Math.max(from, m.start - 50), m.start)),
    )?.id
}

/** The subject of the main clause after "During his trip to A, …": the first person after the
 *  destinations, past a comma and only title words. */
function travelerAfter(view: ArticleView, hit: Hit, destinations: Mention[]): Mention | undefined {
  const last = destinations.at(-1)
  if (!last) return undefined
  const person = view
    .mentionsIn(last.end, hit.sentence.end, ['person'])
    .find((m) => !view.isInQuote(m.start))
  if (!person) return undefined
  return ROLE_PATTERNS.subjectAfter.test(view.text.slice(last.end, person.start))
    ? person
    : undefined
}

/** "The visit to A by X": the people named right after "by" at the destinations' end. */
function travelersByAfter(view: ArticleView, last: Mention, end: number): string[] {
  const by = /^\s+by\s+/iu.exec(view.text.slice(last.end, end))
  if (!by) return []
  const from = last.end + by[0].length
  const people = view
    .mentionsIn(from, Math.min(end, from + 120), ['person'])
    .filter((m) => !view.isInQuote(m.start))
  const first = people[0]
  if (!first || !BY_PATTERNS.lead.test(` ${view.text.slice(from, first.start)}`)) return []
  const list = [first]
  for (const next of people.slice(1)) {
    const previous = list.at(-1) as Mention
    if (!BY_PATTERNS.joiner.test(view.text.slice(previous.end, next.start))) break
    list.push(next)
  }
  return idsOf(list)
}

/** Rules of "a visit by X to A": the traveler between the noun and the destination. */
const BY_RULES = new Set(['visit.visit-by'])

/** Regular expressions of "a visit by X to A", built once. */
const BY_PATTERNS = {
  /** From "visit by" to the first traveler: title words, a nationality ("a visit by U.S.
   *  Secretary of State"). */
  lead: /^\s+(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,5}$/u,
  /** Between two travelers: "and", with their titles. */
  joiner: /^\s*(?:,|and|,\s*and)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u,
} as const

/** "A visit by X (and Y) to A": the named travelers and the destinations after "to". None
 *  unless a person is named: "the first visit by a U.S. secretary of state" names nobody. */
function visitByParts(
  view: ArticleView,
  hit: Hit,
): { travelers: string[]; destinations: Mention[] } | undefined {
  const s = hit.sentence
  const people = view
    .mentionsIn(hit.end, Math.min(s.end, hit.end + 120), ['person'])
    .filter((m) => !view.isInQuote(m.start))
  const first = people[0]
  if (!first || !BY_PATTERNS.lead.test(view.text.slice(hit.end, first.start))) return undefined
  const list = [first]
  for (const next of people.slice(1)) {
    const last = list.at(-1) as Mention
    if (next.start === last.start) continue
    if (!BY_PATTERNS.joiner.test(view.text.slice(last.end, next.start))) break
    list.push(next)
  }
  const last = list.at(-1) as Mention
  const to = /^(?:\s*,[^,;]{1,60},)?\s+(?:to|in)(?![\p{L}])/iu.exec(
    view.text.slice(last.end, s.end),
  )
  if (!to) return undefined
  const destinations = destinationsAfter(view, last.end + to[0].length, s.end).filter(
    (m) => !m.isDemonym,
  )
  return destinations.length === 0 ? undefined : { travelers: idsOf(list), destinations }
}

/** Whether the text between a traveler and a verb of travel keeps the traveler its subject:
 *  no other clause starts in between, or one does with a pronoun as its subject ("X said she
 *  will travel to A"). */
function isSubjectOfVerb(view: ArticleView, from: number, hit: Hit): boolean {
  const gap = view.text.slice(from, hit.start)
  const pattern = ROLE_PATTERNS.otherClause
  pattern.lastIndex = 0
  let lastEnd = -1
  for (let match = pattern.exec(gap); match; match = pattern.exec(gap))
    lastEnd = match.index + match[0].length
  return lastEnd < 0 || ROLE_PATTERNS.pronounAfterClause.test(gap.slice(lastEnd))
}

/** The travelers of a trigger as ids: the people before it in its clause (else in its
 *  sentence), else the organisation nearest before it; for a presence verb, only the person
 *  right before it; for a pronoun subject, the traveler of the visit before; for "his trip to
 *  A, X …", X. */
function travelersOf(
  view: ArticleView,
  hit: Hit,
  destinations: Mention[],
  drafts: readonly Draft[],
): string[] {
  const s = hit.sentence
  const clause = view.clauseAround(s, hit.start, hit.end)
  const from = Math.max(hit.after, clause.start)
  if (PRESENCE_RULES.has(hit.rule.id)) {
    const person = view
      .mentionsIn(clause.start, hit.start, ['person'])
      .findLast((m) => !view.isInQuote(m.start))
    if (person && ROLE_PATTERNS.presenceLink.test(view.text.slice(person.end, hit.start)))
      return [person.id]
    return []
  }
  const inClause = view.mentionsIn(hit.after, hit.start, ['person'])
  const named = inClause.length > 0 ? inClause : view.mentionsIn(s.start, hit.start, ['person'])
  const isNoun = ROLE_PATTERNS.tripNoun.test(hit.text) || ROLE_PATTERNS.legNoun.test(hit.text)
  // "X met Y during his visit to A": the one met is not a traveler; "X welcomed Y on her visit
  // to A": the one welcomed is the traveler.
  const lead = (m: Mention) => view.text.slice(Math.max(s.start, m.start - 50), m.start)
  const guests = named.filter((m) => ROLE_PATTERNS.hostObject.test(lead(m)))
  const subjects = named.filter((m) => !ROLE_PATTERNS.metObject.test(lead(m)))
  const people = !isNoun
    ? named
    : guests.length > 0
      ? guests
      : subjects.length > 0
        ? subjects
        : named
  const last = people.at(-1)
  if (last && (isNoun || isSubjectOfVerb(view, last.end, hit))) return idsOf(people)
  if (last) return []
  const before = view.text.slice(from, hit.start)
  if (ROLE_PATTERNS.pronounSubject.test(before)) {
    const traveler = pronounTraveler(hit, drafts) ?? pronounPerson(view, hit)
    return traveler === undefined ? [] : [traveler].flat()
  }
  if (ROLE_PATTERNS.possessivePronoun.test(before)) {
    const after = travelerAfter(view, hit, destinations)
    if (after) return [after.id]
  }
  const orgs = view
    .mentionsIn(s.start, hit.start, ['organization'])
    .filter((m) => !view.isLocation(m) && !view.isModifier(m))
  return idsOf(orgs.slice(-1))
}

/** "X arrived in A on Monday, the first stop on a tour that will also take him to B and C":
 *  a trip noun with no subject of its own whose stops follow "take him to" adds them to the
 *  sentence's one visit with a traveler. */
function extendByPronoun(view: ArticleView, trips: readonly Hit[], drafts: readonly Draft[]): void {
  for (const hit of trips) {
    if (hit.isNegated || subjectOf(view, hit)) continue
    const own = drafts.filter(
      (d) => d.sentenceIndex === hit.sentenceIndex && (d.body as Visit).traveler !== undefined,
    )
    const draft = own[0]
    if (own.length !== 1 || !draft) continue
    const destinations = destinationsOfTrip(view, hit)
    const first = destinations[0]
    if (!first) continue
    const lead = view.text.slice(Math.max(hit.end, first.start - 40), first.start)
    if (!ROLE_PATTERNS.pronounObject.test(lead)) continue
    const body = draft.body as Visit
    const ids = destinations.flatMap((m) =>
      m.type === 'place' ? [...view.countriesOf(m.id), m.id] : [m.id],
    )
    body.destinations = [...new Set([...(body.destinations ?? []), ...ids])]
  }
}

/** Visits: the traveler is the person (else organisation) before the trigger, destinations the
 *  places after it, as country ids plus the city (CONVENTIONS.md). One fact per traveler and
 *  sentence, so "arrived in Astana ... for a state visit to Kazakhstan" is one visit. A verb
 *  with no traveler makes no visit; a trip noun may ("U.S. official trips to A"). */
export const buildVisits: Builder = (hits, view, earlier) => {
  const byTraveler = new Map<string, Draft>()
  const trips = hits.filter((hit) => hit.rule.needs?.includes('subject'))
  for (const hit of hits) {
    if (hit.isNegated || trips.includes(hit) || isCalledOff(view, hit)) continue
    const s = hit.sentence
    const visitBy = BY_RULES.has(hit.rule.id) ? visitByParts(view, hit) : undefined
    if (BY_RULES.has(hit.rule.id) && !visitBy) continue
    const destinations = visitBy?.destinations ?? placesAfter(view, hit)
    if (destinations.length === 0) continue
    const tail = view.text.slice((destinations.at(-1) as Mention).end, s.end)
    if (ROLE_PATTERNS.habit.test(tail) || CALLED_OFF.cancelledAfter.test(tail)) continue
    const ids: string[] = []
    for (const m of destinations) {
      if (m.type === 'place') ids.push(...view.countriesOf(m.id))
      ids.push(m.id)
    }
    const found =
      visitBy?.travelers ??
      travelersOf(view, hit, destinations, [...earlier, ...byTraveler.values()])
    const travelers =
      found.length === 0 && ROLE_PATTERNS.tripNoun.test(hit.text)
        ? travelersByAfter(view, destinations.at(-1) as Mention, s.end)
        : found
    if (travelers.length === 0 && !ROLE_PATTERNS.tripNoun.test(hit.text)) continue
    if (travelers.length === 0 && CALLED_OFF.talkAfter.test(tail)) continue
    const key = travelers.join('|')
    const existing = byTraveler.get(key)
    if (existing) {
      const body = existing.body as Visit
      body.destinations = [...new Set([...(body.destinations ?? []), ...ids])]
      continue
    }
    const clause = view.clauseAround(s, hit.start, hit.end)
    const status = (statusNear(hit, view) ??
      tenseStatus(view, hit, Math.max(hit.after, clause.start)) ??
      tailStatus(tail)) as Visit['status']
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
  extendByPronoun(view, trips, drafts)
  const travelers = new Set(drafts.map((d) => JSON.stringify((d.body as Visit).traveler)))
  // A trip noun adds a visit only for a traveler the sentence's other triggers left out.
  const fromTrips = buildTrips(trips, view, earlier).filter(
    (d) => !travelers.has(JSON.stringify((d.body as Visit).traveler)),
  )
  return [...drafts, ...fromTrips]
}
