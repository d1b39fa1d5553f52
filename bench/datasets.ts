/**
 * Loads the shared benchmarks into memory (gunzipped once per run). The pages are evaluation
 * data only: they are read from /work/shared at run time and never copied into the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { decodePage } from '../src/ingest/decode/index.js'

export const SHARED_DIR = process.env['LODESTONE_SHARED'] ?? '/work/shared'

export interface BodyPage {
  id: string
  url: string
  html: string
  /** The true article body. */
  body: string
  title: string | null
  author: string | null
  /** `YYYY-MM-DD` or null. */
  date: string | null
}

export interface BodySet {
  name: string
  pages: BodyPage[]
}

export interface EvalDevPage {
  id: string
  file: string
  format: 'html' | 'text'
  content: string
  gold: { title: string; author: string; published: string; section: string; publisher: string }
}

export function sharedFolderProblem(): string | null {
  const needed = [
    join(SHARED_DIR, 'benchmarks/article-extraction/ground-truth.json'),
    join(SHARED_DIR, 'benchmarks/wcxb-articles/dev/ground-truth.json'),
  ]
  const missing = needed.filter((p) => !existsSync(p))
  return missing.length === 0 ? null : `missing benchmark data: ${missing.join(', ')}`
}

/**
 * A gzipped page as every extractor gets it: decoded the way Lodestone decodes what it ingests
 * (charset, BOM, repair of double-encoded UTF-8), not timed.
 */
function pageText(path: string): string {
  const bytes = gunzipSync(readFileSync(path))
  const decoded = decodePage(bytes, { input: path })
  return decoded.ok ? decoded.value.text : bytes.toString('utf8')
}

export function loadScrapinghub(): BodySet {
  const dir = join(SHARED_DIR, 'benchmarks/article-extraction')
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >
  const pages = Object.keys(truth)
    .sort()
    .map((id) => {
      const entry = truth[id] as { articleBody: string; url: string }
      const html = pageText(join(dir, 'html', `${id}.html.gz`))
      return {
        id,
        url: entry.url,
        html,
        body: entry.articleBody,
        title: null,
        author: null,
        date: null,
      }
    })
  return { name: 'Scrapinghub', pages }
}

export function loadWcxb(): BodySet {
  const dir = join(SHARED_DIR, 'benchmarks/wcxb-articles/dev')
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    {
      url: string
      title: string | null
      author: string | null
      publish_date: string | null
      main_content: string | null
    }
  >
  // Two pages have no body label; a body score against nothing would mean nothing.
  const pages = Object.keys(truth)
    .filter((id) => (truth[id]?.main_content ?? '') !== '')
    .sort()
    .map((id) => {
      const e = truth[id] as (typeof truth)[string]
      const html = pageText(join(dir, 'html', `${id}.html.gz`))
      return {
        id,
        url: e.url,
        html,
        body: e.main_content ?? '',
        title: e.title,
        author: e.author,
        date: e.publish_date,
      }
    })
  return { name: 'WCXB articles', pages }
}

export function loadEvalDev(): EvalDevPage[] {
  const dir = join(SHARED_DIR, 'eval-dev')
  const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
  const out: EvalDevPage[] = []
  for (const line of gold.split('\n')) {
    if (line.trim() === '') continue
    const row = JSON.parse(line) as { id: string; text_file: string; source: EvalDevPage['gold'] }
    const path = join(dir, row.text_file)
    if (!existsSync(path)) continue
    out.push({
      id: row.id,
      file: row.text_file,
      format: /\.html?$/i.test(path) ? 'html' : 'text',
      content: readFileSync(path, 'utf8'),
      gold: row.source,
    })
  }
  return out
}

export function listDir(path: string): string[] {
  return existsSync(path) ? readdirSync(path) : []
}
