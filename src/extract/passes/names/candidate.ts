import type { CountryCode, EntityId, EntityType } from '../../../model/index.js'

/** An entity the reference data does not know, found from the words around it. */
export interface FoundEntity {
  id: EntityId
  type: Exclude<EntityType, 'country' | 'mineral'>
  /** The canonical name: the full form, a region's head capitalised ("Chuy Region"). */
  name: string
  /** A person's position as the text states it, lightly normalised ("Senator"). */
  role?: string
  country?: CountryCode
  /** For a site or facility, the head it was named by ("deposit", "plant"): "the deposit" may
   *  refer back to it (linking). Not part of the contract. */
  siteHead?: string
}

/** One occurrence of a name that may become an entity; linking merges those of one name. */
export interface Candidate {
  type: FoundEntity['type']
  name: string
  start: number
  end: number
  role?: string
  country?: CountryCode
  /** A bill number ("S. 1234"), which names the act written next to it if any. */
  isBillNumber?: boolean
  /** A site's or facility's head: "the Korvath deposit" -> "deposit". */
  siteHead?: string
}

export function countryField(country: CountryCode | undefined): { country?: CountryCode } {
  return country === undefined ? {} : { country }
}

export function placeCandidate(
  name: string,
  start: number,
  end: number,
  country?: CountryCode,
): Candidate {
  return { type: 'place', name, start, end, ...countryField(country) }
}
