import type { Fact, Money } from '../../model/index.js'

type Investment = Extract<Fact, { type: 'investment' }>
import { findMoney, findPercents } from '../normalize/index.js'
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
} as const

/** The rule whose subject sells: the buyer after "to" invests (investment.json). */
const SELL_RULE = 'investment.sell'

/** What raised money is, from the words right after the amount. */
function instrumentAfter(text: string): string | undefined {
  if (PATTERNS.equityAfter.test(text)) return 'equity'
  if (PATTERNS.debtAfter.test(text)) return 'loan'
  return undefined
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

/** Investments: one per trigger, each bound inside its clause (view.clauseAround): its own
 *  amount (an amount or a stake serves one trigger; the nearest after it, else the nearest
 *  before), the investor before the trigger (or after "from"), sites and a recipient after it.
 *  A rule whose subject raises the money ("X plans to raise $210 million") makes X the
 *  recipient. */
export const buildInvestments: Builder = (found, view) => {
  const hits = joinPhrases(found, view)
  const first = hits[0]
  if (!first) return []
  const s = first.sentence
  const monies = findMoney(view.text, s.start, s.end).filter((m) => !view.isInQuote(m.start))
  const percents = findPercents(view.text, s.start, s.end).filter(
    (p) =>
      !view.isInQuote(p.start) &&
      !PATTERNS.retained.test(view.text.slice(Math.max(s.start, p.start - 25), p.start)),
  )
  const used = new Set<number>()
  const usedStakes = new Set<number>()
  const drafts: Draft[] = []
  for (const [index, hit] of hits.entries()) {
    if (hit.isNegated) continue
    const clause = view.clauseAround(s, hit.start, hit.end)
    const next = Math.min(hits[index + 1]?.start ?? s.end, clause.end)
    const from = Math.max(hit.after, clause.start)
    const money =
      // An amount may take in the end of the trigger ("estimated at $1.1 billion").
      monies.find(
        (m) => !used.has(m.start) && m.start >= hit.start && m.end > hit.end && m.start < next,
      ) ??
      monies.findLast(
        (m) =>
          !used.has(m.start) &&
          m.start >= from &&
          m.end <= hit.start &&
          hit.start - m.end <= AMOUNT_BEFORE_CHARS,
      )
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
    if (hit.rule.id === SELL_RULE) {
      // The buyer stands after the stake word, which may be a trigger of its own.
      const sale = saleOf(hit, clause.end, view)
      if (sale.length === 0) continue
      if (money) used.add(money.start)
      if (stake) usedStakes.add(stake.start)
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
    const isRaise = hit.rule.subjectRole === 'recipient'

    const isCost = hit.rule.id === 'investment.project-cost'
    const organizations = view
      .mentionsIn(from, hit.start, ['organization', 'country'])
      .filter(
        (m) =>
          !view.isLocation(m) &&
          (!view.isModifier(m) || PATTERNS.investorsAfter.test(view.text.slice(m.end, m.end + 20))),
      )
    const subject = nearestBefore(organizations, hit.start)
    let investors = isCost || isRaise ? [] : subject
    if (!isCost && PATTERNS.fromAfter.test(view.text.slice(hit.end, hit.end + 8))) {
      const after = view
        .mentionsIn(hit.end, next, ['organization', 'country'])
        .filter((m) => !view.isModifier(m))
      if (after[0]) investors = [after[0]]
    }
    const afterMentions = view.mentionsIn(hit.end, next).filter((m) => !view.isInQuote(m.start))
    const recipient = isRaise
      ? subject.find((m) => m.type === 'organization')
      : afterMentions.find(
          (m) =>
            m.type === 'organization' &&
            !view.isModifier(m) &&
            (!view.isLocation(m) ||
              PATTERNS.stakeIn.test(view.text.slice(Math.max(s.start, m.start - 30), m.start))) &&
            !PATTERNS.sellerBefore.test(view.text.slice(Math.max(s.start, m.start - 30), m.start)),
        )
    const places = afterMentions.filter((m) => m.type === 'place')
    const named = places.some((m) => !view.isLocation(m))
      ? places.filter((m) => !view.isLocation(m))
      : places
    // "for the tungsten project, which is expected to cost ...": the site named before.
    const sites =
      named.length === 0 && !recipient && view.hasSiteAnaphor(from, next)
        ? view.siteAntecedent(hit.sentenceIndex, SITE_REACH)
        : named
    const recipientCountry =
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
    const status = statusNear(hit, view) as Investment['status']
    const when = view.dateNear(hit.end, clause.start, clause.end)
    const amount: Money | undefined = money?.money
    const instrument = (hit.rule.instrument ??
      (isRaise && money
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
  return drafts
}
