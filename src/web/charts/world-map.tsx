/**
 * `WorldMap`: a choropleth of countries with pins for places, as an SVG drawn on the server
 * (Equal Earth projection, no script). Embeddable in any page, e.g. a country dossier:
 *
 *   <WorldMap countries={rows} label="Where Kazakhstan's facts point" highlight="KZ" pins={pins} />
 *
 * Props:
 * - `countries`: the shaded countries: `code` (ISO alpha-2), `name`, `value` (> 0 to shade),
 *   `valueText` (the value in words, for the title: "12 facts") and `href` (their dossier;
 *   null for no link). Countries not listed are drawn plain.
 * - `view`: 'region' (default) fits the map to `focus`; 'world' shows the whole world.
 * - `focus`: the alpha-2 codes to fit in the region view (default: `focusOf` the shaded
 *   countries, which falls back to Central Asia and its neighbours).
 * - `highlight`: one alpha-2 code drawn with a strong outline (a dossier's own country).
 * - `pins`: places with coordinates, each a link with a title.
 * - `label`: the map's accessible name. `legendTitle` and `formatValue` label the legend.
 *
 * The atlas is read once per process and each view's paths are projected once and cached;
 * a request only picks colours. Pair the map with a table of the same numbers.
 */
import {
  geoDistance,
  geoEqualEarth,
  geoPath,
  type GeoContext,
  type GeoProjection,
  type GeoStream,
} from 'd3-geo'
import type { MultiPoint } from 'geojson'
import { atlas, atlasCountry, type AtlasCountry } from './atlas.js'

export interface MapCountry {
  code: string
  name: string
  value: number
  valueText: string
  href: string | null
}

export interface MapPin {
  id: string
  name: string
  lat: number
  lon: number
  href: string
  /** Said in the pin's title after the name ("deposit, Kazakhstan: 3 facts"). */
  note?: string
}

export type MapView = 'region' | 'world'

export interface WorldMapProps {
  countries: readonly MapCountry[]
  view?: MapView
  focus?: readonly string[]
  highlight?: string
  pins?: readonly MapPin[]
  label: string
  legendTitle?: string
  formatValue?: (value: number) => string
}

/** Where the project looks when nothing else says: Central Asia and its neighbours. */
export const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AF'] as const

const WIDTH = 960
/** Countries larger than this (in steradians: Russia, China, the US…) would zoom a region out to half the globe. */
const HUGE_AREA = 0.15
/** How far from the centre of attention a country may lie and still be fitted (radians of arc, ~2,700 km). */
const NEARBY = 0.42

/**
 * The countries a regional map should fit: among the shaded ones that are not huge, those
 * near the one closest to all the others (weighted by value), so a cluster of facts in
 * Central Asia is not zoomed out by a few facts about Britain or Israel.
 */
export function focusOf(countries: readonly Pick<MapCountry, 'code' | 'value'>[]): string[] {
  const candidates = countries.flatMap((country) => {
    const shape = atlasCountry(country.code)
    return shape && country.value > 0 && shape.area < HUGE_AREA
      ? [{ shape, weight: country.value }]
      : []
  })
  if (candidates.length === 0) return [...CENTRAL_ASIA]
  let centre = candidates[0]!
  let best = Infinity
  for (const candidate of candidates) {
    const cost = candidates.reduce(
      (sum, other) =>
        sum + other.weight * geoDistance(candidate.shape.centroid, other.shape.centroid),
      0,
    )
    if (cost < best) {
      best = cost
      centre = candidate
    }
  }
  return candidates
    .filter((candidate) => geoDistance(centre.shape.centroid, candidate.shape.centroid) <= NEARBY)
    .map((candidate) => candidate.shape.code)
}

interface ProjectedCountry {
  code: string
  name: string
  d: string
  /** Where a label goes, when the country shows large enough to hold one. */
  labelAt?: [number, number]
}

interface ProjectedMap {
  width: number
  height: number
  /** The sphere's outline in the world view (the sea), absent in a region. */
  sphere?: string
  countries: ProjectedCountry[]
  project: (lon: number, lat: number) => [number, number] | undefined
}

const projected = new Map<string, ProjectedMap>()
const CACHE_LIMIT = 32

/** The paths of one view, projected once and kept (a few views per site at most). */
export function projectedMap(view: MapView, focus: readonly string[]): ProjectedMap {
  const key = view === 'world' ? 'world' : `region:${[...focus].sort().join(',')}`
  const cached = projected.get(key)
  if (cached) return cached
  const map = view === 'world' ? projectWorld() : projectRegion(focus)
  if (projected.size >= CACHE_LIMIT) projected.delete(projected.keys().next().value ?? '')
  projected.set(key, map)
  return map
}

