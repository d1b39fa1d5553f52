/** Writes the reader table into docs/benchmarks.md, keeping other sections as they are. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'

/** Formats the written file the way `prettier --check .` expects (tables get aligned). */
export async function formatMarkdown(path: string): Promise<void> {
  const options = (await resolveConfig(path)) ?? {}
  const text = readFileSync(path, 'utf8')
  writeFileSync(path, await format(text, { ...options, parser: 'markdown' }))
}

export function replaceSection(path: string, heading: string, body: string): void {
  const section = `${heading}\n\n${body.trim()}\n`
  if (!existsSync(path)) {
    writeFileSync(path, `# Benchmarks\n\n${section}`)
    return
  }
  const doc = readFileSync(path, 'utf8')
  const start = doc.indexOf(`${heading}\n`)
  if (start < 0) {
    writeFileSync(path, `${doc.trimEnd()}\n\n${section}`)
    return
  }
  const after = doc.slice(start + heading.length)
  const next = after.search(/\n## /)
  const rest = next < 0 ? '' : after.slice(next + 1)
  writeFileSync(path, `${doc.slice(0, start)}${section}${rest === '' ? '' : `\n${rest}`}`)
}

export function pct(x: number): string {
  return Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)} %`
}

export function dec(x: number): string {
  return Number.isNaN(x) ? '–' : x.toFixed(3)
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
