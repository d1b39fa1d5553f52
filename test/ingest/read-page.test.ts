import { describe, expect, it } from 'vitest'
import { articleIdentity, articleIdFor, normalizeUrl, readPage } from '../../src/ingest/index.js'

const prose =
  'Zorvath Capital will invest $40 million in the Qaratau tungsten project, the company said on ' +
  'Tuesday, its largest commitment in the province so far. The money pays for a plant and a road.'

function page(body: string, head = ''): Uint8Array {
  return Buffer.from(
    `<!doctype html><html lang="en"><head><title>Qaratau gets a road | Steppe Post</title>${head}</head>` +
      `<body><article><h1>Qaratau gets a road</h1><p>${body}</p><p>${prose}</p></article></body></html>`,
  )
}

describe('readPage', () => {
  it('reads an HTML page into a clean article with its source', () => {
    const result = readPage({ bytes: page(prose), location: 'road.html', kind: 'file' })
    if (!result.ok) throw new Error(JSON.stringify(result.problem))
    expect(result.value.draft.title).toBe('Qaratau gets a road')
    expect(result.value.draft.language).toBe('en')
    expect(result.value.source).toMatchObject({
      kind: 'file',
      location: 'road.html',
      format: 'html',
    })
    expect(result.value.source.contentHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('drops NUL characters and says so', () => {
    const result = readPage({ bytes: page(`${prose}\u0000`), location: 'nul.html', kind: 'file' })
    if (!result.ok) throw new Error(JSON.stringify(result.problem))
    expect(result.value.draft.text).not.toContain('\u0000')
    expect(result.value.warnings).toContain('nul.html: NUL characters removed')
  })

  it('calls a page without an article a problem naming the input', () => {
    const menu = Buffer.from(
      '<html><body><ul><li><a href="/a">News</a></li><li><a href="/b">Energy</a></li></ul></body></html>',
    )
    const result = readPage({ bytes: menu, location: 'menu.html', kind: 'file' })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.problem).toMatchObject({ code: 'ingest.no-article', input: 'menu.html' })
  })
})

describe('article identity', () => {
  it('is the canonical URL when the page gives one, whatever file it came from', () => {
    const canonical =
      '<link rel="canonical" href="https://www.steppe.example/news/road?utm_source=x#top">'
    const a = readPage({ bytes: page(prose, canonical), location: 'one.html', kind: 'file' })
    const b = readPage({ bytes: page(prose, canonical), location: 'two.html', kind: 'file' })
    if (!a.ok || !b.ok) throw new Error('unreadable')
    const key = articleIdentity(a.value.draft, a.value.source)
    expect(key).toBe('url:https://steppe.example/news/road')
    expect(articleIdentity(b.value.draft, b.value.source)).toBe(key)
    expect(articleIdFor(key)).toMatch(/^a[0-9a-f]{16}$/)
  })

  it('normalises URLs: no fragment, no tracking parameters, no www, no trailing slash', () => {
    expect(normalizeUrl('https://www.example.com/a/b/?utm_medium=rss&id=4#c')).toBe(
      'https://example.com/a/b?id=4',
    )
    expect(normalizeUrl('not a url')).toBe('not a url')
  })
})
