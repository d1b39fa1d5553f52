import type { Context, Hono } from 'hono'
import { FACT_TYPES, type EntityType } from '../../model/index.js'
import type { FactFilter, FactOrder, StoredFact } from '../../store/index.js'
import {
  FACT_SORTS,
  FACT_STATUSES,
  FactsPage,
  type FactFilterOption,
  type FactFilters,
  type FactSort,
} from '../../web/index.js'
import { entityIdsOf, factText, moneyOf, type NameOf } from '../../model/index.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'
import { cachedCatalogue } from '../store-cache.js'
import { toCsv } from '../csv.js'
import { countryAndHoldings } from '../holdings.js'
import { entityLabels } from '../labels.js'
import { BadRequest, dateBound, oneOf, pageNumber } from '../params.js'

const PAGE_SIZE = 50
/** Longer than any id the extractor makes; bounds what an address can ask for. */
const MAX_ENTITY_ID_LENGTH = 200
const ENTITY_ID = /^(country|person|organization|place|mineral|initiative):\S+$/
const MAX_ACTOR_NAME_LENGTH = 100
/** The actor list offers the people and organizations most facts name; `who` finds the rest. */
const ACTOR_OPTIONS = 40

const ORDER_OF_SORT: Record<FactSort, FactOrder> = {
  'date-desc': 'when-desc',
  'date-asc': 'when-asc',
  type: 'type',
  confidence: 'confidence',
}

export const CSV_HEADER = [
  'id',
  'type',
  'summary',
  'when',
  'status',
  'confidence',
  'amount_value',
  'amount_currency',
  'amount_qualifier',
  'entities',
  'roles_json',
  'articles',
  'evidence',
  'rule',
] as const

/** `/facts`: the facts explorer, filtered by query parameters; `&format=csv` downloads the view. */
export function registerFacts(app: Hono, ctx: RouteContext): void {
  app.get('/facts', async (c) => {
    // Read before anything can fail, so a spreadsheet's bad address gets a plain-text answer.
    const wantsCsv = c.req.query('format') === 'csv'
    try {
      oneOf('format', c.req.query('format'), ['html', 'csv'] as const)
      const filters = readFilters(c)
      const page = pageNumber(c.req.query('page'))
      return wantsCsv ? await sendCsv(c, ctx, filters) : await sendPage(c, ctx, filters, page)
    } catch (error) {
      if (wantsCsv && error instanceof BadRequest) {
        return c.text(`Bad request: ${error.message}\n`, 400, { 'cache-control': 'no-store' })
      }
      throw error
    }
  })
}

/** Reads and checks the parameters; a value the form could not have sent is a 400 naming it. */
function readFilters(c: Context): FactFilters {
  const filters: FactFilters = {
    type: oneOf('type', c.req.query('type'), FACT_TYPES),
    status: oneOf('status', c.req.query('status'), FACT_STATUSES),
    since: dateBound('since', c.req.query('since')),
    until: dateBound('until', c.req.query('until')),
    sort: oneOf('sort', c.req.query('sort'), FACT_SORTS),
    who: actorName(c.req.query('who')),
    country: entityIds(c, 'country', 'country'),
    mineral: entityIds(c, 'mineral', 'mineral'),
    actor: entityIds(c, 'actor'),
    entity: entityIds(c, 'entity'),
  }
  if (filters.since && filters.until && filters.since > filters.until.padEnd(10, '~')) {
    throw new BadRequest('since', `"${filters.since}" is after until ("${filters.until}")`)
  }
  return filters
}

/** `who`: words of an actor's name; blank is no filter, and a name is short. */
function actorName(value: string | undefined): string | undefined {
  const words = value?.replace(/\s+/g, ' ').trim()
  if (words === undefined || words === '') return undefined
  if (words.length > MAX_ACTOR_NAME_LENGTH) {
    throw new BadRequest('who', `longer than ${MAX_ACTOR_NAME_LENGTH} characters`)
  }
  return words
}

/** Every value of a repeatable entity parameter; empty values (an "Any" option) are ignored. */
function entityIds(c: Context, name: string, type?: EntityType): string[] {
  const values = (c.req.queries(name) ?? []).filter((value) => value !== '')
  for (const value of values) {
    const wellFormed =
      value.length <= MAX_ENTITY_ID_LENGTH &&
      ENTITY_ID.test(value) &&
      (type === undefined || value.startsWith(`${type}:`))
    if (!wellFormed) {
      const example = type === 'mineral' ? 'mineral:tungsten' : 'country:KZ'
      throw new BadRequest(
        name,
        `expected ${type ? `a ${type} id` : 'an entity id'} such as ${example}, got "${value.slice(0, 40)}"`,
      )
    }
  }
  return [...new Set(values)]
}

