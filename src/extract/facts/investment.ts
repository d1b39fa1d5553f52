import type { Fact, Money } from '../../model/index.js'

type Investment = Extract<Fact, { type: 'investment' }>
import { findMoney, findPercents, findQuantities } from '../normalize/index.js'
import { draftOf, statusNear, type Builder, type Draft, type Hit } from './engine.js'
import { idsOf, nearestBefore, type ArticleView, type Mention } from './view.js'

/** Regular expressions of investment role logic, built once. */
const PATTERNS = {
  /** A share someone keeps is not an investment (CONVENTIONS.md: retained stakes). */
  retained:
    /(?:remaining|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|hold(?:s|ing)?\s+on\s+to)\s+(?:the\s+|a\s+|its\s+)?(?:remaining\s+)?$/iu,
  /** "investment from X", "financed by X": the investor follows the trigger. */
  fromAfter: /^\s+(?:from|by)\s+/iu,
  /** A demonym that stands for its state's investors: "Chinese investors", "Korean companies". */
  investorsAfter: /^\s+(?:investors?|companies|firms|state\s+groups|banks|lenders)\b/iu,
  /** "acquire a 30% stake in X from Y": Y sells; it is not the recipient. */
  sellerBefore: /(?<![\p{L}])from\s+(?:the\s+)?(?:state-owned\s+)?$/iu,
  /** Between two triggers of one rule that make one phrase: "bought a 51% stake", "take a 70%
   *  stake": a few words, numbers and signs, no clause break. */
  phraseGap: /^[\s\p{L}\p{N}%.$€£¥-]{0,24}$/u,
  /** What a raised amount is, right after it: "$210 million in equity". */
  equityAfter: /^\s+(?:in|of)\s+(?:new\s+)?equity\b/iu,
  debtAfter: /^\s+(?:in|of)\s+(?:project\s+)?(?:debt|loans?)\b/iu,
  /** "a 70% share in X": X is what the stake is in, not where something happens. */
  stakeIn: /(?<![\p{L}])(?:stakes?|share|interests?|shareholding|holding)\s+in\s+(?:the\s+)?$/iu,
  /** "sold its 30% stake in X to Y": the buyer follows "to". */
  buyerBefore: /(?<![\p{L}])to\s+(?:the\s+)?$/iu,
  /** What a sale sells: a stake or shares, not goods ("sold 2,000 tonnes of uranium"). */
  stakeWords: /(?<![\p{L}])(?:stakes?|interests?|shares|shareholdings?|equity)(?![\p{L}])/iu,
  /** Between the subject and the trigger: the subject gets the money, it does not give it
   *  ("X secured a $200 million loan from Y", "X has been awarded a grant", "X is financed by
   *  Y"). Active "awarded", "offered" and "granted" give money, so only their passives count. */
  receiverVerb:
    /(?<![\p{L}])(?:secur(?:ed|es|e|ing)|receiv(?:ed|es|e|ing)|obtain(?:ed|s|ing)?|w[oi]ns?|winning|attract(?:ed|s|ing)?|g[eo]ts?|landed|clinched|borrow(?:ed|s|ing)?|t[oa]ok\s+out|takes\s+out|(?:be|is|are|was|were|been|being)\s+(?:\p{L}+\s+){0,1}(?:awarded|offered|granted|given|provided|extended|allocated|financed|funded|backed))(?![\p{L}])(?<object>[^,;]{0,50})$/iu,
  /** After a receiving verb, a new verb phrase: the subject then acts ("won the tender and will
   *  invest", "secured approval to acquire"). */
  newVerbPhrase:
    /(?<![\p{L}])(?:and|then|will|would|to\s+(?!the\s|a\s|an\s|its\s|their\s)[a-z]+|plans?|agreed)(?![\p{L}])/u,
  /** Between an amount and the trigger it belongs to: "$200 million loan", "$1bn in loans". */
  ownAmount: /^[\s-]*(?:in\s+(?:new\s+)?)?$/iu,
  /** Between an amount and a verb that takes it from before: "$250 million has been committed". */
  auxiliaries:
    /^(?:\s+(?:has|have|had|was|were|is|are|will|would|be|been|being|already|also))*\s+$/iu,
  /** Between a company and its home state: "Zorvath Capital of Japan", "Zorvath Capital,
   *  based in Japan,". */
  homeOf: /^(?:\s+of|,\s+(?:based|headquartered)\s+in)\s+(?:the\s+)?$/u,
  /** "in X" after a trigger: a company invested in, not a place (other location words are). */
  inBefore: /(?<![\p{L}])in\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?$/u,
  /** Between the subject and a trigger: the subject awaits or courts the money, it does not
   *  give it ("Kazakh officials expect $50 million in investment", "the region seeks
   *  financing"); "expects to invest" is the subject's own plan. */
  awaitVerb:
    /(?<![\p{L}])(?:expects?|expected|seeks?|seeking|sought|welcom(?:es|ed|e|ing)|needs?|needed|wants?|wanted|courts?|courted|courting|woo(?:s|ed|ing)?|lur(?:es|ed|e|ing)|hopes?\s+for|hoped\s+for|awaits?|awaited|awaiting)(?![\p{L}])(?!\s+to\s)[^,;]{0,50}$/iu,
  /** "will be invested": the money is announced, not spent. */
  futurePassive: /(?<![\p{L}])(?:will|would|shall|is\s+to|are\s+to|to)\s+be\s+$/iu,
  /** A trigger that can be a passive participle: "invested", "funded", "put", "spent". */
  participle: /(?:ed|put|spent|set\s+aside|lent)$/iu,
  /** A passive trigger: "will be invested by", "is being financed by". */
  passiveBefore: /(?<![\p{L}])(?:be|is|are|was|were|been|being)\s+$/iu,
  /** Between a trigger and the investor after it, once amounts are taken out: "financing of up
   *  to $900 million from X", "invested by X", "funding provided by X". */
  investorGap:
    /^\s*(?:(?:of|worth|totall?ing|amounting\s+to)\s*)?(?:\s*(?:in\s+\p{L}+\s+)?)?(?:from|by|(?:provided|extended|granted|offered|arranged)\s+by)\s+(?:the\s+)?$/iu,
  /** "X's $2 billion investment": a possessive investor, an amount between it and the trigger. */
  possessiveGap: /^['’]s\s+[^,;]{0,40}$/u,
  /** Between two investors of one list: "X and Y formed", "X, Y and Z will invest". */
  listJoiner: /^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/iu,
  /** A negation in the verb phrase before a trigger: "has not received the $200 million loan". */
  negatedBefore:
    /(?<![\p{L}])(?:not|n['’]t|never|yet\s+to|failed\s+to|declined\s+to)(?![\p{L}])[^,;]*$/iu,
  /** "between X and Y": the partners of a joint venture follow. */
  betweenAfter: /^\s+(?:\p{L}+\s+){0,2}between\s+(?:the\s+)?$/iu,
  /** An amount that belongs to a joint venture or project: right before it ("a $1.1bn joint
   *  venture") or after "worth", "valued at", "with a capital of". */
  valueBefore: /^[\s-]*$/u,
  valueAfter:
    /^[\s,]*(?:(?:worth|valued\s+at|estimated\s+at|costing|with\s+(?:a\s+)?(?:total\s+|registered\s+|charter\s+|authori[sz]ed\s+)?(?:value|cost|capital|investment)\s+of)\s*)?(?:(?:a|an)\s+(?:(?:combined|estimated)\s+)?(?:total\s+)?(?:of\s+)?)?$/iu,
  /** What spending buys when it is trade, not investment: "spent $2bn on imports". */
  goodsAfter:
    /^[^,;]{0,40}(?<![\p{L}])(?:imports?|purchases?|salaries|wages|dividends?|buybacks?)(?![\p{L}])/iu,
} as const

/** The rule whose subject sells: the buyer after "to" invests (investment.json). */
const SELL_RULE = 'investment.sell'
/** Rules whose amount must stand right at the trigger (a venture's or a project's value). */
const VALUE_RULES = new Set(['investment.joint-venture', 'investment.project-value'])
/** Rules of a stake or an acquisition: what is bought must not be goods. */
const EQUITY_RULES = new Set(['investment.stake'])
const SPEND_RULE = 'investment.spend'
/** Verb rules whose amount goes to a noun trigger right after it ("committed a $200 million
 *  loan" is the loan's). */
const YIELDING_RULES = new Set(['investment.commit', SPEND_RULE])
const JV_RULE = 'investment.joint-venture'

/** Whether the words between a subject and a trigger make the subject get the money: a
 *  receiving verb whose object runs up to the trigger ("secured a $200 million"). */
function receives(between: string): boolean {
  const object = PATTERNS.receiverVerb.exec(between)?.groups?.['object']
  return object !== undefined && !PATTERNS.newVerbPhrase.test(object)
}

/** `first` and the mentions listed with it before it ("X and Y", "X, Y and Z"), in order. */
function listBefore(mentions: readonly Mention[], first: Mention, view: ArticleView): Mention[] {
  const list = [first]
  const at = mentions.indexOf(first)
  for (let i = at - 1; i >= 0; i--) {
    const m = mentions[i] as Mention
    const head = list[0] as Mention
    if (m.start === head.start) continue
    if (!PATTERNS.listJoiner.test(view.text.slice(m.end, head.start))) break
    list.unshift(m)
  }
  return list
}

/** `first` and the mentions listed with it after it. */
function listAfter(mentions: readonly Mention[], first: Mention, view: ArticleView): Mention[] {
  const list = [first]
  for (let i = mentions.indexOf(first) + 1; i < mentions.length; i++) {
    const m = mentions[i] as Mention
    const last = list.at(-1) as Mention
    if (m.start === last.start) continue
    if (!PATTERNS.listJoiner.test(view.text.slice(last.end, m.start))) break
    list.push(m)
  }
  return list
}

/** The text of [start, end) with the amounts in it taken out. */
function withoutMoney(
  view: ArticleView,
  start: number,
  end: number,
  monies: ReadonlyArray<{ start: number; end: number }>,
): string {
  let text = ''
  let at = start
  for (const m of monies) {
    if (m.start < at || m.end > end) continue
    text += view.text.slice(at, m.start)
    at = m.end
  }
  return text + view.text.slice(at, end)
}

/** What raised money is, from the words right after the amount. */
function instrumentAfter(text: string): string | undefined {
  if (PATTERNS.equityAfter.test(text)) return 'equity'
  if (PATTERNS.debtAfter.test(text)) return 'loan'
  return undefined
}

/** The minerals named inside the names of sites: "the Korvath antimony plant" -> antimony. */
function mineralsInNamesOf(sites: readonly Mention[], view: ArticleView): string[] {
  const spans = idsOf(sites).flatMap((id) => view.entity(id)?.mentions ?? [])
  return idsOf(spans.flatMap((span) => view.mentionsIn(span.start, span.end, ['mineral'])))
}

/** How many sentences back "the project" or "the plant" may look for the site it names. */
const SITE_REACH = 3

/** How far before a trigger an amount may stand ("$1.5 billion in grants"), in characters. */
const AMOUNT_BEFORE_CHARS = 60

/** Triggers of one rule that make one phrase ("bought a 51% stake", "acquire a 30% stake") are
 *  one hit spanning the phrase, so the phrase gives one fact, not one per word. */
function joinPhrases(hits: readonly Hit[], view: ArticleView): Hit[] {
  const joined: Hit[] = []
  for (const hit of hits) {
    const last = joined.at(-1)
    if (
      last &&
      last.rule === hit.rule &&
      !last.isNegated &&
      PATTERNS.phraseGap.test(view.text.slice(last.end, hit.start)) &&
      view.mentionsIn(last.end, hit.start).length === 0 &&
      view.clauseAround(hit.sentence, last.end, hit.start).start <= last.start
    ) {
      joined[joined.length - 1] = {
        ...last,
        end: hit.end,
        text: view.text.slice(last.start, hit.end),
      }
    } else joined.push(hit)
  }
  return joined
}

/** A sale of stakes ("X sold its 30% stake in A and B to Z"): the buyer after "to" and each
 *  company or site sold between the trigger and "to". None without a buyer, without a stake
 *  word (goods are sold too) or with nothing named as sold. */
function saleOf(
  hit: Hit,
  next: number,
  view: ArticleView,
): Array<{ buyer: Mention; target: Mention }> {
  const after = view
    .mentionsIn(hit.end, next, ['organization', 'country', 'place'])
    .filter((m) => !view.isInQuote(m.start))
  const buyerAt = after.findIndex(
    (m) =>
      (m.type === 'organization' || m.type === 'country') &&
      PATTERNS.buyerBefore.test(view.text.slice(Math.max(hit.end, m.start - 12), m.start)),
  )
  const buyer = after[buyerAt]
  if (buyer === undefined) return []
  if (!PATTERNS.stakeWords.test(view.text.slice(hit.end, buyer.start))) return []
  const targets = after
    .slice(0, buyerAt)
    .filter((m) => m.type === 'organization' || (m.type === 'place' && view.isSite(m)))
  return idsOf(targets).flatMap((id) => {
    const target = targets.find((m) => m.id === id)
    return target ? [{ buyer, target }] : []
  })
}

/** A verb whose amount names the noun after it ("committed a $200 million loan", "spent $5m
 *  in grants") is one fact with that noun: the verb's hit goes, and the noun's subject may
 *  stand before the verb. */
function yieldToNouns(
  hits: readonly Hit[],
  monies: ReadonlyArray<{ start: number; end: number }>,
  view: ArticleView,
): Hit[] {
  const kept: Hit[] = []
  let after: number | undefined
  for (const [index, hit] of hits.entries()) {
    const next = hits[index + 1]
    const owned =
      YIELDING_RULES.has(hit.rule.id) &&
      !hit.isNegated &&
      next !== undefined &&
      monies.some(
        (m) =>
          m.start >= hit.end &&
          m.end <= next.start &&
          PATTERNS.phraseGap.test(view.text.slice(hit.end, m.start)) &&
          PATTERNS.ownAmount.test(view.text.slice(m.end, next.start)),
      )
    if (owned) {
      after ??= hit.after
      continue
    }
    kept.push(after === undefined ? hit : { ...hit, after })
    after = undefined
  }
  return kept
}

/** Investments: one per trigger, each bound inside its clause (view.clauseAround): its own
 *  amount (an amount or a stake serves one trigger; the nearest after it, else the nearest
 *  before), the investor before the trigger (or after "from"), sites and a recipient after it.
 *  A rule whose subject raises the money ("X plans to raise $210 million") makes X the
 *  recipient. */
export const buildInvestments: Builder = (found, view) => {
  const first = found[0]
  if (!first) return []
  const s = first.sentence
  const monies = findMoney(view.text, s.start, s.end).filter((m) => !view.isInQuote(m.start))
  const hits = yieldToNouns(joinPhrases(found, view), monies, view)
  const percents = findPercents(view.text, s.start, s.end).filter(
    (p) =>
      !view.isInQuote(p.start) &&
      !PATTERNS.retained.test(view.text.slice(Math.max(s.start, p.start - 25), p.start)),
  )
  const used = new Set<number>()
  const usedStakes = new Set<number>()
  const drafts: Draft[] = []
  // A sale covers the stake words and the price that follow it up to its buyer.
  let coveredUntil = -1
  for (const [index, hit] of hits.entries()) {
    if (hit.isNegated || hit.start < coveredUntil) continue
    const clause = view.clauseAround(s, hit.start, hit.end)
    const next = Math.min(hits[index + 1]?.start ?? s.end, clause.end)
    const from = Math.max(hit.after, clause.start)
    const isSale = hit.rule.id === SELL_RULE
    // "has not received the $200 million loan": a negation further back in the verb phrase.
    if (PATTERNS.negatedBefore.test(view.text.slice(Math.max(from, hit.start - 50), hit.start)))
      continue
    const isValue = VALUE_RULES.has(hit.rule.id)
    const moneyEnd = isSale ? clause.end : next
    const money = isValue
      ? monies.find(
          (m) =>
            !used.has(m.start) &&
            ((m.end <= hit.start &&
              m.start >= from &&
              PATTERNS.valueBefore.test(view.text.slice(m.end, hit.start))) ||
              (m.start >= hit.end &&
                m.start < next &&
                PATTERNS.valueAfter.test(view.text.slice(hit.end, m.start)))),
        )
      : // An amount may take in the end of the trigger ("estimated at $1.1 billion").
        (monies.find(
          (m) =>
            !used.has(m.start) && m.start >= hit.start && m.end > hit.end && m.start < moneyEnd,
        ) ??
        monies.findLast(
          (m) =>
            !used.has(m.start) &&
            m.start >= from &&
            m.end <= hit.start &&
            hit.start - m.end <= AMOUNT_BEFORE_CHARS &&
            // "$250 million was committed", not "$2 billion under management and is committed".
            (!YIELDING_RULES.has(hit.rule.id) ||
              PATTERNS.auxiliaries.test(view.text.slice(m.end, hit.start))),
        ))
    const stake = percents.find(
      (p) =>
        !usedStakes.has(p.start) &&
        p.start >= clause.start &&
        p.end <= clause.end &&
        (p.isStake ||
          (p.start >= hit.end && p.start - hit.end <= 12) ||
          (p.end <= hit.start && hit.start - p.end <= 12)),
    )
    const needs = hit.rule.needs ?? []
    if (needs.includes('amount') && !money) continue
    if (needs.includes('amount-or-stake') && !money && !stake) continue
    if (needs.includes('stake') && !stake) continue
    // Goods bought ("bought 5,000 tonnes of copper for $40 million") are no stake.
    if (
      EQUITY_RULES.has(hit.rule.id) &&
      !stake &&
      findQuantities(view.text, hit.end, money?.start ?? next).length > 0
    )
      continue
    if (
      hit.rule.id === SPEND_RULE &&
      PATTERNS.goodsAfter.test(view.text.slice(money?.end ?? hit.end, next))
    )
      continue
    if (isSale) {
      // The buyer stands after the stake word, which may be a trigger of its own.
      const sale = saleOf(hit, clause.end, view)
      if (sale.length === 0) continue
      if (money) used.add(money.start)
      if (stake) usedStakes.add(stake.start)
      coveredUntil = Math.max(
        ...sale.map(({ buyer }) => buyer.end),
        money && money.start > hit.end ? money.end : 0,
      )
      const status = statusNear(hit, view) as Investment['status']
      const when = view.dateNear(hit.end, clause.start, clause.end)
      for (const { buyer, target } of sale) {
        const minerals = idsOf(
          view
            .mentionsIn(clause.start, clause.end, ['mineral'])
            .filter((m) => !view.isInQuote(m.start)),
        )
        const country = target.type === 'place' ? view.countriesOf(target.id)[0] : undefined
        const body: Omit<Investment, 'evidence' | 'confidence' | 'rule'> = {
          type: 'investment',
          investor: buyer.id,
          ...(target.type === 'organization' ? { recipient: target.id } : { site: target.id }),
          ...(country ? { recipient_country: country } : {}),
          ...(minerals.length > 0 ? { minerals } : {}),
          ...(money ? { amount: money.money } : {}),
          ...(stake ? { stake_percent: stake.value } : {}),
          instrument: 'equity',
          ...(when ? { when } : {}),
          ...(status ? { status } : {}),
        }
        drafts.push(draftOf(body, hit, view))
      }
      continue
    }
    if (money) used.add(money.start)
    if (stake) usedStakes.add(stake.start)

    const isCost = hit.rule.id === 'investment.project-cost'
    const companies = view.mentionsIn(from, hit.start, ['organization'])
    const organizations = view.mentionsIn(from, hit.start, ['organization', 'country']).filter(
      (m) =>
        !view.isLocation(m) &&
        // "Zorvath Capital of Japan invested": the company's home, not a second investor.
        !(
          m.type === 'country' &&
          companies.some((c) => PATTERNS.homeOf.test(view.text.slice(c.end, m.start)))
        ) &&
        (!view.isModifier(m) ||
          PATTERNS.investorsAfter.test(view.text.slice(m.end, m.end + 20)) ||
          // "Zorvath Capital's $2 billion investment": the amount stands between.
          (PATTERNS.possessiveGap.test(view.text.slice(m.end, hit.start)) &&
            money !== undefined &&
            money.start > m.end &&
            money.end <= hit.start)),
    )
    const nearest = nearestBefore(organizations, hit.start)
    // "X and Y will invest": co-equal subjects listed before the trigger.
    const subject =
      idsOf(nearest).length === 1 ? listBefore(organizations, nearest[0] as Mention, view) : nearest
    const subjectEnd = subject.at(-1)?.end ?? from
    // The subject gets the money ("X secured a loan from Y", "X is being financed by Y").
    const isEquity = EQUITY_RULES.has(hit.rule.id)
    const isPassive =
      PATTERNS.participle.test(hit.text) &&
      PATTERNS.passiveBefore.test(view.text.slice(Math.max(from, hit.start - 12), hit.start))
    // Whoever gets a stake buys it, so a stake is never received.
    const isReceived =
      hit.rule.subjectRole === 'recipient' ||
      (!isEquity &&
        (isPassive ||
          receives(view.text.slice(subjectEnd, hit.start)) ||
          PATTERNS.awaitVerb.test(view.text.slice(subjectEnd, hit.start))))
    let investors = isCost || isReceived ? [] : subject
    const afterAll = view
      .mentionsIn(hit.end, next, ['organization', 'country'])
      .filter((m) => !view.isModifier(m) && !view.isInQuote(m.start))
    // "investment from X", "a loan of up to $900 million from X", "invested by X". After a
    // stake trigger "from X" is the seller.
    const byAfter =
      isCost || isEquity
        ? undefined
        : PATTERNS.fromAfter.test(view.text.slice(hit.end, hit.end + 8))
          ? afterAll[0]
          : afterAll.find((m) =>
              PATTERNS.investorGap.test(withoutMoney(view, hit.end, m.start, monies)),
            )
    if (byAfter) investors = [byAfter]
    // "a $650 million joint venture between X and Y".
    if (hit.rule.id === JV_RULE) {
      const partner = afterAll.find((m) =>
        PATTERNS.betweenAfter.test(view.text.slice(hit.end, m.start)),
      )
      if (partner) investors = listAfter(afterAll, partner, view)
    }
    const investorSet = new Set(investors.map((m) => m.id))
    const afterMentions = view
      .mentionsIn(hit.end, next)
      .filter((m) => !view.isInQuote(m.start) && !investorSet.has(m.id))
    const received = isReceived ? subject.find((m) => m.type === 'organization') : undefined
    const recipient =
      received ??
      (hit.rule.id === JV_RULE
        ? undefined
        : afterMentions.find(
            (m) =>
              m.type === 'organization' &&
              !view.isModifier(m) &&
              (!view.isLocation(m) ||
                PATTERNS.inBefore.test(view.text.slice(Math.max(s.start, m.start - 30), m.start)) ||
                PATTERNS.stakeIn.test(view.text.slice(Math.max(s.start, m.start - 30), m.start))) &&
              !PATTERNS.sellerBefore.test(
                view.text.slice(Math.max(s.start, m.start - 30), m.start),
              ),
          ))
    const places = afterMentions.filter((m) => m.type === 'place')
    const named = places.some((m) => !view.isLocation(m))
      ? places.filter((m) => !view.isLocation(m))
      : places
    // "The Kestrel smelter is being financed by ...": a site before a trigger that receives.
    const placesBefore = isReceived
      ? view
          .mentionsIn(from, hit.start, ['place'])
          .filter((m) => !view.isInQuote(m.start) && view.isSite(m))
      : []
    const stated = named.length > 0 ? named : placesBefore
    // "for the tungsten project, which is expected to cost ...": the site named before.
    const sites =
      stated.length === 0 && !recipient && view.hasSiteAnaphor(from, next)
        ? view.siteAntecedent(hit.sentenceIndex, SITE_REACH)
        : stated
    const receivingCountry = isReceived
      ? subject.find((m) => m.type === 'country' && !investorSet.has(m.id))?.id
      : undefined
    const recipientCountry =
      receivingCountry ??
      afterMentions.find((m) => m.type === 'country' && (view.isLocation(m) || m.isDemonym))?.id ??
      sites.flatMap((m) => view.countriesOf(m.id))[0]
    const minerals = idsOf(
      view
        .mentionsIn(clause.start, clause.end, ['mineral'])
        .filter((m) => !view.isInQuote(m.start)),
    )
    const investorIds = idsOf(investors)
    const siteIds = idsOf(sites)
    if (
      investorIds.length === 0 &&
      !recipient &&
      !recipientCountry &&
      siteIds.length === 0 &&
      !isCost
    )
      continue
    if (!money && !stake && minerals.length === 0) continue
    // "a 51% stake in the plant": when the clause names no mineral, those in the site's name
    // ("the Korvath antimony plant", wherever the text names it).
    if (minerals.length === 0) minerals.push(...mineralsInNamesOf(sites, view))
    const cued = statusNear(hit, view) as Investment['status']
    const status =
      cued === 'completed' &&
      PATTERNS.futurePassive.test(view.text.slice(Math.max(from, hit.start - 16), hit.start))
        ? 'announced'
        : cued
    const when = view.dateNear(hit.end, clause.start, clause.end)
    const amount: Money | undefined = money?.money
    const instrument = (hit.rule.instrument ??
      (hit.rule.subjectRole === 'recipient' && money
        ? instrumentAfter(view.text.slice(money.end, money.end + 30))
        : undefined)) as Investment['instrument'] | undefined
    const body: Omit<Investment, 'evidence' | 'confidence' | 'rule'> = {
      type: 'investment',
      ...(investorIds.length === 1 ? { investor: investorIds[0] } : {}),
      ...(investorIds.length > 1 ? { investor: investorIds } : {}),
      ...(recipient ? { recipient: recipient.id } : {}),
      ...(recipientCountry ? { recipient_country: recipientCountry } : {}),
      ...(siteIds.length === 1 ? { site: siteIds[0] } : {}),
      ...(siteIds.length > 1 ? { site: siteIds } : {}),
      ...(minerals.length > 0 ? { minerals } : {}),
      ...(amount ? { amount } : {}),
      ...(stake ? { stake_percent: stake.value } : {}),
      ...(instrument ? { instrument } : {}),
      ...(when ? { when } : {}),
      ...(status ? { status } : {}),
    }
    drafts.push(draftOf(body, hit, view))
  }
  return mergeRestated(drafts)
}

type InvestmentBody = Omit<Investment, 'evidence' | 'confidence' | 'rule'>

/** Whether two investments of one sentence can be one: no role set in both with different
 *  values. */
function isCompatible(a: InvestmentBody, b: InvestmentBody): boolean {
  const roles = ['investor', 'recipient', 'site', 'amount', 'stake_percent'] as const
  return roles.every(
    (role) =>
      a[role] === undefined ||
      b[role] === undefined ||
      JSON.stringify(a[role]) === JSON.stringify(b[role]),
  )
}

/** One investment told twice in a sentence is one fact: "X acquired a 40% stake in Y,
 *  investing $80 million in the miner" (the second part has the amount but no investor of its
 *  own), "X will invest $300 million in Y and take a 40% stake" (a stake without amount beside
 *  the investment that has it). A part with no investor, or a stake with no amount, merges into
 *  the other part of the sentence when no role of theirs disagrees. */
function mergeRestated(drafts: Draft[]): Draft[] {
  if (drafts.length < 2) return drafts
  const kept: Draft[] = []
  for (const draft of drafts) {
    const body = draft.body as InvestmentBody
    const partial = body.investor === undefined || body.amount === undefined
    const into = partial
      ? kept.find((k) => {
          const other = k.body as InvestmentBody
          return (
            (other.investor !== undefined || body.investor !== undefined) &&
            (other.amount === undefined) !== (body.amount === undefined) &&
            isCompatible(other, body)
          )
        })
      : undefined
    if (into === undefined) {
      kept.push(draft)
      continue
    }
    const target = into.body as InvestmentBody
    for (const [role, value] of Object.entries(body))
      if (value !== undefined && (target as Record<string, unknown>)[role] === undefined)
        (target as Record<string, unknown>)[role] = value
  }
  return kept
}
