import type { Context, Hono } from 'hono'
import { EntityType, FACT_TYPES } from '../../model/index.js'
import type { ArticleSearchFilter, EntityWithCounts } from '../../store/index.js'
import {
  SearchPage,
  searchHref,
  type FilterOption,
  type MatchingEntity,
  type SearchFilters,
  type SectionNav,
} from '../../web/index.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'
import { cachedCatalogue } from '../store-cache.js'
import { BadRequest, dateBound, oneOf, pageNumber } from '../params.js'

/** Longer than anyone types; bounds the work one request can ask of the index. */
const MAX_QUERY_LENGTH = 200
/** One letter matches too much to be worth a round trip while typing. */
const MIN_SUGGEST_LENGTH = 2
const SUGGESTIONS_PER_GROUP = 5
const ENTITIES_ON_PAGE = 8
/** Shorter words of a query ("in", "US") would name half the catalogue by prefix. */
const MIN_ENTITY_WORD = 3

/** `/search?q=` (results page with filters) and `/search/suggest?q=` (JSON for the search box). */
export function registerSearch(app: Hono, ctx: RouteContext): void {
  app.get('/search/suggest', async (c) => {
    const query = (c.req.query('q') ?? '').trim()
    if (query.length > MAX_QUERY_LENGTH) {
      return c.json({ error: `q: longer than ${MAX_QUERY_LENGTH} characters` }, 400, {
        'cache-control': 'no-store',
      })
    }
    // `type=person&type=organization`: entities of those types only (the facts explorer's
    // actor field).
    const types = c.req.queries('type') ?? []
    const unknown = types.find((type) => !EntityType.safeParse(type).success)
    if (unknown !== undefined) {
      return c.json(
        {
          error: `type: expected one of ${EntityType.options.join(', ')}, got "${unknown.slice(0, 40)}"`,
        },
        400,
        { 'cache-control': 'no-store' },
      )
    }
    const viewAll = searchHref(query)
    if (query.length < MIN_SUGGEST_LENGTH) {
      return c.json({ query, articles: [], entities: [], total: 0, viewAll }, 200, shortCache)
    }
    const [hits, total, entities] = await Promise.all([
      ctx.store.articles.search(query, { limit: SUGGESTIONS_PER_GROUP, offset: 0 }),
      ctx.store.articles.searchCount(query),
      ctx.store.entities.suggest(
        query,
        SUGGESTIONS_PER_GROUP,
        types.length > 0 ? (types as EntityType[]) : undefined,
      ),
    ])
    return c.json(
      {
        query,
        articles: hits.map(({ summary }) => ({
          id: summary.id,
          title: summary.title,
          published: summary.published,
          href: `/articles/${summary.id}`,
        })),
        entities: entities.map((entity) => ({
          id: entity.id,
          name: entity.name,
          type: entity.type,
          href: `/entities/${entity.id}`,
        })),
        total,
        viewAll,
      },
      200,
      shortCache,
    )
  })

  app.get('/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim()
    if (query.length > MAX_QUERY_LENGTH) {
      throw new BadRequest('q', `the search is longer than ${MAX_QUERY_LENGTH} characters`)
    }
    const page = pageNumber(c.req.query('page'))
    const chrome = await loadChrome(ctx)
    const [countries, minerals] = await Promise.all([
      cachedCatalogue(ctx.store, ctx.cache, { type: 'country' }),
      cachedCatalogue(ctx.store, ctx.cache, { type: 'mineral' }),
    ])
    const filters = readFilters(c, chrome.navigation, countries.items, minerals.items)
    const options = {
      sections: chrome.navigation
        .filter((nav) => nav.articles > 0)
        .map((nav) => ({ value: nav.slug, label: nav.name })),
      countries: entityOptions(countries.items),
      minerals: entityOptions(minerals.items),
    }

    const pageSize = ctx.site.pageSize
    let results: Awaited<ReturnType<typeof ctx.store.articles.search>> = []
    let total = 0
    let entities: MatchingEntity[] = []
    if (query !== '') {
      const storeFilter = toStoreFilter(filters, chrome.navigation)
      ;[results, total, entities] = await Promise.all([
        ctx.store.articles.search(
          query,
          { limit: pageSize, offset: (page - 1) * pageSize },
          storeFilter,
        ),
        ctx.store.articles.searchCount(query, storeFilter),
        page === 1 ? matchingEntities(ctx, query) : Promise.resolve([]),
      ])
    }

    const isPastEnd = query !== '' && page > 1 && results.length === 0
    const body = SearchPage({
      query,
      filters,
      options,
      entities,
      results: results.map((hit) => ({
        article: hit.summary,
        snippet: hit.snippet,
        highlights: hit.highlights,
      })),
      total,
      page,
      pageSize,
    })
    const title = query === '' ? 'Search' : `Search: ${query}`
    return renderPage(c, chrome, { title, query, noindex: true }, body, isPastEnd ? 404 : 200)
  })
}

