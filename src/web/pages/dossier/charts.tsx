/**
 * The charts a dossier embeds: a timeline of its dated facts and a map. The route gathers the
 * places and their coordinates; this decides, per entity type, what each chart shows and
 * whether it is worth showing at all.
 */
import { geoDistance } from 'd3-geo'
import type { Child } from 'hono/jsx'
import { atlas, type AtlasCountry } from '../../charts/atlas.js'
import { datedFacts, TimelineChart } from '../../charts/timeline-chart.js'
import { periodOf } from '../../charts/time-scale.js'
import { focusOf, WorldMap, type MapCountry, type MapPin } from '../../charts/world-map.js'
import { entityIdsOf, type FactRoles, type NameOf, type ShownFact } from '../../../model/index.js'
import { roleOf, type DossierEntity } from './parts.js'

/** A place the reference data gives coordinates for. */
export interface PinnedPlace {
  id: string
  name: string
  lat: number
  lon: number
  /** "deposit", "city"… */
  category?: string | undefined
  /** The one country it lies in, as an alpha-2 code. */
  countryCode?: string | undefined
}

export interface DossierChartInput {
  entity: DossierEntity
  facts: readonly ShownFact[]
  nameOf: NameOf
  /** Countries: the ids of its places and organisations. */
  holdings?: ReadonlySet<string> | undefined
  /** A country's places with coordinates, or a place itself (when it has coordinates). */
  places: readonly PinnedPlace[]
}

export interface DossierCharts {
  timeline?: Child
  map?: Child
}

/** Organisations, minerals and initiatives: one dated fact is a date, not a timeline. */
const LEAST_DATED = 2
/** Marks on a dossier's timeline: its newest facts (the timeline page draws twice as many). */
export const DOSSIER_TIMELINE_MARKS = 200

export function dossierCharts(input: DossierChartInput): DossierCharts {
  const onTimeline = timelineFacts(input.entity, input.facts)
  const timeline =
    onTimeline.length > 0 ? (
      <DossierTimeline
        facts={onTimeline.slice(0, DOSSIER_TIMELINE_MARKS)}
        total={onTimeline.length}
        nameOf={input.nameOf}
        name={input.entity.name}
      />
    ) : undefined
  const map =
    input.entity.type === 'country'
      ? countryMap(input)
      : input.entity.type === 'place'
        ? placeMap(input)
        : undefined
  return { timeline, map }
}

/**
 * The dated facts a dossier's timeline is about, in the order given (newest first from the
 * route; the chart draws the first `DOSSIER_TIMELINE_MARKS`); none for no timeline.
 */
export function timelineFacts<F extends FactRoles>(
  entity: DossierEntity,
  facts: readonly F[],
): F[] {
  const dated = facts.filter(
    (fact) => 'when' in fact && fact.when !== undefined && periodOf(fact.when) !== undefined,
  )
  switch (entity.type) {
    case 'country':
      return dated
    case 'person':
      return dated.filter(
        (fact) =>
          fact.type === 'meeting' ||
          (fact.type === 'visit' && roleOf(fact, 'traveler').includes(entity.id)),
      )
    case 'place':
      return []
    default:
      return dated.length >= LEAST_DATED ? dated : []
  }
}

function DossierTimeline(props: {
  facts: readonly ShownFact[]
  total: number
  nameOf: NameOf
  name: string
}) {
  const spans = datedFacts(props.facts).some((item) => item.period.precision !== 'day')
  return (
    <>
      <p class="panel-note">
        {props.total > props.facts.length
          ? `The ${props.facts.length} newest of ${props.total.toLocaleString('en-US')} dated facts`
          : `${props.facts.length} dated ${props.facts.length === 1 ? 'fact' : 'facts'}`}
        , by type. Each mark links to the article it comes from;{' '}
        {props.total > props.facts.length
          ? 'the panels below list the newest of each kind.'
          : 'the panels below list the same facts.'}
        <span class="narrow-only"> Scroll the chart sideways to see it all.</span>
      </p>
      <div class="chart-scroll">
        <TimelineChart
          facts={props.facts}
          nameOf={props.nameOf}
          label={`Timeline of the dated facts about ${props.name}`}
        />
      </div>
      <p class="chart-key">
        <span>
          <span class="key-dot"></span> dated to the day
        </span>
        {spans && (
          <span>
            <span class="key-bar"></span> dated to the month or year
          </span>
        )}
      </p>
    </>
  )
}

