/**
 * @module reference
 * Loads and validates the reference data in `data/reference/` (countries, minerals, people,
 * organisations, places, initiatives, groups) and builds its lookups: `get`, `all` and the
 * gazetteer `findMentions`, which finds every known name, alias, acronym, short form,
 * demonym, metonym and group phrase in a text. Does not decide which candidate a mention
 * means, nor whether a surname is linked: extraction does. Does not read the network or the
 * research files the data is built from (`scripts/build-reference.ts` does).
 */
export { loadReference, REFERENCE_FILES, type Reference } from './load-reference.js'
export type { GazetteerCandidate, GazetteerMatch, MentionKind } from './gazetteer.js'
export { formKey } from './tokens.js'
export { holdingsOf } from './holdings.js'
export { SITE_CATEGORIES } from './site-categories.js'
