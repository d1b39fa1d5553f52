import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityProblems, startBrowserSite, type BrowserSite } from './harness.js'

let site: BrowserSite
beforeAll(async () => {
  site = await startBrowserSite()
}, 60_000)
afterAll(async () => site?.close())

const listbox = '#search-suggestions'

/** Types into the masthead's search box like a person would and waits for the list for it. */
async function typeSearch(page: Page, words: string): Promise<void> {
  await page.locator('#search-input').pressSequentially(words, { delay: 30 })
  // The answer for all the words, not for the first letters typed.
  await page.locator(`${listbox} .suggest-all`, { hasText: `“${words}”` }).waitFor()
}

describe('searching as you type', () => {
  it('"kaz" suggests Kazakhstan and articles; the list is a labelled, accessible combobox', async () => {
    const page = await site.page()
    await page.goto(site.url)
    await typeSearch(page, 'kaz')
    await expect(page.locator('#search-input').getAttribute('aria-expanded')).resolves.toBe('true')
    const entities = page.locator(`${listbox} [role="group"]`, { hasText: 'Entities' })
    await expect(
      entities.locator('[role="option"]', { hasText: 'Kazakhstan' }).first().getAttribute('href'),
    ).resolves.toBe('/entities/country:KZ')
    const articles = page.locator(`${listbox} [role="group"]`, { hasText: 'Articles' })
    expect(await articles.locator('a[role="option"]').count()).toBeGreaterThan(0)
    expect(await accessibilityProblems(page)).toEqual([])
    await page.close()
  })

  it('ArrowDown and Enter open the chosen suggestion', async () => {
    const page = await site.page()
    await page.goto(site.url)
    await typeSearch(page, 'kaz')
    await page.keyboard.press('ArrowDown')
    const input = page.locator('#search-input')
    const activeId = await input.getAttribute('aria-activedescendant')
    expect(activeId).toBeTruthy()
    const chosen = page.locator(`#${activeId}`)
    await expect(chosen.getAttribute('aria-selected')).resolves.toBe('true')
    // The choice is visible, not only announced.
    const backgrounds = await page
      .locator(`${listbox} a[role="option"]`)
      .evaluateAll((options) => options.map((option) => getComputedStyle(option).backgroundColor))
    expect(new Set(backgrounds).size).toBeGreaterThan(1)
    const href = await chosen.getAttribute('href')
    expect(href).toMatch(/^\/(entities|articles)\//)
    await Promise.all([page.waitForURL(`${site.url}${href}`), page.keyboard.press('Enter')])
    expect(await page.locator('h1').count()).toBe(1)
    await page.close()
  })

  it('a word nothing matches says so, and still offers the full search', async () => {
    const page = await site.page()
    await page.goto(site.url)
    await typeSearch(page, 'qwxzvb')
    await expect(page.locator(`${listbox} .suggest-empty`).textContent()).resolves.toContain(
      'No results',
    )
    expect(await page.locator(`${listbox} a[role="option"]`).count()).toBe(1)
    // The one option left is the full search, which says the same on its own page.
    await page.keyboard.press('ArrowDown')
    await Promise.all([page.waitForURL(/\/search\?q=qwxzvb$/), page.keyboard.press('Enter')])
    await expect(page.locator('.no-results-message').textContent()).resolves.toBe(
      'No articles match “qwxzvb”.',
    )
    await page.close()
  })

  it('"View all results" leads to the results page for the words typed', async () => {
    const page = await site.page()
    await page.goto(site.url)
    await typeSearch(page, 'tungsten')
    const viewAll = page.locator(`${listbox} .suggest-all`)
    await expect(viewAll.textContent()).resolves.toContain('View all results')
    await Promise.all([page.waitForURL(/\/search\?q=tungsten$/), viewAll.click()])
    await expect(page.locator('h1').textContent()).resolves.toContain('tungsten')
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('Escape closes the list and keeps the words typed', async () => {
    const page = await site.page()
    await page.goto(site.url)
    await typeSearch(page, 'kaz')
    await page.keyboard.press('Escape')
    await page.locator(listbox).waitFor({ state: 'hidden' })
    const input = page.locator('#search-input')
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(input.inputValue()).resolves.toBe('kaz')
    await page.close()
  })
})

describe('searching without JavaScript', () => {
  it('submitting the form shows the results page with the words highlighted', async () => {
    const page = await site.page({ javaScriptEnabled: false })
    await page.goto(site.url)
    await page.locator('#search-input').fill('tungsten')
    await Promise.all([page.waitForURL(/\/search\?q=tungsten$/), page.keyboard.press('Enter')])
    await expect(page.locator('h1').textContent()).resolves.toBe('Search results for “tungsten”')
    const marks = await page.locator('.search-results .snippet mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) expect(mark.toLowerCase()).toContain('tungsten')
    await page.close()
  })
})
