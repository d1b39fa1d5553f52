import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityProblems, startBrowserSite, type BrowserSite } from './harness.js'

let site: BrowserSite
beforeAll(async () => {
  site = await startBrowserSite()
}, 60_000)
afterAll(async () => site?.close())

const VIEWPORTS = [
  { name: 'wide screen', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const

const PAGES = [
  '/entities/country:KZ',
  '/entities/person:marco-rubio',
  '/entities/mineral:tungsten',
  // A place with coordinates, so its locator map is checked too.
  '/entities/place:kz-astana',
  '/entities',
]

describe('dossiers in a browser', () => {
  for (const viewport of VIEWPORTS) {
    it(`pass axe on a ${viewport.name}`, async () => {
      const page = await site.page()
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      for (const path of PAGES) {
        const response = await page.goto(site.url + path)
        expect(response?.status(), path).toBe(200)
        expect(await accessibilityProblems(page), path).toEqual([])
      }
      await page.close()
    }, 60_000)

    it(`keep wide charts inside the page on a ${viewport.name}`, async () => {
      const page = await site.page()
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      await page.goto(site.url + '/entities/country:KZ')
      await expect(page.locator('svg.timeline-chart').count()).resolves.toBe(1)
      await expect(page.locator('svg.map-svg').count()).resolves.toBe(1)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await page.close()
    }, 30_000)
  }

  it('a timeline mark opens the fact in its article', async () => {
    const page = await site.page()
    await page.goto(site.url + '/entities/person:marco-rubio')
    const mark = page.locator('svg.timeline-chart a.tl-mark').first()
    const href = await mark.getAttribute('href')
    expect(href).toMatch(/^\/articles\/a[0-9a-f]+\?fact=f[0-9a-f]+#fact-text$/)
    await page.goto(site.url + href)
    await expect(page.locator('h1').count()).resolves.toBe(1)
    await page.close()
  }, 30_000)
})
