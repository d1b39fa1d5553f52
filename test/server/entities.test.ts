import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, type Site } from '../helpers/site-harness.js'

let site: Site
beforeAll(async () => {
  site = await buildSite()
})
afterAll(async () => site?.close())

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await site.app.request(path)
  return { status: response.status, html: await response.text() }
}

/** The HTML of one dossier panel, found by its heading's id. */
function panel(html: string, id: string): string {
  const start = html.indexOf(`aria-labelledby="${id}-heading"`)
  if (start < 0) return ''
  return html.slice(start, html.indexOf('</section>', start))
}

function h1Of(html: string): string | undefined {
  return /<h1>([^<]*)<\/h1>/.exec(html)?.[1]
}

describe('entity dossiers', () => {
  it('country:KZ shows investments into it with a USD total, and links to its evidence and articles', async () => {
    const { status, html } = await get('/entities/country:KZ')
    expect(status).toBe(200)
    expect(h1Of(html)).toBe('Kazakhstan')
    const investments = panel(html, 'investments')
    expect(investments).toContain('Into Kazakhstan')
    // The Cove Capital amount is "over USD 1 billion", so the total is a floor.
    expect(investments).toMatch(/at least USD [\d.,]+ (billion|million)/)
    expect(investments).toContain('KZT 7.7 billion')
    expect(investments).not.toMatch(/USD [^<]*KZT|KZT [^<]*USD/)
    expect(investments).toMatch(/href="\/articles\/a[0-9a-f]+\?fact=f[0-9a-f]+#fact-text"/)
    expect(panel(html, 'articles')).toMatch(/href="\/articles\/a[0-9a-f]+"/)
    expect(panel(html, 'visits-meetings')).toContain('Meeting')
    expect(panel(html, 'people')).toContain('href="/entities/person:kassym-jomart-tokayev"')
    expect(panel(html, 'dependencies')).toContain('depends on')
    expect(html).toContain('href="/facts?entity=country%3AKZ"')
  })

  it('the visits and meetings of a country come in date order', async () => {
    const { html } = await get('/entities/country:KZ')
    const dates = [...panel(html, 'visits-meetings').matchAll(/<time datetime="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    )
    expect(dates.length).toBeGreaterThan(2)
    expect(dates).toEqual([...dates].sort())
  })

  it('person:marco-rubio shows travels, meetings and quotes with their sources', async () => {
    const { status, html } = await get('/entities/person:marco-rubio')
    expect(status).toBe(200)
    expect(h1Of(html)).toBe('Marco Rubio')
    expect(html).toContain('Secretary of State')
    expect(panel(html, 'travels')).toContain('visit to')
    expect(panel(html, 'meetings')).toContain('Reception meeting')
    const quotes = panel(html, 'quotes')
    expect(quotes).toContain('<blockquote>')
    expect(quotes).toContain('resources that God has blessed your nations with')
    expect(quotes).toMatch(/href="\/articles\/a[0-9a-f]+\?fact=f[0-9a-f]+#fact-text"/)
  })

  it('mineral:tungsten shows where it is, who deals in it and how much money', async () => {
    const { status, html } = await get('/entities/mineral:tungsten')
    expect(status).toBe(200)
    expect(h1Of(html)).toBe('Tungsten')
    const where = panel(html, 'where')
    expect(where).toContain('href="/entities/place:kz-northern-katpar"')
    expect(where).toContain('5,000 t/yr')
    expect(panel(html, 'who')).toContain('href="/entities/organization:cove-capital"')
    expect(panel(html, 'how-much')).toContain('at least USD 1 billion')
  })

  it('a place dossier gives its country, coordinates and what happened there', async () => {
    const { status, html } = await get('/entities/place:kz-northern-katpar')
    expect(status).toBe(200)
    expect(h1Of(html)).toBe('Northern Katpar')
    const details = panel(html, 'details')
    expect(details).toContain('href="/entities/country:KZ"')
    expect(details).toContain('href="/entities/place:kz-karaganda-region"')
    expect(panel(html, 'happened')).toContain('tungsten')
  })

  it('an entity with a single mention has no empty panels', async () => {
    const { status, html } = await get('/entities/place:kz-almaty')
    expect(status).toBe(200)
    expect(html).not.toMatch(/<h2 id="[a-z-]+-heading">[^<]*<\/h2>\s*<\/section>/)
    expect(panel(html, 'happened')).toBe('')
    expect(panel(html, 'articles')).toContain('href="/articles/')
  })

  it('escapes what it shows', async () => {
    const { html } = await get('/entities/organization:castellane-roe')
    expect(h1Of(html)).toBe('Castellane &amp; Roe')
  })

  it('accepts a percent-encoded colon', async () => {
    const { status, html } = await get('/entities/country%3AKZ')
    expect(status).toBe(200)
    expect(h1Of(html)).toBe('Kazakhstan')
  })

  it('an unknown id is the real 404 page', async () => {
    for (const path of [
      '/entities/country:ZZ',
      '/entities/not-an-id',
      '/entities/person:nobody-at-all',
    ]) {
      const { status, html } = await get(path)
      expect(status, path).toBe(404)
      expect(html).toContain('Page not found')
    }
  })
})

describe('the entity index', () => {
  it('lists entities with their article and fact counts, linked to their dossiers', async () => {
    const { status, html } = await get('/entities')
    expect(status).toBe(200)
    expect(h1Of(html)).toBe('Entities')
    expect(html).toContain('href="/entities/country:KZ"')
    expect(html).toMatch(/<label for="entity-type">Type<\/label>/)
    expect(html).toMatch(/<label for="entity-name">Name contains<\/label>/)
  })

  it('?type=mineral lists only minerals', async () => {
    const { status, html } = await get('/entities?type=mineral')
    expect(status).toBe(200)
    expect(h1Of(html)).toBe('Minerals')
    const tbody = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'))
    const links = [...tbody.matchAll(/href="\/entities\/([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(links).toContain('mineral:tungsten')
    expect(links.every((id) => id.startsWith('mineral:'))).toBe(true)
  })

  it('?q= filters by name or alias', async () => {
    const { html } = await get('/entities?q=katpar')
    const tbody = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'))
    expect(tbody).toContain('href="/entities/place:kz-northern-katpar"')
    expect(tbody).not.toContain('href="/entities/country:KZ"')
  })

  it('paginates, and a page past the end is a 404', async () => {
    const first = await get('/entities')
    expect(first.html).toContain('href="/entities?page=2"')
    expect((await get('/entities?page=2')).status).toBe(200)
    expect((await get('/entities?page=999')).status).toBe(404)
  })

  it('a bad type or page is a 400 naming the parameter', async () => {
    const badType = await get('/entities?type=planet')
    expect(badType.status).toBe(400)
    expect(badType.html).toContain('type: expected one of country')
    expect((await get('/entities?page=zero')).status).toBe(400)
  })
})
