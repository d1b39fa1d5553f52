import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoArea, geoBounds, geoCentroid } from 'd3-geo'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'

/** One country of the atlas, keyed by ISO 3166-1 alpha-2 (the atlas itself uses numeric codes). */
export interface AtlasCountry {
  code: string
  /** The atlas's short name ("Kazakhstan", "N. Cyprus"), used when the caller has none. */
  name: string
  feature: Feature<Polygon | MultiPolygon>
  /** [longitude, latitude] */
  centroid: [number, number]
  /** Steradians: the huge countries (Russia, China, the US) are left out of a regional fit. */
  area: number
  /** [[west, south], [east, north]] */
  bounds: [[number, number], [number, number]]
}

export type AtlasDetail = 'coarse' | 'fine'

const require = createRequire(import.meta.url)

/** Kosovo has no numeric code in ISO 3166-1; the atlas leaves its id empty and names it. */
const CODES_BY_NAME: Record<string, string> = { Kosovo: 'XK' }

function readCodes(): Map<string, string> {
  const parsed: unknown = JSON.parse(
    readFileSync(require.resolve('world-countries/countries.json'), 'utf8'),
  )
  const countries = parsed as ReadonlyArray<{ cca2: string; ccn3: string }>
  return new Map(
    countries
      .filter((country) => country.ccn3 !== '')
      .map((country) => [country.ccn3, country.cca2]),
  )
}

const alpha2ByNumeric = readCodes()

function readAtlas(file: string): AtlasCountry[] {
  const parsed: unknown = JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'))
  const topology = parsed as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const collection = feature(topology, topology.objects.countries)
  const countries: AtlasCountry[] = []
  for (const item of collection.features) {
    const name = item.properties?.name ?? ''
    const numeric = item.id === undefined ? undefined : String(item.id)
    const code =
      (numeric === undefined ? undefined : alpha2ByNumeric.get(numeric)) ?? CODES_BY_NAME[name]
    if (!code || (item.geometry.type !== 'Polygon' && item.geometry.type !== 'MultiPolygon'))
      continue
    const shape = item as Feature<Polygon | MultiPolygon>
    countries.push({
      code,
      name,
      feature: shape,
      centroid: geoCentroid(shape),
      area: geoArea(shape),
      bounds: geoBounds(shape),
    })
  }
  return countries
}

/** Read once per process: the coarse atlas for the world, the fine one for a region. */
const atlases = new Map<AtlasDetail, AtlasCountry[]>()

export function atlas(detail: AtlasDetail): readonly AtlasCountry[] {
  let countries = atlases.get(detail)
  if (!countries) {
    countries = readAtlas(detail === 'coarse' ? 'countries-110m.json' : 'countries-50m.json')
    atlases.set(detail, countries)
  }
  return countries
}

/** The coarse atlas by code, for centroids and areas (the same at any detail, near enough). */
export function atlasCountry(code: string): AtlasCountry | undefined {
  return atlas('fine').find((country) => country.code === code)
}
