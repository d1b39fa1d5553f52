/**
 * @module extract/text
 * The text layer of extraction: sentences and tokens with exact offsets into an article's
 * clean text, and the loader for data/patterns/. Pure functions over strings: does not find
 * entities, money or dates (see extract/normalize) and does not read articles.
 */
export { splitSentences, type Sentence } from './split-sentences.js'
export { tokenize, type Token, type TokenKind } from './tokenize.js'
export { readPatternFile, alternativesOf } from './pattern-data.js'
