/**
 * @module ingest/decode
 * Bytes to text: BOM, declared charset (header, meta) checked against the bytes, else a
 * guess from the content; binary and empty input are problems. Does not parse HTML and
 * does not read files.
 */
export { decodePage } from './decode-page.js'
export type { DecodeHints, DecodedPage } from './decode-page.js'