/**
 * A country: itself outlined among the countries its facts name (shaded by how many), with
 * its places as pins. Fitted to the country, so the view is projected once per country and
 * cached; a country too large for a regional fit (Russia, the US) is shown on the world map.
 */
function countryMap(input: DossierChartInput): Child {
  const { entity, facts, nameOf } = input
  const code = entity.id.slice('country:'.length)
  const own = new Set([entity.id, ...(input.holdings ?? [])])
  const counts = new Map<string, number>([[entity.id, 0]])
  const placeFacts = new Map<string, number>()
  for (const fact of facts) {
    const ids = entityIdsOf(fact)
    if (ids.some((id) => own.has(id))) counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1)
    for (const id of ids) {
      if (id.startsWith('country:') && id !== entity.id) counts.set(id, (counts.get(id) ?? 0) + 1)
      else if (id.startsWith('place:')) placeFacts.set(id, (placeFacts.get(id) ?? 0) + 1)
    }
  }
  const countries: MapCountry[] = [...counts].map(([id, count]) => ({
    code: id.slice('country:'.length),
    name: nameOf(id).name,
    // Shaded even without facts, so that the country itself is drawn as a link.
    value: Math.max(count, 1),
    valueText: plural(count, 'fact'),
    href: nameOf(id).href,
  }))
  const pins = input.places.map((place) =>
    pinOf(place, plural(placeFacts.get(place.id) ?? 0, 'fact')),
  )
  const fit = regionFor(code)
  return (
    <WorldMap
      countries={countries}
      view={fit ? 'region' : 'world'}
      focus={fit}
      highlight={code}
      pins={pins}
      label={`Map of ${entity.name}, its places, and the countries its facts name`}
      legendTitle="Facts naming each country"
    />
  )
}

/** A place: its pin, in its country (outlined and linked); none without coordinates. */
function placeMap(input: DossierChartInput): Child {
  const place = input.places.find((each) => each.id === input.entity.id)
  if (!place) return undefined
  const countryId = place.countryCode ? `country:${place.countryCode}` : undefined
  const country = countryId ? input.nameOf(countryId) : undefined
  const countries: MapCountry[] =
    place.countryCode && country
      ? [
          {
            code: place.countryCode,
            name: country.name,
            value: 1,
            valueText: `where ${place.name} lies`,
            href: country.href,
          },
        ]
      : []
  const fit = place.countryCode ? regionFor(place.countryCode) : undefined
  // A place in no one country (a sea) is fitted to the countries around it.
  const focus = fit ?? (place.countryCode ? undefined : nearbyCountries(place))
  return (
    <div class="dossier-locator">
      <WorldMap
        countries={countries}
        view={focus ? 'region' : 'world'}
        focus={focus}
        highlight={place.countryCode}
        pins={[pinOf(place, place.category)]}
        label={`Where ${place.name} is${country ? `, in ${country.name}` : ''}`}
      />
      <p class="locator-key">
        <span class="map-swatch map-swatch-pin" aria-hidden="true"></span> {place.name}
        {country && (
          <>
            {' '}
            in <span class="map-swatch locator-country" aria-hidden="true"></span>{' '}
            {country.href ? <a href={country.href}>{country.name}</a> : country.name}
          </>
        )}
      </p>
    </div>
  )
}

/** The countries to fit a country's regional map to, or none when only the world view fits it. */
function regionFor(code: string): string[] | undefined {
  return focusOf([{ code, value: 1 }]).includes(code) ? [code] : undefined
}

function nearbyCountries(place: PinnedPlace): string[] {
  const point: [number, number] = [place.lon, place.lat]
  const distance = (country: AtlasCountry) => geoDistance(point, country.centroid)
  const nearest = [...atlas('fine')].sort((a, b) => distance(a) - distance(b)).slice(0, 4)
  return focusOf(nearest.map((country) => ({ code: country.code, value: 1 })))
}

function pinOf(place: PinnedPlace, note: string | undefined): MapPin {
  return {
    id: place.id,
    name: place.name,
    lat: place.lat,
    lon: place.lon,
    href: `/entities/${place.id}`,
    ...(note ? { note } : {}),
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
