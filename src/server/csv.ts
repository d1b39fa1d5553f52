/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet: CRLF line ends, fields with a
 * comma, quote or line break in double quotes (quotes doubled), a UTF-8 byte order mark so
 * accented names survive Excel, and a guard against formula injection.
 */

/** Spreadsheets run a cell that starts with one of these as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/

const BYTE_ORDER_MARK = '\uFEFF'

/** One field: neutralised if a spreadsheet would read it as a formula, quoted if it needs to be. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  // A leading apostrophe makes the cell text; the value stays readable for people.
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export type CsvRow = ReadonlyArray<string | number | null | undefined>

/** The whole document: the header, then one line per row, each ended by CRLF, after a BOM. */
export function toCsv(header: readonly string[], rows: Iterable<CsvRow>): string {
  const lines = [header.map(csvField).join(',')]
  for (const row of rows) lines.push(row.map(csvField).join(','))
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`
}
