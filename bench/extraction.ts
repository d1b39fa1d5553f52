/**
 * The extraction benchmark: articles per second for the whole extraction (sentences,
 * mentions, entities, facts) on one core, for a typical ~5 KB article and a ~100 KB one,
 * and the memory it holds. Uses the bundled sample (data/sample/), so it needs nothing else.
 *
 *   npm run bench:extraction            measures and writes the ## Extraction section
 *   npm run bench:extraction -- --no-write
 */
import { readdirSync, readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { ENGINE_VERSION, extract } from '../src/extract/index.js'
import type { ExtractInput } from '../src/extract/index.js'
import { readPage } from '../src/ingest/index.js'
import { loadReference } from '../src/reference/index.js'
import { formatMarkdown, replaceSection, table } from './report.js'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const sampleDir = path.join(repoRoot, 'data/sample')
const docPath = path.join(repoRoot, 'docs/benchmarks.md')
const shouldWrite = !process.argv.includes('--no-write')
/** Long enough for the JIT to settle and the timer to be far above its resolution. */
const MIN_RUN_MS = 3_000

const loadStarted = performance.now()
const loaded = loadReference()
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem))
const reference = loaded.value
const loadMs = performance.now() - loadStarted

const articles: ExtractInput[] = readdirSync(sampleDir)
  .filter((name) => /\.(html?|txt)$/.test(name))
  .sort()
  .flatMap((name) => {
    const page = readPage({
      bytes: readFileSync(path.join(sampleDir, name)),
      location: name,
      kind: 'file',
    })
    return page.ok
      ? [{ text: page.value.draft.text, published: page.value.draft.published, language: 'en' }]
      : []
  })

/** A typical article is about 5 KB of text: each sample article, padded by the next ones. */
const typical = articles.map((article, index) => ({
  ...article,
  text: [article.text, ...articles.slice(index + 1).map((other) => other.text)]
    .join('\n\n')
    .slice(0, 5_000),
}))
/** A long article: the whole sample joined until 100 KB, as a long report or a live blog would be. */
const longText = Array.from({ length: 20 }, () =>
  articles.map((article) => article.text).join('\n\n'),
)
  .join('\n\n')
  .slice(0, 100_000)
const long = [{ text: longText, published: articles[0]?.published ?? null, language: 'en' }]

function measure(inputs: ExtractInput[]): {
  perSecond: number
  msPer: number
  facts: number
  entities: number
} {
  for (const input of inputs) extract(input, reference)
  let runs = 0
  let facts = 0
  let entities = 0
  const started = performance.now()
  while (performance.now() - started < MIN_RUN_MS) {
    for (const input of inputs) {
      const found = extract(input, reference)
      facts += found.facts.length
      entities += found.entities.length
      runs++
    }
  }
  const elapsed = performance.now() - started
  return {
    perSecond: (runs / elapsed) * 1000,
    msPer: elapsed / runs,
    facts: facts / runs,
    entities: entities / runs,
  }
}

const rssBefore = process.memoryUsage().rss
const typicalResult = measure(typical)
const longResult = measure(long)
const memory = process.memoryUsage()

const body = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, engine ${ENGINE_VERSION}, by \`npm run bench:extraction\` (bench/extraction.ts): the whole extraction (sentences, mentions, entities, facts) on one core, over the bundled sample's article texts (data/sample/), each run repeated for at least ${MIN_RUN_MS / 1000} s.`,
  '',
  table(
    ['article', 'size', 'articles/s', 'ms/article', 'entities', 'facts'],
    [
      [
        'typical',
        '5 KB',
        typicalResult.perSecond.toFixed(0),
        typicalResult.msPer.toFixed(2),
        typicalResult.entities.toFixed(1),
        typicalResult.facts.toFixed(1),
      ],
      [
        'long',
        '100 KB',
        longResult.perSecond.toFixed(1),
        longResult.msPer.toFixed(1),
        longResult.entities.toFixed(1),
        longResult.facts.toFixed(1),
      ],
    ],
  ),
  '',
  `Target: at least 200 typical articles per second per core. Loading and indexing the reference data takes ${loadMs.toFixed(0)} ms once per process. Memory after the runs: heap ${(memory.heapUsed / 1e6).toFixed(0)} MB, resident ${(memory.rss / 1e6).toFixed(0)} MB (${((memory.rss - rssBefore) / 1e6).toFixed(0)} MB more than before the runs).`,
].join('\n')

console.log(body)
if (shouldWrite) {
  replaceSection(docPath, '## Extraction', body)
  await formatMarkdown(docPath)
  console.log(`\nwrote the Extraction section of ${docPath}`)
}
