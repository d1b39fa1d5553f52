/**
 * Takes a screenshot of every page type, on a wide screen and a phone, into docs/screenshots/.
 * Usage: npx tsx scripts/screenshots.ts [BASE_URL]   (default http://127.0.0.1:8080, which
 * `npm start` serves). Uses Debian's Chromium (apt-get install -y chromium).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { launchChromium } from './chromium.js'

const base = process.argv[2] ?? 'http://127.0.0.1:8080'
const only = process.argv[3]
const outDir = new URL('../docs/screenshots/', import.meta.url)
mkdirSync(outDir, { recursive: true })

const browser = await launchChromium()

async function firstLink(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute('href')
  if (!href) throw new Error(`no link matches ${selector}`)
  return href
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(base)
  const sectionHref = await firstLink(page, '.sections-nav a[href^="/sections/"]')
  // The seed article (its id comes from its identity, so it is stable) with a fact chosen.
  const seedHref = '/articles/acc2bf6117f50ada7'
  await page.goto(new URL(seedHref, base).href)
  const factHref = await firstLink(page, '.article-fact:has(.type-investment) .article-fact-link')
  const shots: Array<[string, string]> = [
    ['home', '/'],
    ['section', sectionHref],
    ['article-seed', seedHref],
    ['article-fact', factHref],
    ['search', '/search?q=tungsten'],
    ['search-empty', '/search?q=zzzzqx'],
    ['search-prompt', '/search'],
    ['search-filtered', '/search?q=minerals&country=country%3AKZ&type=investment&since=2025'],
    ['dossier-country', '/entities/country:KZ'],
    ['dossier-person', '/entities/person:marco-rubio'],
    ['dossier-mineral', '/entities/mineral:tungsten'],
    ['dossier-place', '/entities/place:kz-northern-katpar'],
    ['dossier-place-map', '/entities/place:kz-astana'],
    ['entities', '/entities'],
    ['facts', '/facts'],
    ['facts-filtered', '/facts?type=investment&country=country%3AKZ'],
    ['facts-empty', '/facts?type=visit&mineral=mineral%3Atungsten'],
    ['timeline', '/timeline'],
    ['map', '/map'],
    ['map-world', '/map?view=world&measure=money'],
    ['about', '/about'],
    ['not-found', '/articles/a0000000000000000'],
  ]
  for (const [name, path] of shots) {
    if (only && name !== only) continue
    for (const [suffix, viewport] of [
      ['', { width: 1280, height: 900 }],
      ['-phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport)
      await page.goto(new URL(path, base).href)
      await page.screenshot({
        path: new URL(`${name}${suffix}.png`, outDir).pathname,
        fullPage: true,
      })
    }
    console.log(`${name}: ${path}`)
  }
} finally {
  await browser.close()
}

// Full-page PNGs of long pages run to a megabyte; pngquant (Debian's package) makes them a
// third of that with no visible change. Skipped when it is not installed.
const pngquant = spawnSync('pngquant', ['--version'])
if (pngquant.status === 0) {
  const files = readdirSync(outDir).filter((name) => name.endsWith('.png'))
  spawnSync('pngquant', ['--force', '--ext', '.png', '--skip-if-larger', ...files], {
    cwd: outDir,
    stdio: 'inherit',
  })
}