const shortCache = { 'cache-control': 'public, max-age=30' }

/** Reads and checks the filter parameters; a value the form could not have sent is a 400. */
function readFilters(
  c: Context,
  navigation: readonly SectionNav[],
  countries: readonly EntityWithCounts[],
  minerals: readonly EntityWithCounts[],
): SearchFilters {
  const filters: SearchFilters = {
    since: dateBound('since', c.req.query('since')),
    until: dateBound('until', c.req.query('until')),
    section: oneOf(
      'section',
      c.req.query('section'),
      navigation.map((nav) => nav.slug),
    ),
    country: entityParameter('country', c.req.query('country'), countries),
    mineral: entityParameter('mineral', c.req.query('mineral'), minerals),
    type: oneOf('type', c.req.query('type'), FACT_TYPES),
  }
  if (filters.since && filters.until && filters.since > filters.until.padEnd(10, '~')) {
    throw new BadRequest('since', `"${filters.since}" is after until ("${filters.until}")`)
  }
  return filters
}

function entityParameter(
  type: EntityType,
  raw: string | undefined,
  known: readonly EntityWithCounts[],
): string | undefined {
  if (raw === undefined || raw === '') return undefined
  if (known.some((entity) => entity.id === raw)) return raw
  const example = known[0]?.id ?? `${type}:…`
  throw new BadRequest(
    type,
    `expected a ${type} that occurs in the articles, such as ${example}, got "${raw.slice(0, 40)}"`,
  )
}

/** The entities that occur in some article, by name, with how many articles mention each. */
function entityOptions(entities: readonly EntityWithCounts[]): FilterOption[] {
  return entities
    .filter((entity) => entity.articles > 0)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entity) => ({ value: entity.id, label: `${entity.name} (${entity.articles})` }))
}

function toStoreFilter(
  filters: SearchFilters,
  navigation: readonly SectionNav[],
): ArticleSearchFilter {
  const section = navigation.find((nav) => nav.slug === filters.section)
  const entityIds = [filters.country, filters.mineral].filter(
    (id): id is string => id !== undefined,
  )
  return {
    ...(filters.since !== undefined && { since: filters.since }),
    ...(filters.until !== undefined && { until: filters.until }),
    ...(section !== undefined && { sections: section.rawSections }),
    ...(entityIds.length > 0 && { entityIds }),
    ...(filters.type !== undefined && { factType: filters.type }),
  }
}

/**
 * Entities named by the whole query ("marco rubio") or by one of its words ("kazakhstan
 * tungsten"), most-mentioned first within each; words the query excludes are left out.
 */
async function matchingEntities(ctx: RouteContext, query: string): Promise<MatchingEntity[]> {
  const words = query
    .split(/\s+/)
    .filter((word) => !word.startsWith('-') && !['OR', 'AND', 'NOT'].includes(word))
    .map((word) => word.replace(/^["'(]+|["'),.;:!?]+$/g, ''))
    .filter((word) => [...word].length >= MIN_ENTITY_WORD)
  const prefixes = [...new Set([query.replace(/["()]/g, '').trim(), ...words])].filter(
    (prefix) => prefix !== '',
  )
  const found = await Promise.all(
    prefixes.map((prefix) => ctx.store.entities.suggest(prefix, ENTITIES_ON_PAGE)),
  )
  const byId = new Map<string, MatchingEntity>()
  for (const entity of found.flat()) {
    if (entity.articles === 0 || byId.has(entity.id)) continue
    byId.set(entity.id, { id: entity.id, name: entity.name, type: entity.type })
  }
  return [...byId.values()].slice(0, ENTITIES_ON_PAGE)
}
