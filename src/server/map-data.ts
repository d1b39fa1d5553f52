import { loadReference, type Reference } from '../reference/index.js'
import type { StoredEntity } from '../store/index.js'

/** A stored place the reference data gives coordinates for: a pin on a map. */
export interface PlaceOnMap {
  id: string
  name: string
  lat: number
  lon: number
  /** "deposit", "city"… */
  category?: string | undefined
  /** The one country it lies in (none for a sea or a region across borders). */
  countryCode?: string | undefined
}

/** The reference data, when it loads (pages still work without it, minus coordinates). */
export function referenceData(): Reference | undefined {
  const loaded = loadReference()
  return loaded.ok ? loaded.value : undefined
}

/** The places that can be pinned: regions and unknown places carry no coordinates. */
export function placesOnMap(
  places: readonly StoredEntity[],
  reference: Reference | undefined,
): PlaceOnMap[] {
  return places.flatMap((place) => {
    const entry = reference?.get(place.id)
    if (entry?.lat === undefined || entry.lon === undefined) return []
    const country = Array.isArray(entry.country) ? undefined : (entry.country ?? place.country)
    return [
      {
        id: place.id,
        name: place.name,
        lat: entry.lat,
        lon: entry.lon,
        category: entry.category,
        countryCode: typeof country === 'string' ? country : undefined,
      },
    ]
  })
}
