/**
 * @module ingest/text
 * Reads plain-text dumps of rendered news pages: title, byline, date, section and site from
 * the header, and the article body without menus, link lists, captions and footers. Does
 * not decode bytes and does not read HTML (ingest/html does).
 */
export { readTextDump } from './read-text-dump.js'
