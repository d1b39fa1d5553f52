import type { Fact } from '../../model/index.js'

type Dependency = Extract<Fact, { type: 'dependency' }>
import { draftOf, type Builder, type Draft, type Hit } from './engine.js'
import { idsOf, nearestBefore, type ArticleView, type Mention } from './view.js'

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

/** A share of a country's own supply: "100% of its", "nearly all of its", "about 60 percent
 *  of its", "the bulk of its". */
const SHARE =
  String.raw`(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|at\s+least|up\s+to|virtually|practically|close\s+to)\s+)?` +
  String.raw`(?:all|most|much|half|the\s+bulk|the\s+majority|a\s+third|two[\s-]thirds|three[\s-]quarters|a\s+quarter|\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent))`

/** Regular expressions of the share rules, built once. */
const SHARE_PATTERNS = {
  /** Right after "imports": the share of its own supply ("100% of its gallium"). */
  ownShare: new RegExp(String.raw`^\s+${SHARE}\s+of\s+(?:its|their)\s`, 'iu'),
  /** Where the supplier is named: "from", ", much of it from". */
  from: /(?<![\p{L}])from\s+(?:the\s+)?$/iu,
  /** Right after "supplies": a share of another country's needs ("90% of Japan's"). */
  otherShare: new RegExp(String.raw`^\s+${SHARE}\s+of\s+(?:the\s+)?$`, 'iu'),
  possessive: /^['’]s?(?![\p{L}])/u,
} as const

/** Rules whose dependent imports a share of its supply from the state after "from". */
const SHARE_FROM_RULES = new Set(['dependency.share-from'])
/** Rules whose subject supplies a share of another state's needs. */
const SUPPLIES_RULES = new Set(['dependency.supplies-share'])
/** Between two states of one list: ", ", " and ", ", or ". */
const LIST_JOINER = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?$/iu
/** How far after the trigger "from <country>" may come, in characters. */
const FROM_REACH = 90

/** The state after "from" in "imports 100% of its gallium, much of it from China". */
function supplierAfter(view: ArticleView, at: number, end: number): Mention | undefined {
  return view
    .mentionsIn(at, Math.min(end, at + FROM_REACH), ['country'])
    .find((m) => SHARE_PATTERNS.from.test(view.text.slice(Math.max(at, m.start - 20), m.start)))
}

/** The dependent and the state depended on for one trigger, or none. */
function partiesOf(view: ArticleView, hit: Hit): { dependent: string[]; on: Mention } | undefined {
  const s = hit.sentence
  const before = view.mentionsIn(s.start, hit.start, ['country', 'organization', 'place'])
  const subject = nearestBefore(before, hit.start)
  const subjects = idsOf(subject.filter((m) => m.type === 'country'))
  if (SHARE_FROM_RULES.has(hit.rule.id)) {
    if (!SHARE_PATTERNS.ownShare.test(view.text.slice(hit.end, s.end))) return undefined
    const on = supplierAfter(view, hit.end, s.end)
    if (subjects.length === 0 || !on || subjects.includes(on.id)) return undefined
    return { dependent: subjects, on }
  }
  if (SUPPLIES_RULES.has(hit.rule.id)) {
    const buyer = view
      .mentionsIn(hit.end, s.end, ['country'])
      .find(
        (m) =>
          SHARE_PATTERNS.otherShare.test(view.text.slice(hit.end, m.start)) &&
          SHARE_PATTERNS.possessive.test(view.text.slice(m.end, m.end + 3)),
      )
    if (subjects.length !== 1 || !buyer || subjects.includes(buyer.id)) return undefined
    return { dependent: [buyer.id], on: subject.find((m) => m.type === 'country') as Mention }
  }
  const on = view.mentionsIn(hit.end, s.end, ['country']).find((m) => !subjects.includes(m.id))
  if (subjects.length === 0 || !on) return undefined
  return { dependent: subjects, on }
}

/** The state depended on and any listed with it: "from Russia and Kazakhstan" is a dependency
 *  on each (`on` holds one country). */
function listedWith(view: ArticleView, first: Mention, end: number, dependent: string[]): string[] {
  const list = [first]
  for (const next of view.mentionsIn(first.end, end, ['country'])) {
    const last = list.at(-1) as Mention
    if (next.start === last.start) continue
    if (!LIST_JOINER.test(view.text.slice(last.end, next.start))) break
    list.push(next)
  }
  return idsOf(list).filter((id) => !dependent.includes(id))
}

/** Dependencies: the state(s) right before the trigger depend on the first state after it.
 *  A non-state dependent (the EU, "Europe") gives no fact (CONVENTIONS.md). */
export const buildDependencies: Builder = (hits, view) => {
  const drafts: Draft[] = []
  for (const hit of hits) {
    if (hit.isNegated) continue
    const s = hit.sentence
    const parties = partiesOf(view, hit)
    if (!parties) continue
    const { dependent } = parties
    const near = view.text.slice(hit.end, Math.min(s.end, hit.end + DOMAIN_NEAR_CHARS))
    const domain = domainOf(near, view.text.slice(s.start, s.end))
    const suppliers = SUPPLIES_RULES.has(hit.rule.id)
      ? [parties.on.id]
      : listedWith(view, parties.on, s.end, dependent)
    for (const on of suppliers) {
      const body: Omit<Dependency, 'evidence' | 'confidence' | 'rule'> = {
        type: 'dependency',
        dependent,
        on,
        ...(domain ? { domain } : {}),
      }
      drafts.push(draftOf(body, hit, view))
    }
  }
  return drafts
}
