/**
 * @module ingest
 * Bytes to a clean article: decoding, HTML or text-dump reading, metadata, language, and
 * the identity that makes ingest idempotent. Pure functions over data: does not read
 * files, fetch URLs or store anything (jobs do).
 */
export { readPage, sha256 } from './read-page.js'
export type { PageInput, ReadPage } from './read-page.js'
export { articleIdentity, articleIdFor, draftHash, normalizeUrl } from './identity.js'
export type { ReadOutput, HtmlReadOptions } from './reader.js'
