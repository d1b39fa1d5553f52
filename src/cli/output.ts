import cliProgress from 'cli-progress'
import type { CliContext } from './context.js'

type Stream = CliContext['stdout']

/** Writes one line. */
export function writeLine(stream: Stream, line = ''): void {
  stream.write(`${line}\n`)
}

/** Bold on a terminal; plain elsewhere so pipes and files get clean text. */
export function bold(stream: Stream, text: string): string {
  return stream.isTTY ? `\u001b[1m${text}\u001b[22m` : text
}

/**
 * Marks highlight ranges of a snippet: reverse video on a terminal, [brackets] in a pipe,
 * so a match is visible either way.
 */
export function highlight(stream: Stream, text: string, ranges: Array<[number, number]>): string {
  let out = ''
  let at = 0
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue
    const match = text.slice(start, end)
    out += text.slice(at, start) + (stream.isTTY ? `\u001b[7m${match}\u001b[27m` : `[${match}]`)
    at = end
  }
  // A snippet can span paragraphs; one line reads better in a list of hits.
  return (out + text.slice(at)).replace(/\s+/g, ' ')
}

/** Cuts text to `width` characters with an ellipsis. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`
}

/** Left-aligned columns; the last column takes what is left of the terminal width. */
export function formatTable(stream: Stream, header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const fixed = widths.slice(0, -1).reduce((sum, width) => sum + width + 2, 0)
  const last = Math.max(20, (stream.columns ?? 120) - fixed)
  const format = (row: string[]): string =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? truncate(cell, last) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
  return [bold(stream, format(header)), ...rows.map(format)]
}

/** A progress bar on a terminal's stderr; nothing when output is piped or JSON. */
export function progressBar(
  stream: Stream,
  enabled: boolean,
): ((event: { done: number; total: number; input: string }) => void) & { stop: () => void } {
  if (!enabled || !stream.isTTY) return Object.assign(() => {}, { stop: () => {} })
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: 'ingest [{bar}] {value}/{total} {input}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  const update = (event: { done: number; total: number; input: string }): void => {
    if (!started) {
      bar.start(event.total, event.done, { input: '' })
      started = true
    }
    // The end of a path names the file; keep it when the path is long.
    const input = event.input.length > 40 ? `…${event.input.slice(-39)}` : event.input
    bar.update(event.done, { input })
  }
  return Object.assign(update, { stop: () => started && bar.stop() })
}