function projectWorld(): ProjectedMap {
  const sphere = { type: 'Sphere' } as const
  const projection = geoEqualEarth().rotate([-10, 0])
  projection.fitWidth(WIDTH - 8, sphere)
  const height = Math.ceil(geoPath(projection).bounds(sphere)[1][1] + 4)
  projection.fitExtent(
    [
      [4, 4],
      [WIDTH - 4, height - 4],
    ],
    sphere,
  )
  return drawCountries(
    projection,
    atlas('coarse'),
    WIDTH,
    height,
    geoPath(projection).digits(1)(sphere) ?? '',
  )
}

function projectRegion(focus: readonly string[]): ProjectedMap {
  const shapes = focus.flatMap((code) => atlasCountry(code) ?? [])
  const chosen =
    shapes.length > 0 ? shapes : CENTRAL_ASIA.flatMap((code) => atlasCountry(code) ?? [])
  const frame = frameOf(chosen)
  const centreLon = (frame.west + frame.east) / 2
  const projection = geoEqualEarth().rotate([-centreLon, 0])
  projection.fitWidth(WIDTH, frame.outline)
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame.outline)
  const height = Math.round(Math.min(Math.max(bottom - top, 380), 640))
  projection.fitExtent(
    [
      [0, 0],
      [WIDTH, height],
    ],
    frame.outline,
  )
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ])
  // Only countries whose box meets the frame (with room for the projection's curve) can show.
  const nearby = atlas('fine').filter(
    (country) =>
      country.bounds[0][0] > country.bounds[1][0] ||
      (country.bounds[1][0] >= frame.west - 15 &&
        country.bounds[0][0] <= frame.east + 15 &&
        country.bounds[1][1] >= frame.south - 10 &&
        country.bounds[0][1] <= frame.north + 10),
  )
  return drawCountries(projection, nearby, WIDTH, height)
}

/**
 * The box to show around the chosen countries: their bounds with a margin, at least about
 * 20° by 12° so one small country still shows its neighbours, as points along its edge.
 */
function frameOf(countries: readonly AtlasCountry[]) {
  // Countries that straddle the antimeridian have west > east; they never drive a regional fit.
  const usable = countries.filter((country) => country.bounds[0][0] <= country.bounds[1][0])
  const boxes = usable.length > 0 ? usable : countries
  let west = Math.min(...boxes.map((country) => country.bounds[0][0]))
  let east = Math.max(...boxes.map((country) => country.bounds[1][0]))
  let south = Math.min(...boxes.map((country) => country.bounds[0][1]))
  let north = Math.max(...boxes.map((country) => country.bounds[1][1]))
  const widen = (low: number, high: number, least: number, margin: number): [number, number] => {
    const span = Math.max(high - low + 2 * margin, least)
    const middle = (low + high) / 2
    return [middle - span / 2, middle + span / 2]
  }
  ;[west, east] = widen(west, east, 22, Math.max((east - west) * 0.12, 2.5))
  ;[south, north] = widen(south, north, 12, Math.max((north - south) * 0.14, 2))
  south = Math.max(south, -85)
  north = Math.min(north, 85)
  const points: Array<[number, number]> = []
  for (let step = 0; step <= 20; step++) {
    const lon = west + ((east - west) * step) / 20
    const lat = south + ((north - south) * step) / 20
    points.push([lon, south], [lon, north], [west, lat], [east, lat])
  }
  const outline: MultiPoint = { type: 'MultiPoint', coordinates: points }
  return { west, east, south, north, outline }
}

function drawCountries(
  projection: GeoProjection,
  countries: readonly AtlasCountry[],
  width: number,
  height: number,
  sphere?: string,
): ProjectedMap {
  // Points closer than half a pixel to the last one add bytes, not detail.
  const stream = { stream: (output: GeoStream) => projection.stream(thinned(output, 0.6)) }
  const measure = geoPath(stream)
  const drawn: ProjectedCountry[] = []
  for (const country of countries) {
    const writer = new CompactPath()
    geoPath(stream, writer)(country.feature)
    const d = writer.toString()
    if (!d) continue
    const area = measure.area(country.feature)
    const [cx, cy] = measure.centroid(country.feature)
    const labelAt: [number, number] | undefined =
      area > 900 && Number.isFinite(cx) && Number.isFinite(cy) ? [round(cx), round(cy)] : undefined
    drawn.push({ code: country.code, name: country.name, d, labelAt })
  }
  return {
    width,
    height,
    sphere,
    countries: drawn,
    project: (lon, lat) => {
      const point = projection([lon, lat])
      if (!point || point[0] < 0 || point[0] > width || point[1] < 0 || point[1] > height)
        return undefined
      return [round(point[0]), round(point[1])]
    },
  }
}

