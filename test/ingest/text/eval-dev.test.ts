// Measures readTextDump on the eval-dev text dumps against their gold metadata and body
// aliases/quotes. Prints a table; `npx vitest run test/ingest/text/eval-dev.test.ts`.
// The eval data live outside the repo (shared/eval-dev beside the checkout) and are never
// copied in; without them the suite is skipped.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodePage } from '../../../src/ingest/decode/index.js'
import { readTextDump } from '../../../src/ingest/text/index.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const evalDir = [join(repoRoot, '../shared/eval-dev'), '/work/shared/eval-dev'].find((dir) =>
  existsSync(join(dir, 'gold.jsonl')),
)

interface GoldLine {
  id: string
  text_file: string
  source: { publisher: string; published: string; title: string; author: string; section: string }
  entities: Array<{ name?: string; aliases?: string[] }>
  facts: Array<{ type: string; quote?: string }>
}

const FIELDS = ['title', 'author', 'published', 'section', 'publisher'] as const

/** Case and spacing aside; the gold publisher may add the acronym ("Global Current News (GCN)"). */
function sameValue(field: (typeof FIELDS)[number], got: string | null, want: string): boolean {
  if (got === null) return false
  const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim()
  if (norm(got) === norm(want)) return true
  return field === 'publisher' && norm(want).startsWith(`${norm(got)} (`)
}

describe.skipIf(evalDir === undefined)(
  evalDir
    ? 'eval-dev text dumps'
    : 'eval-dev text dumps (skipped: shared/eval-dev not found beside the checkout)',
  () => {
    it('reads the metadata and keeps every gold alias and quote in the body', () => {
      const dir = evalDir ?? ''
      const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as GoldLine)
        .filter((line) => line.text_file.endsWith('.txt'))

      let metaHits = 0
      let metaTotal = 0
      let bodiesComplete = 0
      const rows: string[] = []
      for (const line of gold) {
        const decoded = decodePage(readFileSync(join(dir, line.text_file)), {
          input: line.text_file,
        })
        if (!decoded.ok) throw new Error(`${line.text_file}: ${decoded.problem.code}`)
        const { draft } = readTextDump(decoded.value.text)
        const got = {
          title: draft.title,
          author: draft.byline,
          published: draft.published,
          section: draft.section,
          publisher: draft.site,
        }
        const misses = FIELDS.filter(
          (field) => !sameValue(field, got[field], line.source[field]),
        ).map(
          (field) => `${field}=${JSON.stringify(got[field])}≠${JSON.stringify(line.source[field])}`,
        )
        metaHits += FIELDS.length - misses.length
        metaTotal += FIELDS.length
        const needles = [
          ...line.entities.flatMap((entity) => entity.aliases ?? []),
          ...line.facts.flatMap((fact) => (fact.quote ? [fact.quote] : [])),
        ]
        const missing = needles.filter((needle) => !draft.text.includes(needle))
        if (missing.length === 0) bodiesComplete++
        rows.push(
          `${line.id.padEnd(36)} meta ${FIELDS.length - misses.length}/${FIELDS.length}` +
            ` body ${needles.length - missing.length}/${needles.length}` +
            (misses.length ? `\n    ${misses.join('\n    ')}` : '') +
            (missing.length ? `\n    not in body: ${missing.join(' | ')}` : ''),
        )
      }
      console.log(
        [
          ...rows,
          `metadata fields matched: ${metaHits}/${metaTotal}`,
          `bodies with every alias and quote: ${bodiesComplete}/${gold.length}`,
        ].join('\n'),
      )
      // A floor, not a target: catches a rule change that breaks known layouts.
      expect(metaHits / metaTotal).toBeGreaterThanOrEqual(0.9)
      expect(bodiesComplete / gold.length).toBeGreaterThanOrEqual(0.8)
    })
  },
)
