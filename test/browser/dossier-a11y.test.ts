// Axe on each kind of dossier, kept apart from accessibility.test.ts because the dossier
// pages are owned (and fixed) separately.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityProblems, startBrowserSite, type BrowserSite } from './harness.js'

let site: BrowserSite
beforeAll(async () => {
  site = await startBrowserSite()
}, 60_000)
afterAll(async () => site?.close())

describe('every kind of dossier passes axe (WCAG 2.1 A/AA and best practice)', () => {
  for (const id of ['country:KZ', 'person:marco-rubio', 'mineral:tungsten', 'place:kz-astana']) {
    it(id, async () => {
      const page = await site.page()
      const response = await page.goto(`${site.url}/entities/${id}`)
      expect(response?.status()).toBe(200)
      expect(await accessibilityProblems(page)).toEqual([])
      await page.close()
    })
  }
})
