import type { Hono } from 'hono'
import { TimelinePage, type TimelineEntityOption } from '../../web/index.js'
import { entityIdsOf, FACT_TYPE_LABELS, isEntityId, type ShownFact } from '../../model/index.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'
import { entityLabels } from '../labels.js'
import { cachedEntityCounts } from '../store-cache.js'
import { BadRequest, dateBound, oneOf } from '../params.js'

const FACT_TYPES = Object.keys(FACT_TYPE_LABELS) as Array<ShownFact['type']>
/** Marks on the chart (and items in the list): the newest of the range, past which a page stops being readable. */
const TIMELINE_MARKS = 400
const OPTIONS_PER_KIND = 60

const GROUPS: Record<string, string> = {
  country: 'Countries',
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  mineral: 'Minerals',
  initiative: 'Initiatives',
}

/** `/timeline`: dated facts on a time axis, with the same facts as a list below. */
export function registerTimeline(app: Hono, ctx: RouteContext): void {
  app.get('/timeline', async (c) => {
    const type = oneOf('type', c.req.query('type'), FACT_TYPES)
    const entity = entityParam(c.req.query('entity'), c.req.query('country'))
    const since = dateBound('since', c.req.query('since'))
    const until = dateBound('until', c.req.query('until'))
    if (since && until && since.slice(0, until.length) > until)
      throw new BadRequest('until', `the range ends (${until}) before it starts (${since})`)

    const filter = { type, entityIds: entity ? [entity] : undefined, since, until }
    const [chrome, facts, datedTotal, matchingTotal, entityCounts] = await Promise.all([
      loadChrome(ctx),
      // The newest, drawn oldest first; the month strip shows the shape of the rest.
      ctx.store.facts.list({ ...filter, dated: true, order: 'when-desc', limit: TIMELINE_MARKS }),
      ctx.store.facts.count({ ...filter, dated: true }),
      since || until ? Promise.resolve(0) : ctx.store.facts.count(filter),
      cachedEntityCounts(ctx.store, ctx.cache),
    ])
    const dated = facts.reverse()
    const months =
      datedTotal > dated.length ? await ctx.store.facts.countByPeriod(filter, 'month') : []
    // Without a date range, the facts with no date are still part of the answer: count them.
    const undated = since || until ? 0 : matchingTotal - datedTotal
    const optionIds = new Set(entityChoices(entityCounts))
    if (entity) optionIds.add(entity)
    const nameOf = await entityLabels(ctx.store, [...optionIds, ...dated.flatMap(entityIdsOf)])
    const entityOptions: TimelineEntityOption[] = [...optionIds]
      .map((id) => ({
        id,
        name: nameOf(id).name,
        group: GROUPS[id.slice(0, id.indexOf(':'))] ?? 'Other',
      }))
      .sort(
        (a, b) =>
          Object.values(GROUPS).indexOf(a.group) - Object.values(GROUPS).indexOf(b.group) ||
          a.name.localeCompare(b.name),
      )

    const body = TimelinePage({
      facts: dated,
      total: datedTotal,
      months,
      nameOf,
      filters: { type, entity, since, until },
      entityOptions,
      undated,
    })
    return renderPage(
      c,
      chrome,
      {
        title: 'Timeline',
        description: 'Visits, meetings, agreements and investments from the news, on a time axis.',
        noindex: Boolean(type || entity || since || until),
      },
      body,
    )
  })
}

/**
 * The entities worth a place in the "Naming" list: those some fact names, the most named of
 * each kind when there are many (a list of thousands helps no one; the facts explorer and the
 * dossiers reach the rest).
 */
function entityChoices(counts: ReadonlyArray<{ entityId: string; facts: number }>): string[] {
  const named = counts.filter((row) => row.facts > 0).sort((a, b) => b.facts - a.facts)
  const taken = new Map<string, number>()
  return named.flatMap(({ entityId }) => {
    const kind = entityId.slice(0, entityId.indexOf(':'))
    const count = taken.get(kind) ?? 0
    if (count >= OPTIONS_PER_KIND) return []
    taken.set(kind, count + 1)
    return [entityId]
  })
}

/** `?entity=country:KZ`, or the shorthand `?country=KZ`. */
function entityParam(entity: string | undefined, country: string | undefined): string | undefined {
  if (entity) {
    if (!isEntityId(entity) || entity.length > 200)
      throw new BadRequest(
        'entity',
        `expected an entity id such as country:KZ, got "${entity.slice(0, 40)}"`,
      )
    return entity
  }
  if (country) {
    if (!/^[A-Za-z]{2}$/.test(country))
      throw new BadRequest(
        'country',
        `expected a two-letter country code such as KZ, got "${country.slice(0, 40)}"`,
      )
    return `country:${country.toUpperCase()}`
  }
  return undefined
}