/**
 * Path data in its shortest usual form: relative moves to one decimal, no repeated commands,
 * no leading zeros ("M480 12.5l.4-1.2 3 .1z"). Roughly halves the page next to d3's output.
 */
class CompactPath implements GeoContext {
  private parts: string[] = []
  private x = 0
  private y = 0
  private pending = ''

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    const rx = tenths(x)
    const ry = tenths(y)
    this.parts.push(`M${number(rx)}${joined(number(ry))}`)
    this.pending = ''
    this.x = rx
    this.y = ry
  }

  lineTo(x: number, y: number): void {
    const rx = tenths(x)
    const ry = tenths(y)
    if (rx === this.x && ry === this.y) return
    const pair = `${number(rx - this.x)}${joined(number(ry - this.y))}`
    this.parts.push(this.pending === '' ? `l${pair}` : joined(pair))
    this.pending = 'l'
    this.x = rx
    this.y = ry
  }

  closePath(): void {
    this.parts.push('z')
    this.pending = ''
  }

  arc(): void {
    // Only point geometries draw arcs; countries have none.
  }

  toString(): string {
    return this.parts.join('')
  }
}

/** Rounded to a tenth, kept as integers of tenths so relative steps do not drift. */
function tenths(value: number): number {
  return Math.round(value * 10)
}

function number(valueInTenths: number): string {
  const text = String(valueInTenths / 10)
  return text.replace(/^(-?)0\./, '$1.')
}

/** A separator is needed only before a number that does not start with a minus sign. */
function joined(text: string): string {
  return text.startsWith('-') ? text : ` ${text}`
}

function thinned(output: GeoStream, tolerance: number): GeoStream {
  let lastX = 0
  let lastY = 0
  let count = 0
  let skipped: [number, number] | undefined
  return {
    point(x, y) {
      if (count > 0 && Math.abs(x - lastX) < tolerance && Math.abs(y - lastY) < tolerance) {
        skipped = [x, y]
        return
      }
      output.point(x, y)
      lastX = x
      lastY = y
      count++
      skipped = undefined
    },
    lineStart() {
      count = 0
      skipped = undefined
      output.lineStart()
    },
    lineEnd() {
      if (skipped) output.point(skipped[0], skipped[1])
      output.lineEnd()
    },
    polygonStart() {
      output.polygonStart()
    },
    polygonEnd() {
      output.polygonEnd()
    },
    sphere() {
      output.sphere?.()
    },
  }
}

/**
 * The colour classes: up to five steps of a sequential scale, at the natural breaks of the
 * values (of their logarithms when they span two orders of magnitude or more, as money
 * does). Each class is labelled by the values it holds.
 */
export interface ColourClass {
  from: number
  to: number
}

export function colourClasses(values: readonly number[], steps = 5): ColourClass[] {
  const distinct = [...new Set(values.filter((value) => value > 0))].sort((a, b) => a - b)
  const count = Math.min(steps, distinct.length)
  if (count === 0) return []
  const spread = (distinct[distinct.length - 1] ?? 1) / (distinct[0] ?? 1)
  const logs = spread >= 100 ? distinct.map(Math.log10) : distinct
  // Fisher's optimal grouping of sorted values: best[k][i] is the least squared deviation
  // of the first i values in k groups.
  const cost = (from: number, to: number) => {
    const part = logs.slice(from, to)
    const mean = part.reduce((sum, value) => sum + value, 0) / part.length
    return part.reduce((sum, value) => sum + (value - mean) ** 2, 0)
  }
  const n = logs.length
  const best: number[][] = [Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 0 : Infinity))]
  const cut: number[][] = [Array.from({ length: n + 1 }, () => 0)]
  for (let k = 1; k <= count; k++) {
    best.push(Array.from({ length: n + 1 }, () => Infinity))
    cut.push(Array.from({ length: n + 1 }, () => 0))
    for (let i = k; i <= n; i++) {
      for (let j = k - 1; j < i; j++) {
        const total = (best[k - 1]?.[j] ?? Infinity) + cost(j, i)
        if (total < (best[k]?.[i] ?? Infinity)) {
          best[k]![i] = total
          cut[k]![i] = j
        }
      }
    }
  }
  const classes: ColourClass[] = []
  let end = n
  for (let k = count; k >= 1; k--) {
    const start = cut[k]?.[end] ?? 0
    classes.unshift({ from: distinct[start] ?? 0, to: distinct[end - 1] ?? 0 })
    end = start
  }
  return classes
}

