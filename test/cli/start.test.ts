import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jsonLines, makeCli, sampleDir } from '../helpers/cli-harness.js'

interface Expected {
  file: string
  title: string
  byline: string | null
  published: string
  section: string | null
  site: string
  first_words: string
  last_words: string
}
const expected = (
  JSON.parse(readFileSync(path.join(sampleDir, 'expected.json'), 'utf8')) as { files: Expected[] }
).files

let cli: ReturnType<typeof makeCli>
beforeAll(() => {
  cli = makeCli()
})
afterAll(() => cli.cleanup())

describe('npm start (lodestone start)', () => {
  it('ingests the whole bundled sample, and a second run reports everything unchanged', async () => {
    const first = await cli.run(['start', '--no-serve'])
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toContain(`${expected.length} stored, 0 unchanged, 0 skipped`)
    const second = await cli.run(['start', '--no-serve'])
    expect(second.stdout).toContain(`0 stored, ${expected.length} unchanged, 0 skipped`)
  })

  // Each sample page states its metadata without ambiguity; the reader must get all of it.
  for (const page of expected) {
    it(`reads ${page.file}: metadata and where the body starts and ends`, async () => {
      const { stdout } = await cli.run(['extract', '--json', path.join(sampleDir, page.file)])
      const [document] = jsonLines(stdout) as Array<{ article: Record<string, string | null> }>
      const article = document?.article ?? {}
      expect({
        title: article.title,
        byline: article.byline,
        published: article.published?.slice(0, 10),
        section: article.section,
        site: article.site,
        language: article.language,
      }).toEqual({
        title: page.title,
        byline: page.byline,
        published: page.published,
        section: page.section,
        site: page.site,
        language: 'en',
      })
      const words = (article.text ?? '').split(/\s+/).filter(Boolean)
      expect(words.slice(0, 6).join(' ')).toBe(page.first_words)
      expect(words.slice(-6).join(' ')).toBe(page.last_words)
    })
  }
})
