import type { Fact } from '../../model/index.js'

type Dependency = Extract<Fact, { type: 'dependency' }>
import { draftOf, type Builder, type Draft } from './engine.js'
import { idsOf, nearestBefore } from './view.js'

type Domain = NonNullable<Dependency['domain']>

/** Words that name what is depended on, checked right after the trigger first and then in the
 *  whole sentence: "relies on Russia for most of its fuel" is energy. */
const DOMAIN_WORDS: ReadonlyArray<[Domain, RegExp]> = [
  ['energy', /\b(?:fuel|energy|electricity|power|gas|oil)\b/iu],
  ['trade', /\b(?:trade|transit|exports?|markets?|routes?)\b/iu],
  [
    'supply-chain',
    /\b(?:imports?|suppl(?:y|ies|ier|iers)|sources?|minerals?|materials|magnets|rare\s+earths?)\b/iu,
  ],
  ['investment', /\b(?:investment|investors?|capital|financing)\b/iu],
  ['security', /\b(?:security|defen[cs]e|military|weapons)\b/iu],
  ['economy', /\b(?:econom(?:y|ic|ically|ies)|remittances)\b/iu],
]
/** How much text after the trigger names the domain first, in characters. */
const DOMAIN_NEAR_CHARS = 50

function domainOf(near: string, sentence: string): Domain | undefined {
  for (const text of [near, sentence]) {
    const found = DOMAIN_WORDS.find(([, pattern]) => pattern.test(text))
    if (found) return found[0]
  }
  return undefined
}

/** Dependencies: the state(s) right before the trigger depend on the first state after it.
 *  A non-state dependent (the EU, "Europe") gives no fact (CONVENTIONS.md). */
export const buildDependencies: Builder = (hits, view) => {
  const drafts: Draft[] = []
  for (const hit of hits) {
    if (hit.isNegated) continue
    const s = hit.sentence
    const before = view.mentionsIn(s.start, hit.start, ['country', 'organization', 'place'])
    const subject = nearestBefore(before, hit.start)
    const dependent = idsOf(subject.filter((m) => m.type === 'country'))
    const on = view.mentionsIn(hit.end, s.end, ['country']).find((m) => !dependent.includes(m.id))
    if (dependent.length === 0 || !on) continue
    const near = view.text.slice(hit.end, Math.min(s.end, hit.end + DOMAIN_NEAR_CHARS))
    const domain = domainOf(near, view.text.slice(s.start, s.end))
    const body: Omit<Dependency, 'evidence' | 'confidence' | 'rule'> = {
      type: 'dependency',
      dependent,
      on: on.id,
      ...(domain ? { domain } : {}),
    }
    drafts.push(draftOf(body, hit, view))
  }
  return drafts
}
