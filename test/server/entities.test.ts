import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EntityPage, shownFactIds } from '../../src/web/index.js'
import { labelFromId, type ShownFact } from '../../src/model/index.js'
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
    expect(html).toContain('href="/facts?country=country%3AKZ"')
  })

  it('counts as many facts for a country as its "See all facts" link lists', async () => {
    const { html } = await get('/entities/country:KZ')
    const counted = /<strong>([\d,]+)<\/strong> facts?/.exec(html)?.[1]
    const explorer = await get('/facts?country=country%3AKZ')
    const listed = /<strong>([\d,]+) facts?<\/strong>/.exec(explorer.html)?.[1]
    expect(counted).toBeDefined()
    expect(listed).toBe(counted)
  })

  it('the visits and meetings of a country come newest first, the undated ones last', async () => {
    const { html } = await get('/entities/country:KZ')
    const items = panel(html, 'visits-meetings')
    const dated = [...items.matchAll(/class="chronology-date"><time datetime="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    )
    expect(dated.length).toBeGreaterThan(2)
    expect(dated).toEqual([...dated].sort().reverse())
    const lastDated = items.lastIndexOf(`datetime="${dated[dated.length - 1] ?? ''}"`)
    expect(items.indexOf('Reported')).toBeGreaterThan(lastDated)
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

  it('country:KZ has a map that links to its dossier, and a timeline whose marks link to evidence', async () => {
    const { html } = await get('/entities/country:KZ')
    const map = panel(html, 'map')
    expect(map).toContain('<svg class="map-svg"')
    expect(map).toContain(
      'aria-label="Map of Kazakhstan, its places, and the countries its facts name"',
    )
    expect(map).toMatch(
      /<a class="map-link" href="\/entities\/country:KZ"><title>Kazakhstan: \d+ facts<\/title>/,
    )
    expect(map).toMatch(/<path class="map-country map-c\d map-highlight"/)
    expect(map).toMatch(/<a class="map-pin" href="\/entities\/place:kz-astana"><title>Astana \(/)
    const timeline = panel(html, 'timeline')
    expect(timeline).toContain('<svg class="timeline-chart"')
    const marks = [
      ...timeline.matchAll(
        /<a class="tl-mark" href="\/articles\/(a[0-9a-f]+)\?fact=(f[0-9a-f]+)#fact-text">/g,
      ),
    ]
    expect(marks.length).toBeGreaterThan(5)
    // A mark's link is the same evidence the fact lists below it cite.
    const [, articleId, factId] = marks[0] ?? []
    expect(html).toContain(`href="/articles/${articleId}?fact=${factId}#fact-text">`)
    const article = await get(`/articles/${articleId}?fact=${factId}`)
    expect(article.status).toBe(200)
  })

  it('a person has a timeline of their meetings; a mineral with one dated fact has none', async () => {
    const person = await get('/entities/person:marco-rubio')
    expect(panel(person.html, 'timeline')).toMatch(/<title>[^<]*Reception meeting/)
    expect(person.html).not.toContain('class="map-svg"')
    const mineral = await get('/entities/mineral:tungsten')
    expect(panel(mineral.html, 'timeline')).toBe('')
  })

  it('a place with coordinates has a locator map with its pin in its country', async () => {
    const { html } = await get('/entities/place:kz-astana')
    const details = panel(html, 'details')
    expect(details).toContain('<svg class="map-svg"')
    expect(details).toMatch(/<a class="map-pin" href="\/entities\/place:kz-astana">/)
    expect(details).toMatch(/<a class="map-link" href="\/entities\/country:KZ">/)
    expect(panel(html, 'timeline')).toBe('')
  })

  it('a place without coordinates has no map', async () => {
    for (const path of [
      '/entities/place:kz-karaganda-region',
      '/entities/place:kz-northern-katpar',
    ]) {
      const { status, html } = await get(path)
      expect(status, path).toBe(200)
      expect(html, path).not.toContain('class="map-svg"')
      expect(html, path).not.toContain('Coordinates')
    }
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

describe('a dossier with many facts', () => {
  const agreement = (index: number): ShownFact => ({
    id: `f${String(index).padStart(3, '0')}`,
    type: 'agreement',
    parties: ['organization:zorvath-capital', 'country:KZ'],
    when: `2025-${String((index % 12) + 1).padStart(2, '0')}-01`,
    value: { value: 1_000_000, currency: 'USD', qualifier: 'exact' },
    confidence: 0.9,
    evidence: [{ articleId: 'a1', revision: 1, start: 0, end: 5, text: 'words' }],
  })
  const facts = Array.from({ length: 45 }, (_, index) => agreement(index))
  const entity = {
    id: 'organization:zorvath-capital',
    type: 'organization' as const,
    name: 'Zorvath Capital',
  }

  it('shows the evidence of the facts its panels show, and only of those', () => {
    const shown = shownFactIds({ entity, facts })
    expect(shown.size).toBe(45) // all on the timeline (up to 200), 20 in the deals panel
    const fewer = shownFactIds({ entity: { ...entity, type: 'place' }, facts })
    expect(fewer.size).toBe(20)
    expect([...fewer]).toEqual(facts.slice(0, 20).map((fact) => fact.id))
  })

  it('lists the newest 20 in a panel and links to the rest', () => {
    const html = String(
      EntityPage({
        data: {
          entity,
          counts: { articles: 1, facts: 45 },
          facts,
          nameOf: labelFromId,
          sources: new Map(),
          articles: { items: [], total: 0 },
        },
      }),
    )
    const deals = panel(html, 'deals')
    expect(deals.match(/class="fact-item"/g)).toHaveLength(20)
    expect(deals).toContain('Showing the 20 newest of 45.')
    expect(deals).toContain(
      'href="/facts?entity=organization%3Azorvath-capital&amp;type=agreement"',
    )
  })
})
