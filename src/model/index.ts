/**
 * @module model
 * The shared vocabulary: one zod schema per domain type, with the inferred type of the same
 * name. Imports only zod. Parse at the edges (files, database rows, CLI and API input) and
 * trust these types inside.
 */
export * from './partial-date.js'
export * from './money.js'
export * from './evidence.js'
export * from './mention.js'
export * from './entity.js'
export * from './fact.js'
export * from './article.js'
export * from './extraction.js'
export * from './problem.js'
export * from './reference.js'
export * from './format.js'
export * from './fact-sentence.js'
