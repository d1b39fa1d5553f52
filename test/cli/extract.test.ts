import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExtractionDocument } from '../../src/model/index.js'
import { jsonLines, makeCli, seedFile } from '../helpers/cli-harness.js'

let cli: ReturnType<typeof makeCli>
beforeEach(() => {
  cli = makeCli()
})
afterEach(() => cli.cleanup())

const OTHER_HEADLINES = [
  'Portugal’s constitutional court',
  'Ebola outbreak',
  'Nationwide walkout disrupts Portugal',
]

describe('lodestone extract --json', () => {
  it('prints the seed page’s article fields exactly', async () => {
    const { code, stdout } = await cli.run(['extract', '--json', seedFile])
    expect(code).toBe(0)
    const lines = jsonLines(stdout)
    expect(lines).toHaveLength(1)
    const { article, warnings } = ExtractionDocument.parse(lines[0])
    expect(article.title).toBe(
      'U.S. secretary of state to tour Central Asia in 2026 amid push for deeper resource cooperation',
    )
    expect(article.byline).toBe('Kyle L.')
    expect(article.published).toBe('2025-12-26')
    expect(article.section).toBe('News')
    expect(article.site).toBe('Global Current News')
    expect(article.language).toBe('en')
    expect(
      article.text.startsWith('During a reception at the State Department on November 5'),
    ).toBe(true)
    expect(article.text.trimEnd()).toMatch(/one of the world’s most resource-abundant regions\.$/)
    for (const headline of OTHER_HEADLINES) expect(article.text).not.toContain(headline)
    for (const chrome of ['No Result', 'View All Result', '©', 'Legal notice'])
      expect(article.text).not.toContain(chrome)
    expect(warnings).toEqual([])
  })

  it('prints one compact line per file, in argument order, and a line for a file it cannot read', async () => {
    const page = path.join(cli.dir, 'page.html')
    writeFileSync(
      page,
      `<!doctype html><html lang="en"><head><title>Zorvath Capital backs Qaratau tungsten | Steppe Post</title></head>
       <body><article><h1>Zorvath Capital backs Qaratau tungsten</h1>
       <p>Zorvath Capital said on Tuesday it would invest $40 million in the Qaratau tungsten project, its largest
       commitment in the region so far, and would open an office in the provincial capital next spring.</p>
       <p>The company expects the first concentrate to leave the site within three years, according to a
       statement that also promised local hiring and a training programme for engineers from the area.</p>
       </article></body></html>`,
    )
    const missing = path.join(cli.dir, 'missing.html')
    const { code, stdout } = await cli.run(['extract', '--json', missing, page, seedFile])
    expect(code).toBe(3)
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(3)
    const [first, second, third] = jsonLines(stdout).map((line) => ExtractionDocument.parse(line))
    expect(first?.article.text).toBe('')
    expect(first?.warnings.join(' ')).toContain(missing)
    expect(second?.article.title).toBe('Zorvath Capital backs Qaratau tungsten')
    expect(third?.article.byline).toBe('Kyle L.')
  })

  it('uses --published instead of the page’s date, and refuses a date that is not one', async () => {
    const good = await cli.run(['extract', '--json', '--published', '2026-01-15', seedFile])
    expect(ExtractionDocument.parse(jsonLines(good.stdout)[0]).article.published).toBe('2026-01-15')
    const bad = await cli.run(['extract', '--json', '--published', 'last tuesday', seedFile])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("'last tuesday' is not a date")
  })

  it('indents with --pretty', async () => {
    const { stdout } = await cli.run(['extract', '--pretty', seedFile])
    expect(stdout).toContain('\n  "article": {')
    expect(ExtractionDocument.parse(JSON.parse(stdout)).article.byline).toBe('Kyle L.')
  })

  it('reads standard input as "-"', async () => {
    const { readFileSync } = await import('node:fs')
    const { stdout } = await cli.run(['extract', '--json', '-'], readFileSync(seedFile))
    expect(ExtractionDocument.parse(jsonLines(stdout)[0]).article.title).toMatch(
      /^U\.S\. secretary/,
    )
  })
})
