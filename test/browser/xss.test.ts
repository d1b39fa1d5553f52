import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserSite, type BrowserSite } from './harness.js'

/** Each payload sets window.__xss if it ever runs. */
const PAYLOADS = {
  script: '<script>window.__xss=1</script>',
  img: '<img src=x onerror="window.__xss=2">',
  link: '<a href="javascript:window.__xss=3">click</a>',
  svg: '<svg onload="window.__xss=4"></svg>',
  iframe: '<iframe src="javascript:window.__xss=6"></iframe>',
}
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A page that tries everything at once: live markup (which ingestion must drop) next to the
 * same markup as text (which the site must show as text), in the title, byline and body.
 */
const EVIL_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=javascript:window.__xss=5">
<title>Zephyrine ${PAYLOADS.script} tungsten deal in Kazakhstan</title>
<meta name="author" content="By Mallory ${escapeHtml(PAYLOADS.img)}">
<meta property="article:published_time" content="2025-11-20T09:00:00Z">
<link rel="canonical" href="javascript:window.__xss=7">
<base href="javascript:window.__xss=8">
</head>
<body>
<article>
<h1>Zephyrine ${escapeHtml(PAYLOADS.script)} tungsten deal in Kazakhstan</h1>
<p class="byline">By Mallory ${escapeHtml(PAYLOADS.img)}</p>
<p>Kazakhstan signed a zephyrine agreement on tungsten with American investors on Thursday,
officials in Astana said, in a deal the ministry valued at over USD 100 million.
${PAYLOADS.script} The payload ${escapeHtml(PAYLOADS.script)} should read as text.</p>
<p>An image ${PAYLOADS.img} and the text ${escapeHtml(PAYLOADS.img)} follow, then a link
${PAYLOADS.link} and the text ${escapeHtml(PAYLOADS.link)} in the same paragraph about the
Kazakhstan tungsten venture.</p>
<p>A drawing ${PAYLOADS.svg} and the words ${escapeHtml(PAYLOADS.svg)} and a frame
${PAYLOADS.iframe} ${escapeHtml(PAYLOADS.iframe)} close this report on tungsten mining in
Kazakhstan and its partners.</p>
</article>
</body>
</html>
`

let site: BrowserSite
let dir: string
let articleId: string
beforeAll(async () => {
  site = await startBrowserSite()
  dir = mkdtempSync(path.join(tmpdir(), 'lodestone-xss-'))
  const file = path.join(dir, 'evil.html')
  writeFileSync(file, EVIL_PAGE)
  await site.ingest([file])
  const [hit] = await site.store.articles.search('zephyrine', { limit: 1, offset: 0 })
  if (!hit) throw new Error('the hostile page was not stored')
  articleId = hit.summary.id
}, 60_000)
afterAll(async () => {
  await site?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** A page that records every CSP violation, so a blocked payload counts as much as a run one. */
async function watchedPage(options: { javaScriptEnabled?: boolean } = {}) {
  const page = await site.page(options)
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}`),
    )
  })
  return page
}

/** Nothing ran, nothing was blocked, and no markup from the page made it into the DOM. */
async function expectHarmless(page: Page): Promise<void> {
  // Give a late payload (a refresh, an onload) the chance to fire.
  await page.waitForLoadState('load')
  await page.waitForTimeout(200)
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    violations: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    scripts: [...document.querySelectorAll('script')].map((script) => script.src),
    dangerous: document.querySelectorAll(
      'img[onerror], svg[onload], iframe, object, embed, base, meta[http-equiv], a[href^="javascript:" i]',
    ).length,
  }))
  expect(state.xss).toBeUndefined()
  expect(state.violations).toEqual([])
  expect(state.scripts.map((src) => new URL(src).pathname)).toEqual(['/assets/site.js'])
  expect(state.dangerous).toBe(0)
}

describe('a hostile page, once ingested', () => {
  it('its article page shows the markup as text, runs nothing and sends the CSP', async () => {
    const page = await watchedPage()
    const response = await page.goto(`${site.url}/articles/${articleId}`)
    const csp = response?.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    await expectHarmless(page)
    expect(page.url()).toBe(`${site.url}/articles/${articleId}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(
      `Zephyrine ${PAYLOADS.script} tungsten deal in Kazakhstan`,
    )
    await expect(page.locator('.article-meta .byline').textContent()).resolves.toContain(
      PAYLOADS.img,
    )
    const body = (await page.locator('.article-body').textContent()) ?? ''
    for (const payload of Object.values(PAYLOADS)) {
      // The iframe's text was written without its closing tag.
      expect(body).toContain(payload.replace('</iframe>', ''))
    }
    await expect(page.title()).resolves.toContain(PAYLOADS.script)
    await page.close()
  })

  it('its search results and the suggestions show the title as text', async () => {
    const page = await watchedPage()
    const response = await page.goto(`${site.url}/search?q=zephyrine`)
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
    await expectHarmless(page)
    await expect(
      page.locator('.search-results .headline').first().textContent(),
    ).resolves.toContain(PAYLOADS.script)
    expect(await page.locator('.search-results .snippet').first().textContent()).toContain(
      'zephyrine',
    )

    await page.locator('#search-input').fill('')
    await page.locator('#search-input').pressSequentially('zephyrine', { delay: 20 })
    const option = page.locator('#search-suggestions a[role="option"]', { hasText: 'Zephyrine' })
    await expect(option.first().textContent()).resolves.toContain(PAYLOADS.script)
    await expectHarmless(page)
    await page.close()
  })

  it('a dossier it mentions lists it by its title, as text', async () => {
    const page = await watchedPage()
    const response = await page.goto(`${site.url}/entities/country:KZ`)
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
    await expectHarmless(page)
    const link = page.locator(`main a[href="/articles/${articleId}"]`).first()
    await expect(link.textContent()).resolves.toContain(PAYLOADS.script)
    await page.close()
  })

  it('without JavaScript too, the pages carry no live markup from it', async () => {
    for (const address of [`/articles/${articleId}`, '/search?q=zephyrine', '/facts']) {
      const page = await site.page({ javaScriptEnabled: false })
      await page.goto(site.url + address)
      const dangerous = await page
        .locator('main img[onerror], main svg[onload], main iframe, a[href^="javascript:" i]')
        .count()
      expect(dangerous, address).toBe(0)
      await page.close()
    }
  })
})
