import type { Fact } from '../../model/index.js'

type Resource = Extract<Fact, { type: 'resource' }>
import { findPercents, findQuantities } from '../normalize/index.js'
import { draftOf, type Builder, type Draft } from './engine.js'
import { idsOf, nearestBefore, type ArticleView } from './view.js'

/** Regular expressions of resource role logic, built once. */
const PATTERNS = {
  /** Volumes that move goods, not what a country or site holds or makes (CONVENTIONS.md). */
  notResource:
    /\b(?:export(?:s|ed)?|import(?:s|ed)?|ship(?:ped|ments?)|sold|sales|trade|turnover|prices?|quota|limits?)\b[^.]{0,40}$/iu,
  reserves: /\breserves?\b/iu,
  /** A goal or target before the number: it says what is wanted, not what is held or made. */
  goal: /(?<![\p{L}])(?:aims?|aiming|aimed|targets?|targeting|targeted|goal|ambition|wants?|seeks?|seeking|hopes?|(?:plans?|planning|intends?|wants?)\s+to\s+(?:raise|increase|boost|double|triple|lift|expand|grow|ramp\s+up))(?![\p{L}])/iu,
  /** Before a trigger: an area with no name holds it ("the region holds"), so no site does. */
  regionBefore:
    /(?<![\p{L}])(?:region|area|country|province|district|belt|basin|world|continent|territory)(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  /** Right after a country or place: it is the source of a figure, not its holder. */
  sourceAfter:
    /^\s+(?:says|said|estimates|estimated|believes|claims|claimed|reports|reported|puts|put)(?![\p{L}])/u,
  tonnes: /^t(?:\s|\/|$)/u,
  /** A comma-enclosed aside between a subject and its verb: "Qaratau, 90 km south of the city
   *  of Zorvath, hosts ...": what it names is not the holder. */
  aside: /,[^,]{1,90},/gu,
  /** "Resources at the Qaratau deposit", "reserves of tungsten at X", "output at the X mine":
   *  the site after "at" or "in" holds them. */
  holdingsAt:
    /(?<![\p{L}])(?:resources?|reserves?|output|production|deposits?)(?:\s+of(?:\s+[\p{L}-]+){1,3}?)?\s+(?:at|in)\s+(?:the\s+)?$/iu,
  /** "a 20% share of world production": a share of a whole, not a stake. */
  shareOfWhole:
    /^[\s-]+share\s+of\s+(?:the\s+)?(?:world|global|worldwide|total|national|country['’]s|world['’]s)\b/iu,
  /** A change, not a share: "rose 12%", "down 5%", "increased by 8%". */
  changeBefore:
    /(?<![\p{L}])(?:rose|rise[sn]?|rising|fell|falls?|falling|increased?|increasing|decreased?|decreasing|grew|grow(?:s|n|ing)?|jumped|jumps?|declined?|declining|dropped|drops?|climbed|climbs?|surged|slumped|up|down|by|gain(?:ed|s)?|lost|cut|higher|lower)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+|around\s+|almost\s+|roughly\s+)?$/iu,
  /** Between an output trigger and its number: what is planned, not made ("output is planned
   *  at", "production is expected to reach", "will produce"). */
  /** Between a site named as a location and a capacity trigger: the facility there has the
   *  capacity ("a plant at the Qaratau tungsten deposit with capacity to process ..."). */
  siteWith:
    /^(?:\s+[\p{Ll}-]+){0,3},?\s+(?:with|which\s+(?:will\s+)?(?:have|has)|that\s+(?:will\s+)?(?:have|has))\s+(?:(?:an?|the)\s+)?(?:(?:annual|planned|design|initial|total)\s+)?$/u,
  planned:
    /(?<![\p{L}])(?:planned|projected|expected|designed|design|targets?|targeted|will|would|shall|once|aims?|capacity)(?![\p{L}])/iu,
} as const

/** How many sentences back "the mine" or "the plant" may look for the site it names. */
const SITE_REACH = 3

/** Spans of comma-enclosed asides in text[start, end). */
function asidesIn(view: ArticleView, start: number, end: number): Array<[number, number]> {
  const found: Array<[number, number]> = []
  const pattern = PATTERNS.aside
  pattern.lastIndex = 0
  const text = view.text.slice(start, end)
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    found.push([start + match.index, start + match.index + match[0].length])
  return found
}

/** Resources: a holder before the trigger, a mineral, and a number: a tonnage (findQuantities)
 *  and/or a share (findPercents). Without a number there is no fact. */
