import type { Fact } from '../../model/index.js'

type Agreement = Extract<Fact, { type: 'agreement' }>
import { CUE_PATTERNS } from './rules.js'
import { addSpan, draftOf, statusNear, type Builder, type Draft, type Hit } from './engine.js'
import { idsOf, type ArticleView, type Mention } from './view.js'

/** Regular expressions of agreement role logic, built once. */
const PATTERNS = {
  /** "Under the deal, X will ...": the sentence spells out the deal named just before. */
  underThe:
    /^(?:Under|Under the terms of|As part of)\s+(?:the|these|those|this)\s+(?:deal|agreements?|accord|memorandum|documents?|terms)\b/iu,
  /** "a unit of X", "a subsidiary of X": X owns a party but is not one. */
  ownerBefore: /(?:unit|subsidiary|affiliate|division|part)\s+of\s+(?:the\s+)?$/iu,
  /** The attribution tail of a sentence: ", the Kazakh government said.", ", according to X". */
  attribution: /,\s+(?:according to\b.*|[^,]{0,60}\b(?:said|says|reported|announced)\s*\.?)$/iu,
  /** A bare "framework" that is no agreement: "within the framework of", "a legal framework". */
  notFrameworkBefore:
    /(?<![\p{L}])(?:within|in|under|through)\s+(?:the|a|this|that|its)\s+$|(?<![\p{L}])(?:legal|legislative|regulatory|policy|fiscal|institutional|tax|investment|conceptual|strategic)\s+$/iu,
  notFrameworkAfter: /^\s+(?:of|conditions)\b/iu,
  /** Between a mineral and the agreement noun it modifies: "a critical minerals framework",
   *  "a rare earths supply agreement": at most two more words. */
  modifierGap: /^\s+(?:[\p{L}-]+\s+){0,2}$/u,
  /** A denial before the trigger: "denied it had signed an agreement", "ruled out a deal". */
  deniedBefore:
    /(?<![\p{L}])(?:denied|denies|deny|denying|ruled\s+out|rules\s+out|dismissed|dismisses)(?![\p{L}])[^,;]{0,30}$/iu,
  /** Not concluded, after the trigger: "a deal ... was possible but not yet agreed", "the
   *  agreement has yet to be signed". */
  notYetAfter:
    /^[^,;.]{0,60}?(?<![\p{L}])(?:not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be\s+)(?:agreed|signed|finali[sz]ed|confirmed|concluded|reached)(?![\p{L}])/iu,
  /** A wish or a possibility, not an agreement: "wants an agreement", "could sign a deal",
   *  "close to a deal", "discussed a possible agreement". Only for an agreement no status cue
   *  dates. */
  wishBefore:
    /(?<![\p{L}])(?:wants?|wanted|seeks?|seeking|sought|could|might|may|possible|potential|prospective|close\s+to|closer\s+to|nearing|pushing\s+for|push\s+for|calls?\s+for|called\s+for|discussed|discussing|hopes?\s+for|hoped\s+for|would\s+welcome)\s+(?:[\p{L}-]+\s+){0,3}$/iu,
  fromBefore: /(?<![\p{L}])from\s+(?:the\s+)?$/u,
  /** An agreement named only to compare with: "unlike an agreement with China", "similar to
   *  the deal Japan signed". */
  comparison:
    /(?<![\p{L}])(?:unlike|like|similar\s+to|compared\s+(?:with|to)|than|modell?ed\s+(?:on|after))\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu,
  /** A deal that failed is no agreement of any status: "a deal between A and B collapsed". */
  failedAfter:
    /^[^,;.]{0,60}?(?<![\p{L}])(?:collapsed|fell\s+(?:through|apart)|broke\s+down|(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:cancell?ed|scrapped|abandoned|terminated|blocked|suspended|rejected|called\s+off))(?![\p{L}])/iu,
} as const

/** The rule of a bare "framework" (agreement.json): it needs two parties and a status. */
const FRAMEWORK_WORD_RULE = 'agreement.framework-word'

/** Drops bare "framework" hits that name no agreement; when only such hits are left, the
 *  sentence must name two parties and a status for them to make one. */
function frameworkHits(hits: readonly Hit[], view: ArticleView): Hit[] {
  return hits.filter(
    (hit) =>
      hit.rule.id !== FRAMEWORK_WORD_RULE ||
      (!PATTERNS.notFrameworkBefore.test(
        view.text.slice(Math.max(hit.sentence.start, hit.start - 20), hit.start),
      ) &&
        !PATTERNS.notFrameworkAfter.test(view.text.slice(hit.end, hit.end + 12))),
  )
}

/** The kinds in order of how much they say: an MoU named with "agreement" stays an MoU. */
const KIND_ORDER = [
  'mou',
  'joint-venture',
  'letter-of-intent',
  'framework',
  'contract',
  'deal',
  'agreement',
]

/** Parties: states and organisations of the sentence, less places, owners, modifiers and the
 *  source a sentence is attributed to. */
