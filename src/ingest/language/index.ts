/**
 * @module ingest/language
 * Which language a text is in (ISO 639-1), from its script and franc's trigrams, and the
 * English names of language codes for messages. Does not translate or transliterate.
 */
export { detectLanguage } from './detect-language.js'
export { LANGUAGES, findLanguage, languageName } from './languages.js'
export type { LanguageEntry } from './languages.js'
