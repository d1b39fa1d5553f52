import {
  countriesInView,
  focusOf,
  WorldMap,
  type MapCountry,
  type MapPin,
  type MapView,
} from '../charts/world-map.js'
import { formatAmount } from '../../model/index.js'

export type MapMeasure = 'facts' | 'money'

export interface MapCountryRow {
  code: string
  name: string
  facts: number
  /** The USD amounts of the investments and agreements that name the country, summed. */
  moneyUsd: number
  /** Its facts with amounts in other currencies, which are not converted and not summed. */
  otherCurrencies: number
}

export interface MapPlaceRow {
  id: string
  name: string
  lat: number
  lon: number
  /** "deposit", "city"… */
  category?: string
  countryName?: string
  facts: number
}

export interface MapPageProps {
  measure: MapMeasure
  view: MapView
  countries: readonly MapCountryRow[]
  places: readonly MapPlaceRow[]
  /** The facts naming a country whose amounts are in other currencies, left out of the sums. */
  unconverted: { facts: number; currencies: readonly string[] }
}

export function MapPage(props: MapPageProps) {
  const { measure, view } = props
  const valueOf = (row: MapCountryRow) => (measure === 'money' ? row.moneyUsd : row.facts)
  const shaded: MapCountry[] = props.countries.map((row) => ({
    code: row.code,
    name: row.name,
    value: valueOf(row),
    valueText:
      measure === 'money' ? `USD ${formatAmount(row.moneyUsd)}` : plural(row.facts, 'fact'),
    href: `/entities/country:${row.code}`,
  }))
  const focus = focusOf(shaded)
  const inView = countriesInView(view, focus)
  const outside = shaded.filter((country) => country.value > 0 && !inView.has(country.code))
  const pins: MapPin[] = props.places.map((place) => ({
    id: place.id,
    name: place.name,
    lat: place.lat,
    lon: place.lon,
    href: `/entities/${place.id}`,
    note: [place.category, place.countryName, plural(place.facts, 'fact')]
      .filter(Boolean)
      .join(', '),
  }))
  const rows = [...props.countries].sort(
    (a, b) => valueOf(b) - valueOf(a) || b.facts - a.facts || a.name.localeCompare(b.name),
  )
  const { unconverted } = props
  const hasMoney = props.countries.some((row) => row.moneyUsd > 0)
  const href = (next: { measure?: MapMeasure; view?: MapView }) =>
    mapHref({ measure, view, ...next })

  return (
    <div class="chart-page map-page">
      <header class="page-heading">
        <h1>Map</h1>
        <p class="intro">
          The countries the news names, shaded by{' '}
          {measure === 'money'
            ? 'the US dollars their investments and agreements involve'
            : 'the number of facts that name them'}
          , and the places with known coordinates. Select a country or a pin for its dossier.
        </p>
      </header>
      <nav class="chart-toggles" aria-label="Map options">
        <div class="toggle-group">
          <span class="toggle-label" id="measure-label">
            Shade by
          </span>
          <ul aria-labelledby="measure-label">
            <li>
              <a
                href={href({ measure: 'facts' })}
                aria-current={measure === 'facts' ? 'true' : undefined}
              >
                Facts
              </a>
            </li>
            <li>
              <a
                href={href({ measure: 'money' })}
                aria-current={measure === 'money' ? 'true' : undefined}
              >
                Money (USD)
              </a>
            </li>
          </ul>
        </div>
        <div class="toggle-group">
          <span class="toggle-label" id="view-label">
            Show
          </span>
          <ul aria-labelledby="view-label">
            <li>
              <a
                href={href({ view: 'region' })}
                aria-current={view === 'region' ? 'true' : undefined}
              >
                Region
              </a>
            </li>
            <li>
              <a
                href={href({ view: 'world' })}
                aria-current={view === 'world' ? 'true' : undefined}
              >
                World
              </a>
            </li>
          </ul>
        </div>
      </nav>
      {props.countries.length === 0 && props.places.length === 0 ? (
        <div class="empty-state">
          <p>No facts name a country yet: ingest some articles first.</p>
        </div>
      ) : (
        <>
          <section class="panel chart-panel" aria-labelledby="map-heading">
            <h2 id="map-heading">{view === 'world' ? 'The world' : 'The region'}</h2>
            <WorldMap
              countries={shaded}
              view={view}
              focus={focus}
              pins={pins}
              label={
                measure === 'money'
                  ? 'Map of countries shaded by the US dollars involved'
                  : 'Map of countries shaded by the number of facts naming them'
              }
              legendTitle={measure === 'money' ? 'USD involved' : 'Facts naming the country'}
              formatValue={
                measure === 'money'
                  ? (value) => formatAmount(value)
                  : (value) => value.toLocaleString('en-US')
              }
            />
            {measure === 'money' && (
              <p class="chart-note">
                {hasMoney
                  ? 'Sums of investment amounts and agreement values stated in US dollars, counted for every country a fact names.'
                  : 'No fact names a country together with an amount in US dollars.'}{' '}
                {unconverted.facts > 0 &&
                  `Amounts in other currencies (${unconverted.currencies.join(', ')}) are not converted and not included: ${plural(unconverted.facts, 'fact')} left out.`}
              </p>
            )}
            {view === 'region' && outside.length > 0 && (
              <p class="chart-note">
                Outside this view: {outside.map((country) => country.name).join(', ')}.{' '}
                <a href={href({ view: 'world' })}>Show the world</a>
              </p>
            )}
          </section>
          <div class="map-tables">
            <section class="panel" aria-labelledby="map-countries-heading">
              <h2 id="map-countries-heading">Countries</h2>
              {rows.length === 0 ? (
                <p class="empty-state">No facts name a country.</p>
              ) : (
                <div class="table-wrap">
                  <table class="data map-table">
                    <thead>
                      <tr>
                        <th scope="col">Country</th>
                        <th scope="col" class="num">
                          Facts
                        </th>
                        <th scope="col" class="num">
                          Money (USD)
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => (
                        <tr>
                          <th scope="row">
                            <a href={`/entities/country:${row.code}`}>{row.name}</a>
                          </th>
                          <td class="num">{row.facts.toLocaleString('en-US')}</td>
                          <td class="num">
                            {row.moneyUsd > 0 ? formatAmount(row.moneyUsd) : '–'}
                            {row.otherCurrencies > 0 && (
                              <span class="note">
                                {' '}
                                (+{plural(row.otherCurrencies, 'amount')} in other currencies)
                              </span>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            <section class="panel" aria-labelledby="map-places-heading">
              <h2 id="map-places-heading">Places on the map</h2>
              {props.places.length === 0 ? (
                <p class="empty-state">No place in the news has known coordinates.</p>
              ) : (
                <ul class="place-pins">
                  {props.places.map((place) => (
                    <li>
                      <a href={`/entities/${place.id}`}>{place.name}</a>
                      <span class="place-meta">
                        {[place.category, place.countryName].filter(Boolean).join(', ')}
                        {place.facts > 0 && ` · ${plural(place.facts, 'fact')}`}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  )
}

export function mapHref(options: { measure: MapMeasure; view: MapView }): string {
  const query = new URLSearchParams()
  if (options.measure !== 'facts') query.set('measure', options.measure)
  if (options.view !== 'region') query.set('view', options.view)
  const text = query.toString()
  return text ? `/map?${text}` : '/map'
}

function plural(count: number, noun: string): string {
  if (count === 1) return `1 ${noun}`
  const plural = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`
  return `${count.toLocaleString('en-US')} ${plural}`
}
