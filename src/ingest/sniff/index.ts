/**
 * @module ingest/sniff
 * Tells an HTML page from a plain-text dump by its content. Does not decode bytes and does
 * not parse.
 */
export { sniffFormat } from './sniff-format.js'
