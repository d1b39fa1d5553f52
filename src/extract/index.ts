/**
 * @module extract
 * From a clean article to the entities and facts of the extraction contract, and the
 * scoring of extraction against gold labels. Pure: does not read files or store anything.
 */
export { ENGINE_VERSION, extract } from './extract.js'
export type { Extraction, ExtractInput } from './extract.js'
export * from './evaluation/index.js'
