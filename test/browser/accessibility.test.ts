import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityProblems, startBrowserSite, type BrowserSite } from './harness.js'

let site: BrowserSite
let articleId: string
let factId: string
beforeAll(async () => {
  site = await startBrowserSite()
  const fact = (await site.store.facts.list({ limit: 1 }))[0]
  if (!fact?.evidence[0]) throw new Error('the sample has no facts')
  factId = fact.id
  articleId = fact.evidence[0].articleId
}, 60_000)
afterAll(async () => site?.close())

/** Opens the address and expects axe to find nothing, naming the page if it does. */
async function expectAccessible(page: Page, address: string, status = 200): Promise<void> {
  const response = await page.goto(site.url + address)
  expect(response?.status(), address).toBe(status)
  expect(await accessibilityProblems(page), address).toEqual([])
}

describe('every page type passes axe (WCAG 2.1 A/AA and best practice)', () => {
  const pages: Array<[string, () => string, number?]> = [
    ['home', () => '/'],
    ['a section', () => '/sections/mining'],
    ['an article', () => `/articles/${articleId}`],
    ['an article with a fact chosen', () => `/articles/${articleId}?fact=${factId}`],
    ['search results', () => '/search?q=tungsten'],
    ['a search without hits', () => '/search?q=zzqxv', 200],
    ['the entities index', () => '/entities'],
    ['the facts explorer', () => '/facts'],
    ['the timeline', () => '/timeline'],
    ['the map', () => '/map'],
    ['about', () => '/about'],
    ['a missing page (404)', () => '/no-such-page', 404],
    ['a bad request (400)', () => '/facts?type=nonsense', 400],
  ]
  for (const [name, address, status] of pages) {
    it(name, async () => {
      const page = await site.page()
      await expectAccessible(page, address(), status)
      await page.close()
    })
  }
})

describe('on a phone (390×844)', () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
  for (const [name, address] of [
    ['home', () => '/'],
    ['an article', () => `/articles/${articleId}`],
  ] as const) {
    it(`${name} passes axe and does not scroll sideways`, async () => {
      const page = await site.page(phone)
      await expectAccessible(page, address())
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, 'horizontal overflow in pixels').toBeLessThanOrEqual(0)
      await page.close()
    })
  }
})

describe('with the keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await site.page()
    await page.goto(`${site.url}/articles/${articleId}`)
    await page.keyboard.press('Tab')
    const first = page.locator(':focus')
    await expect(first.textContent()).resolves.toBe('Skip to content')
    // Visible once focused: on screen, not parked off to the left.
    const box = await first.boundingBox()
    expect(box?.x).toBeGreaterThanOrEqual(0)
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    // The next Tab continues inside the content, not back in the masthead.
    await page.keyboard.press('Tab')
    await expect(
      page.evaluate(() => document.getElementById('main')?.contains(document.activeElement)),
    ).resolves.toBe(true)
    await page.close()
  })

  for (const [name, address] of [
    ['home', () => '/'],
    ['an article', () => `/articles/${articleId}`],
    ['the facts explorer', () => '/facts'],
  ] as const) {
    it(`on ${name}, everything Tab reaches shows that it has focus`, async () => {
      const page = await site.page()
      await page.goto(site.url + address())
      // The masthead is the same everywhere (home covers it): start from the content.
      if (address() !== '/') {
        await page.keyboard.press('Tab')
        await page.keyboard.press('Enter')
      }
      const unmarked: string[] = []
      let links = 0
      for (let step = 0; step < 40; step++) {
        await page.keyboard.press('Tab')
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null
          if (!element || element === document.body) return null
          const style = getComputedStyle(element)
          const outlined =
            style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2
          return {
            what: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
            isLink: element.tagName === 'A',
            shows: outlined || style.boxShadow !== 'none',
          }
        })
        if (!focused) break
        if (focused.isLink) links++
        if (!focused.shows) unmarked.push(focused.what)
      }
      expect(links).toBeGreaterThan(5)
      expect(unmarked).toEqual([])
      await page.close()
    })
  }
})
