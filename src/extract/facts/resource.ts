import type { Fact } from '../../model/index.js'

type Resource = Extract<Fact, { type: 'resource' }>
import { findPercents, findQuantities } from '../normalize/index.js'
import { draftOf, type Builder, type Draft } from './engine.js'
import { nearestBefore, type ArticleView } from './view.js'

/** Regular expressions of resource role logic, built once. */
const PATTERNS = {
  /** Volumes that move goods, not what a country or site holds or makes (CONVENTIONS.md). */
  notResource:
    /\b(?:export(?:s|ed)?|import(?:s|ed)?|ship(?:ped|ments?)|sold|sales|trade|turnover|prices?|quota|limits?)\b[^.]{0,40}$/iu,
  reserves: /\breserves?\b/iu,
  tonnes: /^t(?:\s|\/|$)/u,
} as const

/** Resources: a holder before the trigger, a mineral, and a number: a tonnage (findQuantities)
 *  and/or a share (findPercents). Without a number there is no fact. */
export const buildResources: Builder = (hits, view: ArticleView) => {
  const drafts: Draft[] = []
  for (const hit of hits) {
    if (hit.isNegated) continue
    const s = hit.sentence
    const quantities = findQuantities(view.text, s.start, s.end).filter(
      (q) =>
        PATTERNS.tonnes.test(q.quantity.unit) &&
        !view.isInQuote(q.start) &&
        !PATTERNS.notResource.test(view.text.slice(s.start, q.start)),
    )
    const shares = findPercents(view.text, s.start, s.end).filter(
      (p) => !p.isStake && !view.isInQuote(p.start),
    )
    const quantity = quantities.find((q) => q.start >= hit.start - 80)
    const share = shares.find((p) => p.start >= hit.start - 80)
    if (!quantity && !share) continue
    if (hit.rule.needs?.includes('number') && !quantity) continue
    const minerals = view.mentionsIn(s.start, s.end, ['mineral'])
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
    const holders = nearestBefore(
      view.mentionsIn(s.start, hit.start, ['country', 'place']).filter((m) => !view.isLocation(m)),
      hit.start,
    ).filter((m) => !m.isGroup)
    const sentenceText = view.text.slice(s.start, s.end)
    const kind = (
      PATTERNS.reserves.test(sentenceText) ? 'reserve' : hit.rule.kind
    ) as Resource['kind']
    const holder = holders[0]?.id
    const body: Omit<Resource, 'evidence' | 'confidence' | 'rule'> = {
      type: 'resource',
      ...(holder ? { holder } : {}),
      mineral: mineral.id,
      ...(quantity ? { quantity: quantity.quantity } : {}),
      ...(kind ? { kind } : {}),
      ...(share ? { share_percent: share.value } : {}),
    }
    drafts.push(draftOf(body, hit, view))
  }
  return drafts
}