export function classIndex(value: number, classes: readonly ColourClass[]): number {
  let chosen = -1
  classes.forEach((colourClass, index) => {
    if (value >= colourClass.from) chosen = index
  })
  return chosen
}

/** The shade (1–5, 0 for none) of a class; fewer classes spread over the scale, so the darkest is always used. */
function shadeFor(index: number, count: number): number {
  if (index < 0) return 0
  return count >= 5 ? index + 1 : Math.round(((index + 1) / count) * 5)
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

export function WorldMap(props: WorldMapProps) {
  const view = props.view ?? 'region'
  const focus = props.focus ?? focusOf(props.countries)
  const map = projectedMap(view, focus)
  const shaded = new Map(
    props.countries.filter((country) => country.value > 0).map((c) => [c.code, c]),
  )
  const classes = colourClasses([...shaded.values()].map((country) => country.value))
  const shadeOf = (value: number) => shadeFor(classIndex(value, classes), classes.length)
  const format = props.formatValue ?? ((value: number) => value.toLocaleString('en-US'))
  const labelled = map.countries.filter((country) => shaded.has(country.code) && country.labelAt)
  const pins = (props.pins ?? []).flatMap((pin) => {
    const at = map.project(pin.lon, pin.lat)
    return at ? [{ pin, at }] : []
  })

  return (
    <figure class={`world-map world-map-${view}`}>
      <svg
        class="map-svg"
        viewBox={`0 0 ${map.width} ${map.height}`}
        width="100%"
        role="group"
        aria-label={props.label}
      >
        {map.sphere ? (
          <path class="map-sea" d={map.sphere} />
        ) : (
          <rect class="map-sea" x={0} y={0} width={map.width} height={map.height} />
        )}
        <g class="map-countries">
          {map.countries.map((country) => {
            const datum = shaded.get(country.code)
            const highlight = country.code === props.highlight ? ' map-highlight' : ''
            if (!datum)
              return (
                <path class={`map-country${highlight}`} d={country.d}>
                  <title>{country.name}</title>
                </path>
              )
            const title = `${datum.name}: ${datum.valueText}`
            const shape = (
              <path class={`map-country map-c${shadeOf(datum.value)}${highlight}`} d={country.d} />
            )
            return datum.href ? (
              <a class="map-link" href={datum.href}>
                <title>{title}</title>
                {shape}
              </a>
            ) : (
              <g>
                <title>{title}</title>
                {shape}
              </g>
            )
          })}
        </g>
        <g class="map-pins">
          {pins.map(({ pin, at }) => (
            <a class="map-pin" href={pin.href}>
              <title>{pin.note ? `${pin.name} (${pin.note})` : pin.name}</title>
              <circle cx={at[0]} cy={at[1]} r={view === 'world' ? 3.5 : 5} />
            </a>
          ))}
        </g>
        <g class="map-labels" aria-hidden="true">
          {labelled.map((country) => (
            <text x={country.labelAt?.[0]} y={country.labelAt?.[1]} text-anchor="middle">
              {shaded.get(country.code)?.name ?? country.name}
            </text>
          ))}
        </g>
      </svg>
      <figcaption class="map-legend">
        {props.legendTitle && <span class="map-legend-title">{props.legendTitle}</span>}
        <ul>
          <li>
            <span class="map-swatch map-c0" aria-hidden="true"></span> None
          </li>
          {classes.map((colourClass, index) => (
            <li>
              <span
                class={`map-swatch map-c${shadeFor(index, classes.length)}`}
                aria-hidden="true"
              ></span>{' '}
              {colourClass.from === colourClass.to
                ? format(colourClass.from)
                : `${format(colourClass.from)} – ${format(colourClass.to)}`}
            </li>
          ))}
          {pins.length > 0 && (
            <li>
              <span class="map-swatch map-swatch-pin" aria-hidden="true"></span> Place named in the
              news
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  )
}

/** Reads the atlas and projects the world and the default region, so no visitor waits for it. */
export function prepareMaps(): void {
  projectedMap('world', [])
  projectedMap('region', CENTRAL_ASIA)
}

/** The alpha-2 codes of the countries a view shows (at least in part). */
export function countriesInView(view: MapView, focus: readonly string[]): Set<string> {
  return new Set(projectedMap(view, focus).countries.map((country) => country.code))
}
