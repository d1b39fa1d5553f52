import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserSite, type BrowserSite } from './harness.js'

let site: BrowserSite
beforeAll(async () => {
  site = await startBrowserSite()
}, 60_000)
afterAll(async () => site?.close())

/** Whitespace differs where evidence crosses a paragraph break; the words must not. */
const squeezed = (text: string) => text.replace(/\s+/g, '')

describe('reading an article', () => {
  it('a headline on the home page opens the article', async () => {
    const page = await site.page()
    await page.goto(site.url)
    const headline = page.locator('.lead-story .headline a')
    const title = await headline.textContent()
    await Promise.all([page.waitForURL(/\/articles\/a[0-9a-f]+$/), headline.click()])
    await expect(page.locator('h1').textContent()).resolves.toBe(title)
    await page.close()
  })

  it('choosing a fact highlights exactly the words it was drawn from and records it in the address', async () => {
    const page = await site.page()
    await page.goto(site.url)
    await Promise.all([
      page.waitForURL(/\/articles\/a[0-9a-f]+$/),
      page.locator('.lead-story .headline a').click(),
    ])
    const articleId = new URL(page.url()).pathname.split('/').pop() ?? ''
    const facts = await site.store.facts.list({ articleId })
    const fact = facts.find((candidate) =>
      candidate.evidence.some((piece) => piece.articleId === articleId),
    )
    if (!fact) throw new Error(`the lead article ${articleId} has no facts`)

    const link = page.locator(`.article-fact-link[data-fact="${fact.id}"]`)
    await link.click()
    await page.waitForURL((url) => url.searchParams.get('fact') === fact.id)
    await expect(link.getAttribute('aria-current')).resolves.toBe('true')

    const selected = page.locator('.article-body .evidence.is-selected')
    const shown = await selected.evaluateAll((spans) =>
      spans.map((span) => ({
        facts: (span as HTMLElement).dataset.facts ?? '',
        text: span.textContent ?? '',
      })),
    )
    expect(shown.length).toBeGreaterThan(0)
    for (const span of shown) expect(span.facts.split(' ')).toContain(fact.id)
    const evidenceText = fact.evidence
      .filter((piece) => piece.articleId === articleId)
      .sort((a, b) => a.start - b.start)
      .map((piece) => piece.text)
      .join('')
    expect(squeezed(shown.map((span) => span.text).join(''))).toBe(squeezed(evidenceText))

    // Choosing it again clears the highlight and the address.
    await link.click()
    await page.waitForURL((url) => !url.searchParams.has('fact'))
    expect(await selected.count()).toBe(0)
    await page.close()
  })

  it('an address with ?fact= arrives with the evidence marked, also without JavaScript', async () => {
    const [fact] = await site.store.facts.list({ limit: 1 })
    const piece = fact?.evidence[0]
    if (!fact || !piece) throw new Error('the sample has no facts')
    for (const javaScriptEnabled of [true, false]) {
      const page = await site.page({ javaScriptEnabled })
      await page.goto(`${site.url}/articles/${piece.articleId}?fact=${fact.id}`)
      const mark = page.locator('.article-body .evidence.is-selected > mark#fact-text')
      await expect(mark.count()).resolves.toBe(1)
      expect(squeezed(piece.text)).toContain(squeezed((await mark.textContent()) ?? ''))
      await expect(
        page.locator(`.article-fact-link[data-fact="${fact.id}"]`).getAttribute('aria-current'),
      ).resolves.toBe('true')
      await page.close()
    }
  })

  it('a name in the text opens its dossier', async () => {
    const page = await site.page()
    const [fact] = await site.store.facts.list({ limit: 1 })
    await page.goto(`${site.url}/articles/${fact?.evidence[0]?.articleId ?? ''}`)
    const mention = page.locator('.article-body a.entity-link').first()
    const href = (await mention.getAttribute('href')) ?? ''
    const entity = await site.store.entities.get(decodeURIComponent(href.replace('/entities/', '')))
    if (!entity) throw new Error(`the mention links to ${href}, which is no entity`)
    await Promise.all([page.waitForURL(`${site.url}${href}`), mention.click()])
    await expect(page.locator('h1').textContent()).resolves.toContain(entity.name)
    await page.close()
  })
})
