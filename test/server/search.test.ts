import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, type Site } from '../helpers/site-harness.js'

let site: Site

beforeAll(async () => {
  site = await buildSite()
}, 120_000)

afterAll(async () => {
  await site.close()
})

async function page(address: string): Promise<{ status: number; html: string }> {
  const response = await site.app.request(address)
  return { status: response.status, html: await response.text() }
}

/** The headlines of the results list, in order. */
function headlines(html: string): string[] {
  return [...html.matchAll(/<h3 class="headline"><a href="[^"]+">([^<]+)<\/a>/g)].map(
    (match) => match[1] ?? '',
  )
}

function matchCount(html: string): number {
  const count = /<p class="search-count">(\d+|No) article/.exec(html)?.[1]
  if (count === undefined) throw new Error('no match count on the page')
  return count === 'No' ? 0 : Number(count)
}

const COVE_KAZ = 'Cove Kaz takes 70% of Kazakh tungsten venture as U.S. lenders line up support'

describe('the search results page', () => {
  it('finds the Cove Kaz tungsten article and highlights the match', async () => {
    const { status, html } = await page('/search?q=tungsten')
    expect(status).toBe(200)
    expect(html).toContain('<h1>Search results for “tungsten”</h1>')
    expect(html).toMatch(/\d+ articles match\./)
    expect(headlines(html)).toContain(COVE_KAZ)
    expect(html).toMatch(/<p class="snippet">[^]*?<mark>tungsten<\/mark>/i)
  })

  it('keeps the query in the search box and asks not to be indexed', async () => {
    const { html } = await page('/search?q=tungsten')
    expect(html).toMatch(/<input id="search-input"[^>]*value="tungsten"/)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  })

  it('lists the matching entities above the articles, linked to their dossiers', async () => {
    const { html } = await page('/search?q=kazakhstan%20tungsten')
    const entities = html.slice(html.indexOf('search-entities'), html.indexOf('article-list'))
    expect(entities).toContain('Entities:')
    expect(entities).toContain('<a href="/entities/country:KZ">Kazakhstan</a>')
    expect(entities).toContain('(country)')
    expect(entities).toContain('<a href="/entities/mineral:tungsten">tungsten</a>')
  })

  it('narrows by fact type, country, mineral, section and date', async () => {
    const all = matchCount((await page('/search?q=tungsten')).html)
    const visits = await page('/search?q=tungsten&type=visit')
    expect(matchCount(visits.html)).toBeLessThan(all)
    expect(headlines(visits.html)).not.toContain(COVE_KAZ)
    expect(visits.html).toContain('Fact type: Visit')

    const mining = await page('/search?q=tungsten&section=mining')
    expect(matchCount(mining.html)).toBeLessThan(all)
    expect(headlines(mining.html)).toContain(COVE_KAZ)

    const before = await page('/search?q=tungsten&until=2025-11')
    expect(matchCount(before.html)).toBeLessThan(all)
    expect(headlines(before.html)).toContain(COVE_KAZ)
    const after = await page('/search?q=tungsten&since=2025-12')
    expect(headlines(after.html)).not.toContain(COVE_KAZ)
    expect(matchCount(before.html) + matchCount(after.html)).toBe(all)

    const minerals = matchCount((await page('/search?q=minerals')).html)
    const inKazakhstan = await page('/search?q=minerals&country=country%3AKZ')
    expect(matchCount(inKazakhstan.html)).toBeGreaterThan(0)
    expect(matchCount(inKazakhstan.html)).toBeLessThan(minerals)
    expect(inKazakhstan.html).toContain('Country: Kazakhstan')
    expect(inKazakhstan.html).toMatch(/<option value="country:KZ" selected="">Kazakhstan/)

    const withUranium = await page('/search?q=tungsten&mineral=mineral%3Auranium')
    expect(matchCount(withUranium.html)).toBeLessThan(all)
  })

  it('answers a filter value it does not know with a 400 naming the parameter', async () => {
    for (const [address, parameter] of [
      ['/search?q=tungsten&type=party', 'type'],
      ['/search?q=tungsten&country=country%3AXX', 'country'],
      ['/search?q=tungsten&mineral=unobtainium', 'mineral'],
      ['/search?q=tungsten&section=sport', 'section'],
      ['/search?q=tungsten&since=last-week', 'since'],
      ['/search?q=tungsten&page=0', 'page'],
    ] as const) {
      const { status, html } = await page(address)
      expect(status, address).toBe(400)
      expect(html, address).toContain(`${parameter}: expected`)
    }
  })

  it('says plainly when nothing matches, and offers ways out', async () => {
    const { status, html } = await page('/search?q=zzzzqx')
    expect(status).toBe(200)
    expect(html).toContain('No articles match “zzzzqx”.')
    expect(html).toContain('Check the spelling')

    const filtered = await page('/search?q=tungsten&since=2026-06')
    expect(filtered.html).toContain('No articles match “tungsten”.')
    expect(filtered.html).toContain('<a href="/search?q=tungsten">Search for “tungsten” without')
  })

  it('prompts with examples when the query is empty', async () => {
    const { status, html } = await page('/search')
    expect(status).toBe(200)
    expect(html).toContain('<h1>Search</h1>')
    expect(html).toContain('href="/search?q=tungsten"')
    expect(html).not.toContain('No articles match')
  })

  it('answers a page past the end with a 404 that links back', async () => {
    const { status, html } = await page('/search?q=tungsten&page=9')
    expect(status).toBe(404)
    expect(html).toContain('There is no page 9 of results for “tungsten”.')
    expect(html).toContain('href="/search?q=tungsten"')
  })
})

