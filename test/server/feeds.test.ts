import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, type Site } from '../helpers/site-harness.js'

let site: Site
beforeAll(async () => {
  site = await buildSite()
})
afterAll(async () => site?.close())

describe('feeds', () => {
  it('/rss.xml is RSS 2.0 with every sample article, newest first, linked absolutely', async () => {
    const response = await site.app.request('http://news.example/rss.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/rss+xml')
    const xml = await response.text()
    expect(xml).toMatch(/^<\?xml[^>]*>\s*<rss version="2.0"/)
    const titles = [...xml.matchAll(/<item>\s*<title><!\[CDATA\[(.*?)\]\]><\/title>/g)].map(
      (m) => m[1],
    )
    expect(titles).toHaveLength(13)
    expect(titles[0]).toBe(
      'Uzbekistan and U.S. lenders agree terms for joint minerals investment platform',
    )
    expect(xml).toContain('<link>http://news.example/articles/a')
  })

  it('/atom.xml is Atom 1.0 with the seed article and its author', async () => {
    const response = await site.app.request('http://news.example/atom.xml')
    expect(response.headers.get('content-type')).toContain('application/atom+xml')
    const xml = await response.text()
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    expect(xml).toContain('U.S. secretary of state to tour Central Asia in 2026')
    expect(xml).toContain('<name>Kyle L.</name>')
  })

  it('a section has its own feeds, holding only that section', async () => {
    const xml = await (await site.app.request('http://news.example/sections/mining/rss.xml')).text()
    expect(xml).toContain('Mining &amp; Minerals')
    expect(xml).toContain('Cove Kaz takes 70% of Kazakh tungsten venture')
    expect(xml).not.toContain('Senate and House bills would free Central Asia')
  })

  it('an unknown section has no feed: 404', async () => {
    const response = await site.app.request('http://news.example/sections/nope/atom.xml')
    expect(response.status).toBe(404)
  })
})
