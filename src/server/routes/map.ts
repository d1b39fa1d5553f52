import type { Hono } from 'hono'
import {
  MapPage,
  prepareMaps,
  type MapCountryRow,
  type MapMeasure,
  type MapPlaceRow,
  type MapView,
} from '../../web/index.js'
import { entityIdsOf, moneyOf } from '../../model/index.js'
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
    const [chrome, tallies, storedPlaces] = await Promise.all([
      loadChrome(ctx),
      ctx.cache.get('map tallies', () => mapTallies(ctx)),
      ctx.store.entities.list({ type: 'place' }),
    ])
    const { countryTallies, placeFacts, unconverted } = tallies

    const places = placesOnMap(storedPlaces, referenceData()).map((place) => ({
      ...place,
      facts: placeFacts.get(place.id) ?? 0,
    }))
    const nameOf = await entityLabels(ctx.store, [
      ...countryTallies.keys(),
      ...places.flatMap((place) => (place.countryCode ? [`country:${place.countryCode}`] : [])),
    ])

    const countries: MapCountryRow[] = [...countryTallies].map(([id, tally]) => ({
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
      unconverted,
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

interface CountryTally {
  facts: number
  moneyUsd: number
  otherCurrencies: number
}

interface MapTallies {
  countryTallies: Map<string, CountryTally>
  placeFacts: Map<string, number>
  unconverted: { facts: number; currencies: string[] }
}

/**
 * Facts per country and place (counted in SQL) and the money of the investments and
 * agreements naming a country (read without evidence): over the whole store, so the route
 * keeps them until the next extraction.
 */
async function mapTallies(ctx: RouteContext): Promise<MapTallies> {
  const [countryCounts, placeCounts] = await Promise.all([
    ctx.store.entities.counts('country'),
    ctx.store.entities.counts('place'),
  ])
  const countryTallies = new Map<string, CountryTally>(
    countryCounts
      .filter((row) => row.facts > 0)
      .map((row) => [row.entityId, { facts: row.facts, moneyUsd: 0, otherCurrencies: 0 }]),
  )
  const placeFacts = new Map(placeCounts.map((row) => [row.entityId, row.facts]))
  const withMoney = await ctx.store.facts.listWithoutEvidence({
    types: ['investment', 'agreement'],
    anyEntityIds: [...countryTallies.keys()],
  })
  let unconvertedFacts = 0
  const currencies = new Set<string>()
  for (const fact of withMoney) {
    const money = moneyOf(fact)
    if (!money) continue
    if (money.currency !== 'USD') {
      unconvertedFacts++
      currencies.add(money.currency)
    }
    for (const id of entityIdsOf(fact)) {
      const tally = countryTallies.get(id)
      if (!tally) continue
      if (money.currency === 'USD') tally.moneyUsd += money.value
      else tally.otherCurrencies++
    }
  }
  return {
    countryTallies,
    placeFacts,
    unconverted: { facts: unconvertedFacts, currencies: [...currencies].sort() },
  }
}
