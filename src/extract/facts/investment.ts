import type { Fact, Money } from '../../model/index.js'

type Investment = Extract<Fact, { type: 'investment' }>
import { findMoney, findPercents } from '../normalize/index.js'
import { draftOf, statusNear, type Builder, type Draft } from './engine.js'
import { idsOf, nearestBefore } from './view.js'

/** Regular expressions of investment role logic, built once. */
const PATTERNS = {
  /** A share someone keeps is not an investment (CONVENTIONS.md: retained stakes). */
  retained:
    /(?:remaining|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|hold(?:s|ing)?\s+on\s+to)\s+(?:the\s+)?(?:remaining\s+)?$/iu,
  /** "investment from X", "financed by X": the investor follows the trigger. */
  fromAfter: /^\s+(?:from|by)\s+/iu,
  /** A demonym that stands for its state's investors: "Chinese investors", "Korean companies". */
  investorsAfter: /^\s+(?:investors?|companies|firms|state\s+groups|banks|lenders)\b/iu,
} as const

/** How far before a trigger an amount may stand ("$1.5 billion in grants"), in characters. */
const AMOUNT_BEFORE_CHARS = 60

/** Investments: one per trigger, each with its own amount (an amount serves one trigger), the
 *  investor before the trigger (or after "from"), sites and a recipient after it. */
export const buildInvestments: Builder = (hits, view) => {
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
  const drafts: Draft[] = []
  for (const [index, hit] of hits.entries()) {
    if (hit.isNegated) continue
    const next = hits[index + 1]?.start ?? s.end
    const money =
      monies.find((m) => !used.has(m.start) && m.start >= hit.end && m.start < next) ??
      monies.findLast(
        (m) => !used.has(m.start) && m.end <= hit.start && hit.start - m.end <= AMOUNT_BEFORE_CHARS,
      )
    const stake = percents.find(
      (p) =>
        p.isStake ||
        (p.start >= hit.end && p.start - hit.end <= 12) ||
        (p.end <= hit.start && hit.start - p.end <= 12),
    )
    const needs = hit.rule.needs ?? []
    if (needs.includes('amount') && !money) continue
    if (needs.includes('amount-or-stake') && !money && !stake) continue
    if (money) used.add(money.start)

    const isCost = hit.rule.id === 'investment.project-cost'
    const organizations = view
      .mentionsIn(hit.after, hit.start, ['organization', 'country'])
      .filter(
        (m) =>
          !view.isLocation(m) &&
          (!view.isModifier(m) || PATTERNS.investorsAfter.test(view.text.slice(m.end, m.end + 20))),
      )
    let investors = isCost ? [] : nearestBefore(organizations, hit.start)
    if (!isCost && PATTERNS.fromAfter.test(view.text.slice(hit.end, hit.end + 8))) {
      const after = view
        .mentionsIn(hit.end, next, ['organization', 'country'])
        .filter((m) => !view.isModifier(m))
      if (after[0]) investors = [after[0]]
    }
    const afterMentions = view.mentionsIn(hit.end, next).filter((m) => !view.isInQuote(m.start))
    const recipient = afterMentions.find(
      (m) => m.type === 'organization' && !view.isModifier(m) && !view.isLocation(m),
    )
    const places = afterMentions.filter((m) => m.type === 'place')
    const sites = places.some((m) => !view.isLocation(m))
      ? places.filter((m) => !view.isLocation(m))
      : places
    const recipientCountry =
      afterMentions.find((m) => m.type === 'country' && (view.isLocation(m) || m.isDemonym))?.id ??
      sites.flatMap((m) => view.countriesOf(m.id))[0]
    const minerals = idsOf(
      view.mentionsIn(s.start, s.end, ['mineral']).filter((m) => !view.isInQuote(m.start)),
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
    const when = view.dateNear(hit.end, s.start, s.end)
    const amount: Money | undefined = money?.money
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
      ...(hit.rule.instrument
        ? { instrument: hit.rule.instrument as Investment['instrument'] }
        : {}),
      ...(when ? { when } : {}),
      ...(status ? { status } : {}),
    }
    drafts.push(draftOf(body, hit, view))
  }
  return drafts
}
