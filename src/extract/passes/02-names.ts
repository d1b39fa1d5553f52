import type { EntityId } from '../../model/index.js'
import type { Reference } from '../../reference/index.js'
import type { ResolvedMention } from './01-mentions.js'
import type { Candidate } from './names/candidate.js'
import { findSpanCandidates } from './names/classify-spans.js'
import { makeContext } from './names/context.js'
import { findMeasures } from './names/initiatives.js'
import { linkCandidates, type LinkedNames } from './names/linking.js'
import { findDatelines, findDistrictsOfTowns } from './names/places.js'
import { rolesOfKnownPeople } from './names/titles.js'

export type { FoundEntity } from './names/candidate.js'

export interface NameFindings extends LinkedNames {
  /** Roles the text gives people of the reference data ("Kazakh President"). */
  roles: Map<EntityId, string>
}

/**
 * Pass 2: names the reference data does not know (people, organisations, places, initiatives),
 * from the words news writers put around them: titles ("Senator Jane Doe"), appositions
 * ("Jane Doe, an analyst at …"), verbs of saying, company suffixes ("Zorvath Capital"),
 * ministries ("Ministry of …"), place heads ("the Qaratau deposit", "Chuy region"), location
 * cues ("in Rotterdam", "Denver-based"), datelines and named measures ("a ban on exports of …").
 * Then every later surname or short form ("Sadykova", "Zorvath") links to the entity.
 * English only: other languages get the gazetteer's entities (the caller skips this pass).
 * The modules of names/ hold each concern; this file only runs them in order.
 */
export function findNames(
  text: string,
  known: readonly ResolvedMention[],
  reference: Reference,
): NameFindings {
  const context = makeContext(text, known, reference)
  const candidates: Candidate[] = [
    ...findDatelines(context),
    ...findMeasures(context),
    ...findDistrictsOfTowns(context),
    ...findSpanCandidates(context),
  ]
  return { ...linkCandidates(context, candidates), roles: rolesOfKnownPeople(context) }
}
