import type { Reference } from '../reference/index.js'
import type { StoredEntity } from '../store/index.js'
import type { RouteContext } from './context.js'
import { referenceData } from './map-data.js'

/**
 * A country's holdings: the stored places the text puts in it and the reference data's places
 * and organisations of that country. A fact about a Kazakh deposit or a Kazakh state company is
 * a fact about Kazakhstan, on its dossier and under the explorer's country filter alike.
 */
export function holdingsOf(
  countryId: string,
  places: readonly StoredEntity[],
  reference: Reference | undefined,
): Set<string> {
  const code = countryId.slice('country:'.length)
  const inCountry = (value: string | readonly string[] | undefined) =>
    value !== undefined && (typeof value === 'string' ? value === code : value.includes(code))
  const known = [...(reference?.all('place') ?? []), ...(reference?.all('organization') ?? [])]
  return new Set([
    ...places.filter((place) => inCountry(place.country)).map((place) => place.id),
    ...known.filter((entry) => inCountry(entry.country)).map((entry) => entry.id),
  ])
}

/** The country and its holdings, as one group of a fact filter; kept until the next extraction. */
export function countryAndHoldings(ctx: RouteContext, countryId: string): Promise<string[]> {
  return ctx.cache.get(`holdings ${countryId}`, async () => {
    const places = await ctx.store.entities.list({ type: 'place' })
    return [countryId, ...holdingsOf(countryId, places, referenceData())]
  })
}
