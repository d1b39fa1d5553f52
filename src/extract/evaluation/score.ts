import type { GoldArticle, GoldEntity, GoldFact, Prediction } from './gold.js'

/**
 * Scores predictions against gold labels exactly as the project's reference scorer
 * (`shared/tools/score-facts.mjs`, described in the contract's "How a prediction is scored")
 * does, so `lodestone eval` prints the same numbers on the same input. Pure.
 */

type PredictedEntity = Prediction['entities'][number]
type PredictedFact = Prediction['facts'][number]
type Values = Readonly<Record<string, unknown>>

/** Words dropped from names before comparing: company suffixes and "the". */
const NAME_SUFFIXES = new Set(
  'llc jsc inc ltd plc corp corporation co llp ag sa pjsc ojsc cjsc the'.split(' '),
)
/** Roles whose values are keywords compared as words, not entities. */
const KEYWORD_ROLES = new Set(['when', 'status', 'kind', 'action', 'domain', 'qualifier'])
const KEYWORD_INSTRUMENTS = new Set(['equity', 'loan', 'letter-of-interest', 'grant', 'financing'])
/** Fields that are not roles. */
const META_FIELDS = new Set(['type', 'evidence', 'confidence', 'id', 'note', 'notes'])

const PATTERNS = {
  diacritics: /[\u0300-\u036f]/g,
  apostrophes: /[’'`]/g,
  nonWord: /[^\p{L}\p{N}+]+/gu,
  space: /\s+/,
  anyId: /^(country|mineral|person|organization|place|initiative):/,
  strongId: /^(country|mineral):/,
  idPrefix: /^[a-z]+:/,
} as const

type Agreement = Record<string, boolean>
type Has = Record<string, boolean>

/** When a predicted and a gold fact of one type are the same fact: their core roles agree. */
const CORE: Record<string, (ok: Agreement, has: Has) => boolean> = {
  visit: (ok, has) => Boolean(ok['destinations'] && (ok['traveler'] || !has['traveler'])),
  meeting: (ok, has) =>
    Boolean(ok['participants'] || (ok['location'] && (ok['when'] || !has['when']))),
  agreement: (ok, has) => Boolean(ok['parties'] || (!has['parties'] && ok['subjects'])),
  investment: (ok, has) =>
    Boolean(
      (ok['investor'] || ok['recipient'] || ok['recipient_country'] || ok['site']) &&
      (ok['minerals'] || ok['amount'] || (!has['minerals'] && !has['amount'])),
    ),
  legislation: (ok, has) => Boolean(ok['instrument'] || (!has['instrument'] && ok['sponsor'])),
  statement: (ok) => Boolean(ok['speaker'] && ok['quote']),
  dependency: (ok) => Boolean(ok['dependent'] && ok['on']),
  resource: (ok, has) => Boolean(ok['mineral'] && (ok['holder'] || !has['holder'])),
}
const CORE_ROLES: Record<string, string[]> = {
  visit: ['traveler', 'destinations'],
  meeting: ['participants', 'location'],
  agreement: ['parties', 'subjects'],
  investment: ['investor', 'recipient', 'recipient_country', 'site'],
  legislation: ['instrument', 'sponsor'],
  statement: ['speaker', 'quote'],
  dependency: ['dependent', 'on'],
  resource: ['mineral', 'holder'],
}

/** Lower case, no accents, apostrophes or punctuation, no company suffixes. */
export function normalizeName(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKD')
    .replace(PATTERNS.diacritics, '')
    .toLowerCase()
    .replace(PATTERNS.apostrophes, '')
    .replace(PATTERNS.nonWord, ' ')
    .trim()
    .split(PATTERNS.space)
    .filter((word) => word && !NAME_SUFFIXES.has(word))
    .join(' ')
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && PATTERNS.anyId.test(value)
const isStrongId = (value: unknown): value is string =>
  typeof value === 'string' && PATTERNS.strongId.test(value)
const isRecord = (value: unknown): value is Values =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

interface RoleContext {
  role: string
  entityIndex: ReadonlyMap<string, PredictedEntity>
  goldEntities: readonly GoldEntity[]
}

/** What a predicted value can be called: its id, name, aliases and mention texts. */
function predictedNames(
  raw: unknown,
  entityIndex: ReadonlyMap<string, PredictedEntity>,
): { id: string | undefined; names: Set<string> } {
  const value = isRecord(raw) ? (raw['id'] ?? raw['name']) : raw
  const names = new Set<string>()
  if (typeof value !== 'string') return { id: undefined, names }
  const entity = entityIndex.get(value)
  if (entity) {
    names.add(normalizeName(entity.name))
    for (const alias of entity.aliases ?? []) names.add(normalizeName(alias))
    for (const mention of entity.mentions ?? []) names.add(normalizeName(mention.text))
    return { id: entity.id, names }
  }
  names.add(normalizeName(value.replace(PATTERNS.idPrefix, '').replace(/-/g, ' ')))
  return { id: isId(value) ? value : undefined, names }
}

function goldNames(value: unknown, goldEntities: readonly GoldEntity[]): Set<string> {
  const names = new Set([normalizeName(value)])
  for (const entity of goldEntities) {
    if (entity.name && normalizeName(entity.name) === normalizeName(value))
      for (const alias of entity.aliases ?? []) names.add(normalizeName(alias))
  }
  return names
}

function valueMatches(gold: unknown, predicted: unknown, context: RoleContext): boolean {
  if (gold === undefined || predicted === undefined || predicted === null) return false
  if (typeof gold === 'number')
    return (
      typeof predicted === 'number' &&
      Math.abs(gold - predicted) <= Math.max(0.5, Math.abs(gold) * 0.01)
    )
  if (isRecord(gold) && 'value' in gold) {
    if (!isRecord(predicted) || typeof predicted['value'] !== 'number') return false
    const goldValue = Number(gold['value'])
    const isClose = Math.abs(goldValue - predicted['value']) <= Math.abs(goldValue) * 0.01
    const isSameUnit =
      gold['currency'] !== undefined
        ? normalizeName(gold['currency']) === normalizeName(predicted['currency'])
        : gold['unit'] === undefined ||
          normalizeName(gold['unit']) === normalizeName(predicted['unit'])
    return isClose && isSameUnit
  }
  if (context.role === 'quote') return quotesOverlap(gold, predicted)
  if (isStrongId(gold)) {
    const names = predictedNames(predicted, context.entityIndex)
    return names.id === gold || predicted === gold
  }
  if (KEYWORD_ROLES.has(context.role))
    return (
      normalizeName(gold) ===
      normalizeName(
        typeof predicted === 'string'
          ? predicted
          : isRecord(predicted)
            ? predicted['name']
            : undefined,
      )
    )
  const wanted = goldNames(gold, context.goldEntities)
  for (const name of predictedNames(predicted, context.entityIndex).names)
    if (name && wanted.has(name)) return true
  return false
}

/** Quotes agree when 60 % of the shorter one's distinct words occur in the other. */
function quotesOverlap(a: unknown, b: unknown): boolean {
  const wordsA = new Set(normalizeName(a).split(' ').filter(Boolean))
  const wordsB = new Set(normalizeName(b).split(' ').filter(Boolean))
  if (wordsA.size === 0 || wordsB.size === 0) return false
  let shared = 0
  for (const word of wordsA) if (wordsB.has(word)) shared++
  return shared / Math.min(wordsA.size, wordsB.size) >= 0.6
}

interface RoleAgreement {
  agree: Agreement
  goldCount: number
  agreeCount: number
}

function roleAgreement(
  gold: Values,
  predicted: Values,
  context: Omit<RoleContext, 'role'>,
): RoleAgreement {
  const agree: Agreement = {}
  let goldCount = 0
  let agreeCount = 0
  for (const [role, goldValue] of Object.entries(gold)) {
    if (META_FIELDS.has(role) || goldValue === undefined || goldValue === null) continue
    const predictedValue = predicted[role]
    const roleContext = { ...context, role }
    if (Array.isArray(goldValue)) {
      const list: unknown[] = Array.isArray(predictedValue)
        ? predictedValue
        : predictedValue === undefined
          ? []
          : [predictedValue]
      let hits = 0
      for (const item of goldValue)
        if (list.some((candidate) => valueMatches(item, candidate, roleContext))) hits++
      goldCount += goldValue.length
      agreeCount += hits
      agree[role] = hits > 0
    } else if (
      role === 'instrument' &&
      !isId(goldValue) &&
      KEYWORD_INSTRUMENTS.has(String(goldValue))
    ) {
      goldCount++
      const isSame = normalizeName(goldValue) === normalizeName(predictedValue)
      agreeCount += isSame ? 1 : 0
      agree[role] = isSame
    } else {
      goldCount++
      const isSame = Array.isArray(predictedValue)
        ? predictedValue.some((candidate) => valueMatches(goldValue, candidate, roleContext))
        : valueMatches(goldValue, predictedValue, roleContext)
      agreeCount += isSame ? 1 : 0
      agree[role] = isSame
    }
  }
  return { agree, goldCount, agreeCount }
}

function countRoles(fact: Values): number {
  let count = 0
  for (const [role, value] of Object.entries(fact)) {
    if (META_FIELDS.has(role) || value === undefined || value === null) continue
    count += Array.isArray(value) ? value.length : 1
  }
  return count
}

export interface EntityScore {
  tp: number
  gold: number
  pred: number
  missed: string[]
  spurious: string[]
}

function scoreEntities(
  gold: readonly GoldEntity[],
  predicted: readonly PredictedEntity[],
): EntityScore {
  const used = new Set<number>()
  let tp = 0
  const missed: string[] = []
  for (const entity of gold) {
    const names = new Set([
      normalizeName(entity.name),
      ...(entity.aliases ?? []).map(normalizeName),
    ])
    const hit = predicted.findIndex((candidate, index) => {
      if (used.has(index) || candidate.type !== entity.type) return false
      if (entity.id && isStrongId(entity.id)) return candidate.id === entity.id
      const candidateNames = [
        candidate.name,
        ...(candidate.aliases ?? []),
        ...(candidate.mentions ?? []).map((mention) => mention.text),
      ].map(normalizeName)
      return candidateNames.some((name) => name && names.has(name))
    })
    if (hit >= 0) {
      used.add(hit)
      tp++
    } else missed.push(entity.id ?? entity.name ?? '(unnamed)')
  }
  const spurious = predicted
    .filter((_, index) => !used.has(index))
    .map((entity) => entity.id ?? entity.name)
  return { tp, gold: gold.length, pred: predicted.length, missed, spurious }
}

interface TypeTally {
  gold: number
  pred: number
  tp: number
}

export interface FactScore {
  tp: number
  gold: number
  pred: number
  goldRoles: number
  predRoles: number
  agreeRoles: number
  missed: GoldFact[]
  spurious: PredictedFact[]
  byType: Record<string, TypeTally>
}

function scoreFacts(
  gold: readonly GoldFact[],
  predicted: readonly PredictedFact[],
  context: Omit<RoleContext, 'role'>,
): FactScore {
  const pairs: Array<{ goldIndex: number; predIndex: number } & RoleAgreement> = []
  gold.forEach((goldFact, goldIndex) =>
    predicted.forEach((predFact, predIndex) => {
      if (goldFact.type !== predFact.type) return
      const agreement = roleAgreement(goldFact, predFact as Values, context)
      const has: Has = Object.fromEntries(Object.keys(goldFact).map((key) => [key, true]))
      // A gold fact with none of its type's core roles (a forum with only a date) matches on all of its roles.
      const isBare = !(CORE_ROLES[goldFact.type] ?? []).some((role) => has[role])
      const agreed = Object.values(agreement.agree)
      const isMatch = isBare
        ? agreed.length > 0 && agreed.every(Boolean)
        : (CORE[goldFact.type]?.(agreement.agree, has) ?? false)
      if (isMatch) pairs.push({ goldIndex, predIndex, ...agreement })
    }),
  )
  // Stable sort, highest agreement first; then greedy pairing, as the reference scorer does.
  pairs.sort((a, b) => b.agreeCount - a.agreeCount)
  const goldUsed = new Set<number>()
  const predUsed = new Set<number>()
  const matches: typeof pairs = []
  for (const pair of pairs) {
    if (goldUsed.has(pair.goldIndex) || predUsed.has(pair.predIndex)) continue
    goldUsed.add(pair.goldIndex)
    predUsed.add(pair.predIndex)
    matches.push(pair)
  }
  const byType: Record<string, TypeTally> = {}
  const bump = (type: string, key: keyof TypeTally): void => {
    const tally = (byType[type] ??= { gold: 0, pred: 0, tp: 0 })
    tally[key]++
  }
  gold.forEach((fact) => bump(fact.type, 'gold'))
  predicted.forEach((fact) => bump(fact.type, 'pred'))
  matches.forEach((match) => bump(gold[match.goldIndex]?.type ?? '', 'tp'))
  return {
    tp: matches.length,
    gold: gold.length,
    pred: predicted.length,
    goldRoles: gold.reduce((sum, fact) => sum + countRoles(fact), 0),
    predRoles: predicted.reduce((sum, fact) => sum + countRoles(fact as Values), 0),
    agreeRoles: matches.reduce((sum, match) => sum + match.agreeCount, 0),
    missed: gold.filter((_, index) => !goldUsed.has(index)),
    spurious: predicted.filter((_, index) => !predUsed.has(index)),
    byType,
  }
}

export interface Scores {
  precision: number
  recall: number
  f1: number
}
export interface CountedScores extends Scores {
  tp: number
  gold: number
  pred: number
}

export interface ArticleEvaluation {
  id: string
  /** Why there was no usable prediction ("no prediction", an unreadable file). */
  error?: string
  entities: EntityScore
  facts: FactScore
  /** Facts whose every evidence span is exactly the text at its offsets. */
  groundedFacts: number
}

export interface EvaluationSummary {
  articles: number
  entities: CountedScores
  facts: CountedScores
  roles: Scores
  /** The share of predicted facts whose every evidence span is exactly its text. */
  grounded: number
  byType: Record<string, CountedScores>
}

const EMPTY_PREDICTION: Prediction = { article: { text: '' }, entities: [], facts: [] }

/** Scores one article's prediction (null: nothing predicted, with the reason). */
export function scoreArticle(
  gold: GoldArticle,
  prediction: Prediction | null,
  error?: string,
): ArticleEvaluation {
  const predicted = prediction ?? EMPTY_PREDICTION
  const entityIndex = new Map(predicted.entities.map((entity) => [entity.id, entity]))
  const text = predicted.article.text
  const groundedFacts = predicted.facts.filter((fact) => {
    const evidence = fact.evidence ?? []
    return (
      evidence.length > 0 &&
      evidence.every(
        (span) => text.slice(span.start, span.end) === span.text && span.text.length > 0,
      )
    )
  }).length
  return {
    id: gold.id,
    ...(error === undefined ? {} : { error }),
    entities: scoreEntities(gold.entities, predicted.entities),
    facts: scoreFacts(gold.facts, predicted.facts, { entityIndex, goldEntities: gold.entities }),
    groundedFacts,
  }
}

function prf(tp: number, predicted: number, gold: number): Scores {
  const precision = predicted ? tp / predicted : gold ? 0 : 1
  const recall = gold ? tp / gold : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  const round = (value: number): number => Number(value.toFixed(3))
  return { precision: round(precision), recall: round(recall), f1: round(f1) }
}

/** Totals over articles, rounded to three decimals as the reference scorer prints them. */
export function summarize(articles: readonly ArticleEvaluation[]): EvaluationSummary {
  const sum = (pick: (article: ArticleEvaluation) => number): number =>
    articles.reduce((total, article) => total + pick(article), 0)
  const entity = {
    tp: sum((a) => a.entities.tp),
    gold: sum((a) => a.entities.gold),
    pred: sum((a) => a.entities.pred),
  }
  const fact = {
    tp: sum((a) => a.facts.tp),
    gold: sum((a) => a.facts.gold),
    pred: sum((a) => a.facts.pred),
  }
  const byType: Record<string, TypeTally> = {}
  for (const article of articles)
    for (const [type, tally] of Object.entries(article.facts.byType)) {
      const total = (byType[type] ??= { gold: 0, pred: 0, tp: 0 })
      total.gold += tally.gold
      total.pred += tally.pred
      total.tp += tally.tp
    }
  const predictedFacts = sum((a) => a.facts.pred)
  return {
    articles: articles.length,
    entities: { ...prf(entity.tp, entity.pred, entity.gold), ...entity },
    facts: { ...prf(fact.tp, fact.pred, fact.gold), ...fact },
    roles: prf(
      sum((a) => a.facts.agreeRoles),
      sum((a) => a.facts.predRoles),
      sum((a) => a.facts.goldRoles),
    ),
    grounded: predictedFacts
      ? Number((sum((a) => a.groundedFacts) / predictedFacts).toFixed(3))
      : 1,
    byType: Object.fromEntries(
      Object.entries(byType).map(([type, tally]) => [
        type,
        { ...prf(tally.tp, tally.pred, tally.gold), ...tally },
      ]),
    ),
  }
}
