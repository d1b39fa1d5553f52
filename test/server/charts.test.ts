import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TimelinePage } from '../../src/web/index.js'
import { labelFromId, type ShownFact } from '../../src/model/index.js'
import { buildSite, type Site } from '../helpers/site-harness.js'

let site: Site
let empty: Site
beforeAll(async () => {
  ;[site, empty] = await Promise.all([buildSite(), buildSite({ sample: false })])
})
afterAll(async () => {
  await site?.close()
  await empty?.close()
})

async function page(target: Site, path: string): Promise<{ status: number; html: string }> {
  const response = await target.app.request(path)
  return { status: response.status, html: await response.text() }
}

/** The timeline's marks: links inside the SVG, each with its title. */
function marks(html: string): Array<{ href: string; title: string }> {
  const svg = /<svg class="timeline-chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
  return [...svg.matchAll(/<a class="tl-mark" href="([^"]+)"><title>([^<]*)<\/title>/g)].map(
    (m) => ({
      href: m[1] ?? '',
      title: m[2] ?? '',
    }),
  )
}

describe('/timeline', () => {
  it('draws the dated facts, each mark linked to its evidence and titled in words', async () => {
    const { status, html } = await page(site, '/timeline')
    expect(status).toBe(200)
    expect(html).toContain('<h1>Timeline</h1>')
    const drawn = marks(html)
    expect(drawn.length).toBeGreaterThan(10)
    for (const mark of drawn)
      expect(mark.href).toMatch(/^\/articles\/a[0-9a-f]+\?fact=[^&#"]+#fact-text$/)
    expect(drawn.map((mark) => mark.title)).toContainEqual(
      expect.stringContaining('Sergio Gor: visit to Kyrgyzstan and Bishkek, 4 February 2026'),
    )
    // Lanes are labelled; a lane with no dated facts is left out.
    expect(html).toContain('class="tl-lane-label"')
    expect(html).not.toMatch(/class="tl-lane-label"[^>]*>Resource/)
  })

  it('lists the same facts below the chart, grouped by month, in order', async () => {
    const { html } = await page(site, '/timeline')
    const list = html.slice(html.indexOf('class="timeline-list"'))
    const months = [...list.matchAll(/<h3 class="timeline-month">([^<]+)<\/h3>/g)].map((m) => m[1])
    expect(months).toContain('November 2025')
    expect(months.indexOf('June 2025')).toBeLessThan(months.indexOf('November 2025'))
    expect(months.indexOf('November 2025')).toBeLessThan(months.indexOf('February 2026'))
    const listed = list.match(/<li class="timeline-fact">/g)?.length ?? 0
    expect(listed).toBe(marks(html).length)
    expect(list).toContain(
      '<a href="/entities/person:sergio-gor" class="entity-link">Sergio Gor</a>',
    )
  })

  it('type=visit leaves only visits', async () => {
    const { status, html } = await page(site, '/timeline?type=visit')
    expect(status).toBe(200)
    const drawn = marks(html)
    expect(drawn.length).toBeGreaterThan(0)
    for (const mark of drawn) expect(mark.title).toMatch(/: visit to /)
    expect(html).toContain('<option value="visit" selected="">Visit</option>')
    expect(html).not.toMatch(/class="badge type-meeting"/)
  })

  it('filters by entity and date range', async () => {
    const { html } = await page(site, '/timeline?entity=country:TJ&since=2025-06&until=2025-12')
    const drawn = marks(html)
    expect(drawn.length).toBeGreaterThan(0)
    for (const mark of drawn) expect(mark.title).toContain('Tajikistan')
    const list = html.slice(html.indexOf('class="timeline-list"'))
    const times = [...list.matchAll(/<time datetime="([^"]+)">/g)].map((m) => m[1] ?? '')
    expect(times.length).toBe(drawn.length)
    // Dates overlapping June–December 2025: that month or later, or the whole of 2025.
    for (const time of times)
      expect(time === '2025' || (time >= '2025-06' && time <= '2025-12-31')).toBe(true)
    const shorthand = await page(site, '/timeline?country=tj&since=2025-06&until=2025-12')
    expect(marks(shorthand.html)).toEqual(drawn)
  })

  it('draws only the newest facts when there are too many, with every month counted above', () => {
    const fact = (id: string, when: string): ShownFact => ({
      id,
      type: 'visit',
      traveler: 'person:marco-rubio',
      destinations: ['country:KZ'],
      when,
      confidence: 0.9,
      evidence: [{ articleId: 'a1', revision: 1, start: 0, end: 5, text: 'Rubio' }],
    })
    const html = String(
      TimelinePage({
        facts: [fact('f1', '2025-11-05'), fact('f2', '2025-12-01')],
        total: 1234,
        months: [
          { period: '2025-09', count: 1000 },
          { period: '2025-11', count: 200 },
          { period: '2025-12', count: 34 },
        ],
        nameOf: labelFromId,
        filters: { type: 'visit' },
        entityOptions: [],
        undated: 0,
      }),
    )
    expect(html).toContain('newest</strong> of 1,234 dated facts')
    expect(html).toContain('narrow the range or filter to see the rest')
    const strip = /<svg class="month-strip"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
    // Every month from the first to the last, October's empty one too, each a link to itself.
    expect([...strip.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => m[1])).toEqual([
      'September 2025: 1,000 facts',
      'October 2025: 0 facts',
      'November 2025: 200 facts',
      'December 2025: 34 facts',
    ])
    expect(strip).toContain('href="/timeline?type=visit&amp;since=2025-11&amp;until=2025-11"')
    expect(strip.match(/ms-bar ms-shown/g)).toHaveLength(2)
    expect(html).toContain('href="/facts?type=visit"')
  })

  it('a bad filter is a 400 naming the parameter', async () => {
    expect((await page(site, '/timeline?type=rumour')).status).toBe(400)
    const badDate = await page(site, '/timeline?since=last-week')
    expect(badDate.status).toBe(400)
    expect(badDate.html).toContain('since')
    expect((await page(site, '/timeline?entity=%3Cscript%3E')).status).toBe(400)
  })

  it('says so when nothing matches, and on an empty store', async () => {
    const none = await page(site, '/timeline?type=visit&since=1990&until=1991')
    expect(none.status).toBe(200)
    expect(none.html).toContain('No dated facts match these filters.')
    expect(none.html).not.toContain('<svg class="timeline-chart"')
    const bare = await page(empty, '/timeline')
    expect(bare.status).toBe(200)
    expect(bare.html).toContain('No dated facts yet')
  })
})

describe('/map', () => {
  it('shades Kazakhstan as a link to its dossier, with a path and a title', async () => {
    const { status, html } = await page(site, '/map')
    expect(status).toBe(200)
    expect(html).toContain('<h1>Map</h1>')
    expect(html).toMatch(
      /<a class="map-link" href="\/entities\/country:KZ"><title>Kazakhstan: \d+ facts<\/title><path class="map-country map-c\d[^"]*" d="M[^"]+"/,
    )
    // The accessible version: a table of countries and their numbers.
    expect(html).toMatch(
      /<th scope="row"><a href="\/entities\/country:KZ">Kazakhstan<\/a><\/th><td class="num">\d+<\/td>/,
    )
  })

  it('pins the places that have coordinates, linked to their dossiers', async () => {
    const { html } = await page(site, '/map')
    expect(html).toMatch(
      /<a class="map-pin" href="\/entities\/place:kg-bishkek"><title>Bishkek \(capital, Kyrgyzstan, 2 facts\)<\/title><circle/,
    )
    expect(html).toContain('<a href="/entities/place:kg-bishkek">Bishkek</a>')
  })

  it('fits the region to Central Asia, naming the countries left outside', async () => {
    const { html } = await page(site, '/map')
    expect(html).toContain('<h2 id="map-heading">The region</h2>')
    expect(html).toMatch(/Outside this view: [^<]*United States/)
    const world = await page(site, '/map?view=world')
    expect(world.status).toBe(200)
    expect(world.html).toContain('href="/entities/country:US"')
    expect(world.html).not.toContain('Outside this view')
  })

  it('measure=money shades by US dollars and says other currencies are not converted', async () => {
    const { status, html } = await page(site, '/map?measure=money')
    expect(status).toBe(200)
    expect(html).toMatch(/<title>Kyrgyzstan: USD 500 million<\/title>/)
    expect(html).toContain('are not converted')
    expect(html).toContain('<a href="/map?measure=money" aria-current="true">Money (USD)</a>')
  })

  it('a bad measure or view is a 400', async () => {
    const bad = await page(site, '/map?measure=vibes')
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('measure')
    expect((await page(site, '/map?view=moon')).status).toBe(400)
  })

  it('an empty store shows the empty state', async () => {
    const { status, html } = await page(empty, '/map')
    expect(status).toBe(200)
    expect(html).toContain('No facts name a country yet')
    expect(html).not.toContain('class="map-svg"')
  })

  it('renders quickly once started', async () => {
    await page(site, '/map')
    const started = performance.now()
    await page(site, '/map')
    expect(performance.now() - started).toBeLessThan(250)
  })
})
