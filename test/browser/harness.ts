import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { expect } from 'vitest'
import { ingestPaths } from '../../src/jobs/index.js'
import { loadReference } from '../../src/reference/index.js'
import { createApp, listen, loadSiteConfig, type RunningServer } from '../../src/server/index.js'
import { openStore, type Store } from '../../src/store/index.js'
import { launchChromium } from '../../scripts/chromium.js'
import { sampleDir } from '../helpers/cli-harness.js'

export interface BrowserSite {
  url: string
  store: Store
  browser: Browser
  /**
   * A fresh page; a script error, a CSP violation or any other console error on it fails the
   * test when the test closes the page.
   */
  page(options?: BrowserContextOptions): Promise<Page>
  /** Ingests more pages into the running site's store. */
  ingest(paths: string[]): Promise<void>
  close(): Promise<void>
}

/** The bundled sample in a fresh store, served on a free port, and a headless Chromium. */
export async function startBrowserSite(): Promise<BrowserSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lodestone-browser-'))
  const store = await openStore(path.join(dir, 'store.db'))
  const reference = loadReference()
  if (!reference.ok) throw new Error('reference data is broken')
  const now = () => '2026-12-02T12:00:00.000Z'
  const ingest = async (paths: string[]) => {
    await ingestPaths(paths, { store, limitBytes: 20_000_000, reference: reference.value, now })
  }
  await ingest([sampleDir])
  const server: RunningServer = await listen(
    createApp({ store, site: loadSiteConfig(), now: () => new Date(now()) }),
    0,
    '127.0.0.1',
  )
  const browser = await launchChromium()
  return {
    url: server.url,
    store,
    browser,
    ingest,
    async page(options = {}) {
      const page = await browser.newPage(options)
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`script error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        // An error page answers 404 or 400 on purpose; Chromium logs that status as an error.
        const isDocumentStatus =
          message
            .text()
            .startsWith('Failed to load resource: the server responded with a status of 4') &&
          message.location().url === page.url()
        if (!isDocumentStatus) problems.push(`console error: ${message.text()}`)
      })
      // Checked when the test closes the page, so the failure belongs to that test.
      const close = page.close.bind(page)
      page.close = async (closeOptions) => {
        await close(closeOptions)
        expect(problems, 'errors in the page').toEqual([])
      }
      return page
    },
    async close() {
      await browser.close()
      await server.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[] }>
}

/**
 * Runs axe-core (WCAG 2.1 A and AA) on the page as it stands and returns what it finds, one
 * line per rule and element, so a failing test says what to fix.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through DevTools, so the site's CSP (scripts from itself only) still applies to
  // everything else on the page.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      // Only violations are reported: skipping the details of passes halves the run.
      resultTypes: ['violations'],
    })
    return result.violations
  })
  return (violations as AxeViolation[]).flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`,
    ),
  )
}