describe('/search/suggest', () => {
  interface Suggestions {
    query: string
    articles: Array<{ id: string; title: string; published: string | null; href: string }>
    entities: Array<{ id: string; name: string; type: string; href: string }>
    total: number
    viewAll: string
  }

  async function suggest(q: string): Promise<{ status: number; body: Suggestions }> {
    const response = await site.app.request(`/search/suggest?q=${encodeURIComponent(q)}`)
    return { status: response.status, body: (await response.json()) as Suggestions }
  }

  it('suggests Kazakhstan and articles as "kaz" is typed', async () => {
    const { status, body } = await suggest(' kaz ')
    expect(status).toBe(200)
    expect(body.query).toBe('kaz')
    expect(body.entities).toContainEqual({
      id: 'country:KZ',
      name: 'Kazakhstan',
      type: 'country',
      href: '/entities/country:KZ',
    })
    expect(body.articles.length).toBeGreaterThan(0)
    expect(body.articles.length).toBeLessThanOrEqual(5)
    expect(body.entities.length).toBeLessThanOrEqual(5)
    expect(body.articles[0]?.href).toMatch(/^\/articles\/a[0-9a-f]+$/)
    expect(body.total).toBeGreaterThanOrEqual(body.articles.length)
    expect(body.viewAll).toBe('/search?q=kaz')
  })

  it('answers a one-letter query with empty lists', async () => {
    const { status, body } = await suggest('k')
    expect(status).toBe(200)
    expect(body).toMatchObject({ articles: [], entities: [], total: 0 })
  })

  it('is cached only briefly', async () => {
    const response = await site.app.request('/search/suggest?q=kaz')
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d{1,2}\b/)
  })

  it('with type=, suggests entities of those types only', async () => {
    const all = await suggest('ta')
    expect(new Set(all.body.entities.map((entity) => entity.type)).size).toBeGreaterThan(1)
    const response = await site.app.request('/search/suggest?q=ta&type=person&type=organization')
    expect(response.status).toBe(200)
    const actors = ((await response.json()) as Suggestions).entities
    expect(actors.length).toBeGreaterThan(0)
    for (const entity of actors) expect(['person', 'organization']).toContain(entity.type)
    const bad = await site.app.request('/search/suggest?q=ta&type=planet')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: string }).error).toMatch(/^type: .*"planet"/)
  })

  it('refuses a query longer than 200 characters with a JSON error', async () => {
    const response = await site.app.request(`/search/suggest?q=${'a'.repeat(201)}`)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toMatch(/^q: /)
  })
})

describe('stored text in results', () => {
  it('escapes markup that an article quotes', async () => {
    const file = path.join(site.dir, 'script-quote.html')
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Zebrafinch tag test</title></head><body><article>
      <h1>Zebrafinch tag test</h1>
      <p>The zebrafinch report quoted the tag &lt;script&gt;alert("zebrafinch")&lt;/script&gt; in
      full, as a lesson in how not to publish a statement about tungsten in Kazakhstan.</p>
      <p>Officials said the zebrafinch mistake would not happen again.</p></article></body></html>`,
    )
    await site.ingest([file])

    const { html } = await page('/search?q=zebrafinch')
    expect(html).toContain('Zebrafinch tag test')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('<script>alert')

    const suggested = await site.app.request('/search/suggest?q=zebrafinch')
    expect(suggested.headers.get('content-type')).toMatch(/^application\/json/)
  })
})