export const buildResources: Builder = (hits, view: ArticleView) => {
  const drafts: Draft[] = []
  const used = new Set<number>()
  for (const hit of hits) {
    if (hit.isNegated) continue
    const s = hit.sentence
    const clause = view.clauseAround(s, hit.start, hit.end)
    const quantities = findQuantities(view.text, s.start, s.end).filter(
      (q) =>
        PATTERNS.tonnes.test(q.quantity.unit) &&
        !view.isInQuote(q.start) &&
        !PATTERNS.notResource.test(view.text.slice(s.start, q.start)),
    )
    const shares = findPercents(view.text, s.start, s.end).filter(
      (p) =>
        (!p.isStake || PATTERNS.shareOfWhole.test(view.text.slice(p.end, p.end + 40))) &&
        !view.isInQuote(p.start) &&
        !PATTERNS.changeBefore.test(view.text.slice(Math.max(s.start, p.start - 30), p.start)),
    )
    // A number states one fact: the first trigger near it takes it ("expected to produce 3,200
    // t/yr ..., roughly 4% of world output" is one capacity, not also an output).
    // A number after an output or capacity verb is that verb's, not an earlier trigger's ("With
    // reserves at the site, the mine produced 12,000 tonnes" is output, not a reserve).
    const isOtherVerbBefore = (at: number): boolean =>
      (hit.rule.kind === 'resource' || hit.rule.kind === 'reserve') &&
      hits.some(
        (other) =>
          other !== hit &&
          other.start >= hit.end &&
          other.end <= at &&
          (other.rule.kind === 'output' || other.rule.kind === 'capacity'),
      )
    const isFree = (n: { start: number; end: number }): boolean =>
      !used.has(n.start) &&
      n.start >= Math.max(clause.start, hit.start - 80) &&
      n.end <= clause.end &&
      !isOtherVerbBefore(n.start)
    const quantity = quantities.find(isFree)
    // A share before the trigger belongs to it only inside one phrase: "70% of X LLP, the
    // company that holds ..." is a stake in X, not X's share of anything.
    const share = shares.find(
      (p) => isFree(p) && (p.start >= hit.end || !view.text.slice(p.end, hit.start).includes(',')),
    )
    if (!quantity && !share) continue
    if (hit.rule.needs?.includes('number') && !quantity) continue
    const minerals = view.mentionsIn(clause.start, clause.end, ['mineral'])
    const near = quantity ?? share
    const mineral =
      minerals.find(
        (m) =>
          quantity?.material !== undefined &&
          m.text.toLowerCase().includes(quantity.material.toLowerCase()),
      ) ??
      minerals.find((m) => near !== undefined && m.start >= near.start) ??
      minerals[0]
    if (!mineral) continue
    const asides = asidesIn(view, clause.start, hit.start)
    const named = nearestBefore(
      view.mentionsIn(clause.start, hit.start, ['country', 'place']).filter(
        (m) =>
          (!view.isLocation(m) ||
            (view.isSite(m) &&
              (PATTERNS.holdingsAt.test(
                view.text.slice(Math.max(s.start, m.start - 20), m.start),
              ) ||
                (hit.rule.kind === 'capacity' &&
                  PATTERNS.siteWith.test(view.text.slice(m.end, hit.start)))))) &&
          !asides.some(([from, to]) => m.start > from && m.end < to) &&
          // "which Kazakhstan says holds ...": the source of a figure does not hold it.
          !PATTERNS.sourceAfter.test(view.text.slice(m.end, m.end + 24)),
      ),
      hit.start,
    ).filter((m) => !m.isGroup)
    // "Reserves of tungsten at Qaratau are put at ...": the holder after the trigger.
    const after =
      named.length === 0
        ? view
            .mentionsIn(hit.start, near?.start ?? clause.end, ['country', 'place'])
            .filter(
              (m) =>
                !m.isGroup &&
                PATTERNS.holdingsAt.test(view.text.slice(Math.max(s.start, m.start - 60), m.start)),
            )
            .slice(0, 1)
        : []
    const found = named.length > 0 ? named : after
    const antecedent =
      found.length === 0 && view.hasSiteAnaphor(clause.start, hit.start)
        ? view.siteAntecedent(hit.sentenceIndex, SITE_REACH).slice(-1)
        : found
    // No holder bound by the phrase: the one site the sentence names holds it ("At Korvath,
    // output reached ...", "The deposit holds ..., according to X, which owns the Korvath
    // deposit"). Several sites, or none, leave the holder out.
    const sites = idsOf(
      view
        .mentionsIn(s.start, s.end, ['place'])
        .filter((m) => !view.isInQuote(m.start) && view.isSite(m)),
    )
    const regionSubject = PATTERNS.regionBefore.test(
      view.text.slice(Math.max(clause.start, hit.start - 40), hit.start),
    )
    const holders =
      antecedent.length === 0 && sites.length === 1 && !regionSubject
        ? view
            .mentionsIn(s.start, s.end, ['place'])
            .filter((m) => m.id === sites[0])
            .slice(0, 1)
        : antecedent
    // "Reserves" in the clause makes a holding a reserve; an output or capacity verb keeps its
    // own kind ("the mine, which has reserves of X, will have capacity to process Y").
    const clauseText = view.text.slice(clause.start, clause.end)
    const isHolding = hit.rule.kind === 'resource' || hit.rule.kind === 'reserve'
    // Output that is planned or expected is capacity ("output is planned at 500,000 t").
    const isPlanned =
      hit.rule.kind === 'output' &&
      near !== undefined &&
      near.start > hit.end &&
      PATTERNS.planned.test(view.text.slice(hit.end, near.start))
    const kind = (
      isHolding && PATTERNS.reserves.test(clauseText)
        ? 'reserve'
        : isPlanned
          ? 'capacity'
          : hit.rule.kind
    ) as Resource['kind']
    const holder = holders[0]?.id
    // A state's goal is no resource: "Kazakhstan aims to raise output to 5,000 tonnes by 2030".
    // A site's planned output stays its capacity ("the mine targets 4,000 tonnes a year").
    const isGoal =
      near !== undefined &&
      !holders.some((m) => view.isSite(m)) &&
      PATTERNS.goal.test(view.text.slice(clause.start, near.start))
    if (isGoal) continue
    const body: Omit<Resource, 'evidence' | 'confidence' | 'rule'> = {
      type: 'resource',
      ...(holder ? { holder } : {}),
      mineral: mineral.id,
      ...(quantity ? { quantity: quantity.quantity } : {}),
      ...(kind ? { kind } : {}),
      ...(share ? { share_percent: share.value } : {}),
    }
    if (quantity) used.add(quantity.start)
    if (share) used.add(share.start)
    drafts.push(draftOf(body, hit, view))
  }
  return drafts
}