function partiesIn(view: ArticleView, start: number, end: number): Mention[] {
  return view.mentionsIn(start, end, ['country', 'organization']).filter((m) => {
    if (view.isInQuote(m.start)) return false
    // "to acquire a stake from X": a company after "from" is the other side, not a place.
    const fromCompany =
      m.type === 'organization' &&
      PATTERNS.fromBefore.test(view.text.slice(Math.max(0, m.start - 12), m.start))
    if (view.isLocation(m) && !fromCompany) return false
    if (view.isModifier(m) && !m.isDemonym) return false
    return !PATTERNS.ownerBefore.test(view.text.slice(Math.max(0, m.start - 30), m.start))
  })
}

/** Subjects: minerals, and the sites and initiatives named after the trigger (not "in X"). */
function subjectsIn(view: ArticleView, start: number, end: number): string[] {
  const found = view
    .mentionsIn(start, end, ['mineral', 'place', 'initiative'])
    .filter((m) => !view.isInQuote(m.start) && (m.type === 'mineral' || !view.isLocation(m)))
  return idsOf(found)
}

/** Agreements: one per sentence. The most specific noun gives the kind, the verb around it
 *  the status; a negated signing is no agreement unless talks go on (then `proposed`). */
export const buildAgreements: Builder = (found, view, earlier) => {
  const hits = frameworkHits(found, view).filter(
    (hit) =>
      !PATTERNS.comparison.test(
        view.text.slice(Math.max(hit.sentence.start, hit.start - 40), hit.start),
      ) &&
      !PATTERNS.failedAfter.test(view.text.slice(hit.end, hit.sentence.end)) &&
      !PATTERNS.deniedBefore.test(
        view.text.slice(Math.max(hit.sentence.start, hit.start - 50), hit.start),
      ),
  )
  const first = hits[0]
  if (!first) return []
  const s = first.sentence
  const sentenceText = view.text.slice(s.start, s.end)
  const tail = PATTERNS.attribution.exec(sentenceText)
  const end = tail ? s.start + tail.index : s.end
  const parties = idsOf(partiesIn(view, s.start, end))

  if (PATTERNS.underThe.test(sentenceText)) {
    const target: Draft | undefined = earlier.findLast(
      (d) => first.sentenceIndex - d.sentenceIndex <= 2,
    )
    const body = target?.body as Agreement | undefined
    if (
      target &&
      body &&
      (body.parties === undefined || body.parties.length === 0) &&
      parties.length >= 2
    ) {
      body.parties = parties
      body.subjects = [...new Set([...(body.subjects ?? []), ...subjectsIn(view, s.start, end)])]
      addSpan(target, s)
    }
    return []
  }

  const isNegated = hits.some(
    (hit) => hit.isNegated || PATTERNS.notYetAfter.test(view.text.slice(hit.end, s.end)),
  )
  if (isNegated && !CUE_PATTERNS.continuing.test(sentenceText)) return []
  const kinds = hits.map((hit) => hit.rule.kind).filter((k): k is string => k !== undefined)
  const kind = KIND_ORDER.find((k) => kinds.includes(k)) as Agreement['kind']
  const statuses = hits.map((hit) => statusNear(hit, view)).filter((x) => x !== undefined)
  const status = (isNegated ? 'proposed' : statuses[0]) as Agreement['status']
  const isWish = hits.every((hit) =>
    PATTERNS.wishBefore.test(view.text.slice(Math.max(s.start, hit.start - 40), hit.start)),
  )
  if (status === undefined && isWish) return []
  const needsInstrument = hits.every((hit) => hit.rule.needs?.includes('instrument'))
  // "a critical minerals framework": a mineral right before the noun is its subject.
  const premodifier = view
    .mentionsIn(Math.max(s.start, first.start - 60), first.start, ['mineral'])
    .find((m) => PATTERNS.modifierGap.test(view.text.slice(m.end, first.start)))
  const subjects = subjectsIn(view, premodifier?.start ?? first.start, end)
  if (needsInstrument && !subjects.some((id) => id.startsWith('initiative:'))) return []
  // One party and nothing agreed on is no agreement: "X agreed to invest in Y" states an
  // investment, and an agreement needs a second side or a subject.
  if (parties.length < 2 && subjects.length === 0) return []
  if (status === undefined && parties.length < 2) return []
  const onlyFrameworkWord = hits.every((hit) => hit.rule.id === FRAMEWORK_WORD_RULE)
  if (onlyFrameworkWord && (status === undefined || parties.length < 2)) return []
  const when = view.dateNear(first.start, s.start, end)
  const body: Omit<Agreement, 'evidence' | 'confidence' | 'rule'> = {
    type: 'agreement',
    ...(parties.length > 0 ? { parties } : {}),
    ...(kind ? { kind } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(when ? { when } : {}),
    ...(status ? { status } : {}),
  }
  const best = hits.find((hit) => hit.rule.kind === kind) ?? first
  return [draftOf(body, best, view)]
}
