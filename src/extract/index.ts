/**
 * @module extract
 * From a clean article to the entities and facts of the extraction contract, and the
 * scoring of extraction against gold labels. Pure: does not read files or store anything.
 */
export * from './evaluation/index.js'
