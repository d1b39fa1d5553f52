import type { Hono } from 'hono'
import { holdingsOf } from '../../reference/index.js'
import type { FactFilter, StoredEntity } from '../../store/index.js'
import {
  ENTITY_TYPES,
  EntitiesPage,
  EntityPage,
  dossierCharts,
  shownFactIds,
  type DossierType,
  type ReferenceNotes,
} from '../../web/index.js'
import { type NameOf, type ShownFact } from '../../model/index.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'
import { cachedEntityLabels } from '../labels.js'
import { placesOnMap, referenceData } from '../map-data.js'
import { oneOf, pageNumber } from '../params.js'
import { cachedCatalogue, cachedEntityCounts } from '../store-cache.js'
import { notFound } from './errors.js'

const INDEX_PAGE_SIZE = 50
const DOSSIER_ARTICLES = 20
const ENTITY_ID =
  /^(country|person|organization|place|mineral|initiative):[A-Za-z0-9][A-Za-z0-9.+-]*$/

/** The entity index (`/entities`) and each entity's dossier (`/entities/<type>:<slug>`). */
export function registerEntities(app: Hono, ctx: RouteContext): void {
  app.get('/entities', async (c) => {
    const type = oneOf('type', c.req.query('type'), ENTITY_TYPES)
    const query = (c.req.query('q') ?? '').trim().slice(0, 100)
    const page = pageNumber(c.req.query('page'))
    const [chrome, listed, counts] = await Promise.all([
      loadChrome(ctx),
      cachedCatalogue(ctx.store, ctx.cache, {
        ...(type ? { type } : {}),
        ...(query ? { nameContains: query } : {}),
        limit: INDEX_PAGE_SIZE,
        offset: (page - 1) * INDEX_PAGE_SIZE,
      }),
      cachedEntityCounts(ctx.store, ctx.cache),
    ])
    const typeCounts = Object.fromEntries(ENTITY_TYPES.map((each) => [each, 0])) as Record<
      DossierType,
      number
    >
    for (const { entityId } of counts) {
      const prefix = entityId.slice(0, entityId.indexOf(':')) as DossierType
      if (prefix in typeCounts) typeCounts[prefix] += 1
    }
    const href = (n: number) => {
      const params = new URLSearchParams()
      if (type) params.set('type', type)
      if (query) params.set('q', query)
      if (n > 1) params.set('page', String(n))
      const search = params.toString()
      return search ? `/entities?${search}` : '/entities'
    }
    const body = EntitiesPage({
      rows: listed.items,
      total: listed.total,
      page,
      pageSize: INDEX_PAGE_SIZE,
      type,
      query,
      typeCounts,
      href,
    })
    const pastTheEnd = listed.items.length === 0 && page > 1
    const filtered = type !== undefined || query !== ''
    return renderPage(
      c,
      chrome,
      {
        title: 'Entities',
        description:
          'The countries, people, organisations, places, minerals and initiatives in the news.',
        noindex: filtered || page > 1,
      },
      body,
      pastTheEnd ? 404 : 200,
    )
  })

  app.get('/entities/:id', async (c) => {
    // Hono decodes the segment, so `country%3AKZ` arrives as `country:KZ`.
    const id = c.req.param('id')
    const entity = ENTITY_ID.test(id) ? await ctx.store.entities.get(id) : null
    if (!entity) return notFound(c, ctx, `There is no entity "${id}".`)

    const reference = referenceData()
    const entry = reference?.get(id)
    const storedPlaces =
      entity.type === 'country' ? await ctx.store.entities.list({ type: 'place' }) : []
    const holdings =
      entity.type === 'country' ? holdingsOf(entity.id, storedPlaces, reference) : undefined
    // Pins: a country's places, or the place itself (regions and unknown places have none).
    const places = placesOnMap(
      entity.type === 'place' ? [entity] : storedPlaces.filter((place) => holdings?.has(place.id)),
      reference,
    )
    const factFilter: FactFilter = holdings
      ? { anyEntityIds: [id, ...holdings], order: 'when-desc' }
      : { entityIds: [id], order: 'when-desc' }
    const [chrome, { outlines, factCount, articles }] = await Promise.all([
      loadChrome(ctx),
      // Every fact, without evidence, for the panels' counts, sums and tallies, with the
      // counts and newest articles: kept until the next extraction (a country has thousands).
      ctx.cache.get(`dossier ${id}`, async () => {
        const [withoutEvidence, factCount, articles] = await Promise.all([
          ctx.store.facts.listWithoutEvidence(factFilter),
          ctx.store.facts.count(factFilter),
          ctx.store.articles.list({ mentioning: id, limit: DOSSIER_ARTICLES, offset: 0 }),
        ])
        const outlines: ShownFact[] = withoutEvidence.map((fact) => ({ ...fact, evidence: [] }))
        return { outlines, factCount, articles }
      }),
    ])
    // The evidence of the facts the panels show, and only theirs.
    const shown = shownFactIds({ entity, facts: outlines, holdings })
    const withEvidence = new Map(
      (await ctx.store.facts.list({ ids: [...shown] })).map((fact) => [fact.id, fact]),
    )
    const facts = outlines.map((fact) => withEvidence.get(fact.id) ?? fact)

    const notes: ReferenceNotes | undefined = entry && {
      category: entry.category,
      lat: entry.lat,
      lon: entry.lon,
      within: entry.within,
      minerals: entry.minerals,
      roles: entry.roles,
      launched: entry.launched,
      participants: entry.participants,
      lists: entry.lists,
      symbol: entry.symbol,
      notes: entry.facts,
    }
    const countries = entity.country === undefined ? [] : [entity.country].flat()
    const knownSites =
      entity.type === 'mineral' && reference
        ? await storedIds(
            ctx,
            reference
              .all('place')
              .filter((place) => place.minerals?.includes(id))
              .map((place) => place.id),
          )
        : []
    // Ids from the reference data may name entities no article has mentioned (no dossier yet).
    const fromReference = [
      ...countries.map((code) => `country:${code}`),
      ...(entry?.within ? [entry.within] : []),
      ...(entry?.minerals ?? []),
      ...(entry?.participants ?? []),
      ...(entry?.roles ?? []).flatMap((role) => (role.org ? [role.org] : [])),
    ]
    const sourceIds = [
      ...new Set(
        [...withEvidence.values()].flatMap((fact) =>
          fact.evidence.map((evidence) => evidence.articleId),
        ),
      ),
    ]
    const [labels, stored, sources] = await Promise.all([
      cachedEntityLabels(ctx.store, ctx.cache),
      storedIds(ctx, fromReference),
      ctx.store.articles.summaries(sourceIds),
    ])
    const nameOf: NameOf = (other) => {
      const referenceEntry =
        fromReference.includes(other) && !stored.includes(other) ? reference?.get(other) : undefined
      return referenceEntry ? { name: referenceEntry.name, href: null } : labels(other)
    }

    const charts = dossierCharts({ entity, facts, nameOf, holdings, places })
    const body = EntityPage({
      data: {
        entity: {
          ...entity,
          // The store keeps the aliases seen in articles; the reference data knows more.
          aliases: entity.aliases?.length ? entity.aliases : entry?.aliases?.slice(0, 6),
        },
        counts: { articles: articles.total, facts: factCount },
        facts,
        nameOf,
        sources: new Map(sources.map((summary) => [summary.id, summary])),
        articles,
        reference: notes,
        holdings,
        knownSites,
        moreArticlesHref: `/search?q=${encodeURIComponent(entity.name)}`,
        timeline: charts.timeline,
        map: charts.map,
      },
    })
    return renderPage(c, chrome, { title: entity.name, description: describe(entity) }, body)
  })
}

/** Which of the ids the store knows (has a dossier for). */
async function storedIds(ctx: RouteContext, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)]
  const found = await Promise.all(unique.map((each) => ctx.store.entities.get(each)))
  return unique.filter((_, index) => found[index] !== null)
}

/** A country's places and organisations: their facts are part of its story. */
function describe(entity: StoredEntity): string {
  const role = entity.role ? `, ${entity.role}` : ''
  return `${entity.name}${role}: the facts, deals, meetings and articles that name it.`
}
