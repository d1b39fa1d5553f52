import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Hono } from 'hono'
import { ingestPaths, type IngestSummary } from '../../src/jobs/index.js'
import { loadReference } from '../../src/reference/index.js'
import { createApp } from '../../src/server/app.js'
import { loadSiteConfig } from '../../src/server/index.js'
import { openStore, type Store } from '../../src/store/index.js'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const sampleDir = path.join(repoRoot, 'data/sample')
/** The site's clock in tests: pages that say "today" say this day. */
export const TEST_NOW = new Date('2026-12-02T12:00:00Z')

export interface Site {
  app: Hono
  store: Store
  /** A scratch directory removed by `close`, for pages a test writes and ingests. */
  dir: string
  /** Ingests more files or directories into the same store. */
  ingest(paths: string[]): Promise<IngestSummary>
  close(): Promise<void>
}

/**
 * The web app over a fresh SQLite store in a temporary directory, with the bundled sample
 * ingested (unless `sample: false`). Build one per test file, in beforeAll.
 */
export async function buildSite(options: { sample?: boolean } = {}): Promise<Site> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lodestone-site-'))
  const store = await openStore(path.join(dir, 'store.db'))
  const loaded = loadReference()
  if (!loaded.ok) throw new Error(`reference data: ${JSON.stringify(loaded.problem)}`)
  const reference = loaded.value
  const ingest = (paths: string[]) =>
    ingestPaths(paths, {
      store,
      reference,
      limitBytes: 20_000_000,
      now: () => TEST_NOW.toISOString(),
    })
  if (options.sample ?? true) await ingest([sampleDir])
  const app = createApp({ store, site: loadSiteConfig(), now: () => TEST_NOW })
  return {
    app,
    store,
    dir,
    ingest,
    async close() {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
