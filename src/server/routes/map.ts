import type { Hono } from 'hono'
import {
  entityIdsOf,
  MapPage,
  prepareMaps,
  moneyOf,
  type MapCountryRow,
  type MapMeasure,
  type MapPlaceRow,
  type MapView,
} from '../../web/index.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'
import { entityLabels } from '../labels.js'
import { placesOnMap, referenceData } from '../map-data.js'
import { oneOf } from '../params.js'

const MEASURES: readonly MapMeasure[] = ['facts', 'money']
const VIEWS: readonly MapView[] = ['region', 'world']

/** `/map`: countries shaded by the facts (or the US dollars) that name them, and places as pins. */
export function registerMap(app: Hono, ctx: RouteContext): void {
  prepareMaps()
  app.get('/map', async (c) => {
    const measure = oneOf('measure', c.req.query('measure'), MEASURES) ?? 'facts'
    const view = oneOf('view', c.req.query('view'), VIEWS) ?? 'region'
    const [chrome, facts, storedPlaces] = await Promise.all([
      loadChrome(ctx),
      ctx.store.facts.list(),
      ctx.store.entities.list({ type: 'place' }),
    ])

    const tallies = new Map<string, { facts: number; moneyUsd: number; otherCurrencies: number }>()
    const placeFacts = new Map<string, number>()
    const unconverted = { facts: 0, currencies: new Set<string>() }
    for (const fact of facts) {
      const money = moneyOf(fact)
      if (
        money &&
        money.currency !== 'USD' &&
        entityIdsOf(fact).some((id) => id.startsWith('country:'))
      ) {
        unconverted.facts++
        unconverted.currencies.add(money.currency)
      }
      for (const id of entityIdsOf(fact)) {
        if (id.startsWith('place:')) placeFacts.set(id, (placeFacts.get(id) ?? 0) + 1)
        if (!id.startsWith('country:')) continue
        const tally = tallies.get(id) ?? { facts: 0, moneyUsd: 0, otherCurrencies: 0 }
        tally.facts++
        if (money?.currency === 'USD') tally.moneyUsd += money.value
        else if (money) tally.otherCurrencies++
        tallies.set(id, tally)
      }
    }

    const places = placesOnMap(storedPlaces, referenceData()).map((place) => ({
      ...place,
      facts: placeFacts.get(place.id) ?? 0,
    }))
    const nameOf = await entityLabels(ctx.store, [
      ...tallies.keys(),
      ...places.flatMap((place) => (place.countryCode ? [`country:${place.countryCode}`] : [])),
    ])

    const countries: MapCountryRow[] = [...tallies].map(([id, tally]) => ({
      code: id.slice('country:'.length),
      name: nameOf(id).name,
      ...tally,
    }))
    const placeRows: MapPlaceRow[] = places
      .map(({ countryCode, ...place }) => ({
        ...place,
        countryName: countryCode ? nameOf(`country:${countryCode}`).name : undefined,
      }))
      .sort((a, b) => b.facts - a.facts || a.name.localeCompare(b.name))

    const body = MapPage({
      measure,
      view,
      countries,
      places: placeRows,
      unconverted: { facts: unconverted.facts, currencies: [...unconverted.currencies].sort() },
    })
    return renderPage(
      c,
      chrome,
      {
        title: 'Map',
        description:
          'Where the news about resource diplomacy happens: countries and places on a map.',
      },
      body,
    )
  })
}
