import type { Hono } from 'hono'
import {
  entityIdsOf,
  FACT_TYPE_LABELS,
  isEntityId,
  TimelinePage,
  type ShownFact,
  type TimelineEntityOption,
} from '../../web/index.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'
import { entityLabels } from '../labels.js'
import { BadRequest, dateBound, oneOf } from '../params.js'

const FACT_TYPES = Object.keys(FACT_TYPE_LABELS) as Array<ShownFact['type']>

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

    const [chrome, matching, everyDated] = await Promise.all([
      loadChrome(ctx),
      ctx.store.facts.list({
        type,
        entityIds: entity ? [entity] : undefined,
        since,
        until,
        order: 'when-asc',
      }),
      ctx.store.facts.list({ order: 'when-asc' }),
    ])
    const dated = matching.filter(hasWhen)
    // Without a date range, the facts with no date are still part of the answer: count them.
    const undated = since || until ? 0 : matching.length - dated.length
    const optionIds = new Set(everyDated.filter(hasWhen).flatMap(entityIdsOf))
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

function hasWhen(fact: ShownFact): boolean {
  return 'when' in fact && typeof fact.when === 'string' && fact.when !== ''
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
