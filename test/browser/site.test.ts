import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityProblems, startBrowserSite, type BrowserSite } from './harness.js'

let site: BrowserSite
beforeAll(async () => {
  site = await startBrowserSite()
}, 60_000)
afterAll(async () => site?.close())

describe('the news site in a browser', () => {
  it('the home page lists the sample, newest first, and passes axe', async () => {
    const page = await site.page()
    await page.goto(site.url)
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Latest')
    const headlines = await page
      .locator('.lead-story .headline, .article-list .headline')
      .allTextContents()
    expect(headlines.length).toBeGreaterThan(5)
    expect(await accessibilityProblems(page)).toEqual([])
    await page.close()
  })

  it('every section in the navigation opens a page of its articles', async () => {
    const page = await site.page()
    await page.goto(site.url)
    const sections = await page
      .locator('.sections-nav a[href^="/sections/"]')
      .evaluateAll((links) =>
        links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''),
      )
    expect(sections.length).toBeGreaterThan(2)
    for (const href of sections) {
      const response = await page.goto(site.url + href)
      expect(response?.status(), href).toBe(200)
      expect(await page.locator('.article-card, .lead-story').count(), href).toBeGreaterThan(0)
    }
    await page.close()
  })
})
