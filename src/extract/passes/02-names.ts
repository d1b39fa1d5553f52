import type { EntityId } from '../../model/index.js'
import type { Reference } from '../../reference/index.js'
import type { ResolvedMention } from './01-mentions.js'
import type { Candidate } from './names/candidate.js'
import { findSpanCandidates } from './names/classify-spans.js'
import { makeContext } from './names/context.js'
import { findMeasures, nameBillNumbers } from './names/initiatives.js'
import { linkCandidates, type LinkedNames } from './names/linking.js'
import { findQuotedCompanies } from './names/organizations.js'
import { findDatelines, findDistrictsOfTowns } from './names/places.js'
import { rolesOfKnownPeople } from './names/titles.js'
import { WORDS } from './names/word-lists.js'

export type { FoundEntity } from './names/candidate.js'

/** "… Security Act", "… Act of 2024": a found initiative named by its head word. */
const NAMED_BY_HEAD = /^\p{Lu}.*\b(\p{Lu}\p{Ll}+)(?: of \d{4})?$/u

/**
 * Does a found mention hold the known mentions inside it, so they are no mentions of their own
 * (CONVENTIONS.md: names inside another proper name)? Places and organisations do ("the Ayni
 * district" is the district, not the town; "Zorvath Antimony Corp." names no mineral), and so do
 * initiatives named by a head word ("the Critical Minerals Security Act" names no mineral); a
 * measure described in words ("a ban on exports of antimony") does not.
 */
export function holdsKnownMentions(mention: ResolvedMention): boolean {
  const { entityId } = mention
  if (entityId.startsWith('place:') || entityId.startsWith('organization:')) return true
  if (!entityId.startsWith('initiative:')) return false
  const head = NAMED_BY_HEAD.exec(mention.text)?.[1]
  return head !== undefined && WORDS.initiativeHeads.has(head)
}

export interface NameFindings extends LinkedNames {
  /** Roles the text gives people of the reference data ("Kazakh President"). */
  roles: Map<EntityId, string>
}

/**
 * Pass 2: names the reference data does not know (people, organisations, places, initiatives),
 * from the words news writers put around them: titles ("Senator Jane Doe"), appositions
 * ("Jane Doe, an analyst at …"), verbs of saying, company suffixes ("Zorvath Capital"),
 * ministries ("Ministry of …"), place heads ("the Qaratau deposit", "Chuy region"), location
 * cues ("in Rotterdam", "Denver-based"), datelines, named measures ("a ban on exports of …", "banned exports of …") and bill numbers
 * ("S. 1234", named by the act written next to it).
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
  const candidates: Candidate[] = nameBillNumbers(context, [
    ...findDatelines(context),
    ...findMeasures(context),
    ...findDistrictsOfTowns(context),
    ...findQuotedCompanies(context),
    ...findSpanCandidates(context),
  ])
  return { ...linkCandidates(context, candidates), roles: rolesOfKnownPeople(context) }
}