/** The store's filter for the form's: a country matches facts naming it or its holdings. */
async function toStoreFilter(ctx: RouteContext, filters: FactFilters): Promise<FactFilter> {
  const entityIds = [...new Set([...filters.mineral, ...filters.actor, ...filters.entity])]
  const entityGroups = await Promise.all([
    ...filters.country.map((countryId) => countryAndHoldings(ctx, countryId)),
    ...(filters.who === undefined ? [] : [actorsNamed(ctx, filters.who)]),
  ])
  return {
    ...(entityGroups.length > 0 && { entityGroups }),
    ...(filters.type !== undefined && { type: filters.type }),
    ...(filters.status !== undefined && { status: filters.status }),
    ...(filters.since !== undefined && { since: filters.since }),
    ...(filters.until !== undefined && { until: filters.until }),
    ...(entityIds.length > 0 && { entityIds }),
    order: ORDER_OF_SORT[filters.sort ?? 'date-desc'],
  }
}

async function sendPage(c: Context, ctx: RouteContext, filters: FactFilters, page: number) {
  const storeFilter = await toStoreFilter(ctx, filters)
  const [chrome, facts, total, storeTotal, countries, minerals, actors] = await Promise.all([
    loadChrome(ctx),
    ctx.store.facts.list({ ...storeFilter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    ctx.store.facts.count(storeFilter),
    ctx.store.facts.count(),
    filterOptions(ctx, 'country'),
    filterOptions(ctx, 'mineral'),
    actorOptions(ctx),
  ])
  const filterIds = [...filters.country, ...filters.mineral, ...filters.actor, ...filters.entity]
  const articleIds = [...new Set(facts.flatMap((fact) => fact.evidence.map((e) => e.articleId)))]
  const [nameOf, summaries] = await Promise.all([
    entityLabels(ctx.store, [...filterIds, ...facts.flatMap(entityIdsOf)]),
    ctx.store.articles.summaries(articleIds),
  ])
  const articleTitles = new Map(summaries.map((summary) => [summary.id, summary.title]))
  const body = FactsPage({
    filters,
    options: {
      countries,
      minerals,
      actors,
    },
    rows: facts.map((fact) => ({ fact, articleTitles })),
    nameOf,
    total,
    storeTotal,
    page,
    pageSize: PAGE_SIZE,
  })
  const isPastEnd = facts.length === 0 && page > 1
  // Filtered views and later pages are endless variations of the one worth indexing.
  const isFiltered = new URL(c.req.url).search !== ''
  return renderPage(
    c,
    chrome,
    {
      title: 'Facts',
      description: 'Every fact found in the articles, with its evidence, as a table or CSV.',
      noindex: isFiltered,
    },
    body,
    isPastEnd ? 404 : 200,
  )
}

/** The people and organizations whose name holds the words (no match: a group that matches nothing). */
async function actorsNamed(ctx: RouteContext, words: string): Promise<string[]> {
  const [people, organizations] = await Promise.all(
    (['person', 'organization'] as const).map((type) =>
      ctx.store.entities.list({ type, nameContains: words }),
    ),
  )
  return [...(people ?? []), ...(organizations ?? [])].map((entity) => entity.id)
}

/** The actors most facts name, by name, with how many facts name each. */
async function actorOptions(ctx: RouteContext): Promise<FactFilterOption[]> {
  const [people, organizations] = await Promise.all([
    cachedCatalogue(ctx.store, ctx.cache, { type: 'person' }),
    cachedCatalogue(ctx.store, ctx.cache, { type: 'organization' }),
  ])
  return [...people.items, ...organizations.items]
    .filter((entity) => entity.facts > 0)
    .sort((a, b) => b.facts - a.facts || a.name.localeCompare(b.name))
    .slice(0, ACTOR_OPTIONS)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entity) => ({ value: entity.id, label: `${entity.name} (${entity.facts})` }))
}

/** The entities of a type that some fact names, by name, with how many facts name each. */
async function filterOptions(ctx: RouteContext, type: EntityType): Promise<FactFilterOption[]> {
  const { items } = await cachedCatalogue(ctx.store, ctx.cache, { type })
  return items
    .filter((entity) => entity.facts > 0)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entity) => ({ value: entity.id, label: `${entity.name} (${entity.facts})` }))
}

/** The whole filtered view (no pagination) as a CSV download named for today. */
async function sendCsv(c: Context, ctx: RouteContext, filters: FactFilters) {
  const facts = await ctx.store.facts.list(await toStoreFilter(ctx, filters))
  const nameOf = await entityLabels(ctx.store, facts.flatMap(entityIdsOf))
  const day = ctx.now().toISOString().slice(0, 10)
  return c.body(
    toCsv(
      CSV_HEADER,
      facts.map((fact) => csvRow(fact, nameOf)),
    ),
    200,
    {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="lodestone-facts-${day}.csv"`,
      'cache-control': 'no-store',
    },
  )
}

function csvRow(fact: StoredFact, nameOf: NameOf): Array<string | number | undefined> {
  const money = moneyOf(fact)
  // The roles alone: what the other columns already give (id, evidence, ...) is left out.
  const { id, type, evidence, confidence, rule, ...roles } = fact
  return [
    id,
    type,
    factText(fact, nameOf),
    'when' in fact ? fact.when : undefined,
    'status' in fact ? fact.status : undefined,
    confidence,
    money?.value,
    money?.currency,
    money?.qualifier,
    entityIdsOf(fact).join('; '),
    JSON.stringify(roles),
    [...new Set(evidence.map((piece) => piece.articleId))].join('; '),
    evidence[0]?.text,
    rule,
  ]
}
