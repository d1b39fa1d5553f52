import type { Entity } from '../model/index.js'
import type { Reference } from './load-reference.js'

/**
 * A country's holdings: the places the text puts in it (stored place entities with that
 * country) and the reference data's places and organisations of that country. A fact about a
 * Kazakh deposit or a Kazakh state company is a fact about Kazakhstan: the web app's dossiers
 * and country filters and the command line's `--country` count it the same way.
 */
export function holdingsOf(
  countryId: string,
  places: ReadonlyArray<Pick<Entity, 'id' | 'country'>>,
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
