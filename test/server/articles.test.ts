import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArticleBody } from '../../src/web/index.js'
import { buildSite, type Site } from '../helpers/site-harness.js'

const SEED_ID = 'acc2bf6117f50ada7'

let site: Site
let xssId: string
let quietId: string

/** A page whose title and body carry script in every form a reader might let through. */
const XSS_PAGE = `<!doctype html>
<html><head>
<title>Tin mine reopens <script>alert(1)</script> after repairs</title>
<meta property="og:site_name" content="Tin Gazette">
<meta name="author" content="Ora Vance">
<meta property="article:published_time" content="2026-03-02">
<link rel="canonical" href="javascript:alert(1)">
</head><body><article>
<h1>Tin mine reopens &lt;script&gt;alert(1)&lt;/script&gt; after repairs</h1>
<p>The tin mine reopened on Monday <script>alert(1)</script>after a month of repairs to its
crushing plant, the operator said, adding that output would return to normal within weeks.</p>
<p>Workers <img src=x onerror=alert(1)>welcomed the news, and the local council said it had
<a href="javascript:alert(1)">x</a> approved a new access road that will take lorries away from
the town centre and out past the old railway station.</p>
<svg onload=alert(1)><text>svg words</text></svg>
<p>A reader wrote in to say that &lt;img src=x onerror=alert(1)&gt; and &lt;svg onload=alert(1)&gt;
are only words here, and that &lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt; is too, as the
operator prepares to publish its safety figures every quarter.</p>
</article></body></html>
`

/** A page about nothing the extractor looks for: no facts come of it. */
const QUIET_PAGE = `<!doctype html>
<html><head>
<title>Village bakery wins regional bread prize</title>
<meta property="og:site_name" content="Valley Weekly">
<meta property="article:published_time" content="2026-04-10">
</head><body><article>
<h1>Village bakery wins regional bread prize</h1>
<p>The bakery on the main square won the regional prize for its rye loaf on Saturday, the
judges said, after a tasting that drew more than two hundred visitors to the market hall.</p>
<p>The owners said they would keep their prices as they are and open an hour earlier on
weekdays, so that commuters can buy bread before the first bus leaves for the town.</p>
</article></body></html>
`

beforeAll(async () => {
  site = await buildSite()
  const xssFile = path.join(site.dir, 'tin-mine.html')
  const quietFile = path.join(site.dir, 'bakery.html')
  writeFileSync(xssFile, XSS_PAGE)
  writeFileSync(quietFile, QUIET_PAGE)
  const summary = await site.ingest([xssFile, quietFile])
  const idOf = (file: string) => {
    const found = summary.articles.find((article) => article.input === file)
    if (!found) throw new Error(`${file} was not ingested: ${JSON.stringify(summary.skips)}`)
    return found.id
  }
  xssId = idOf(xssFile)
  quietId = idOf(quietFile)
}, 120_000)

afterAll(async () => {
  await site?.close()
})

async function get(address: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await site.app.request(address)
  return { status: response.status, html: await response.text(), headers: response.headers }
}

/** The visible text of a piece of markup, with the entities that matter here decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

describe('the article page', () => {
  it('shows the seed article: title, byline, date, section and site', async () => {
    const { status, html } = await get(`/articles/${SEED_ID}`)
    expect(status).toBe(200)
    expect(html).toMatch(
      /<h1[^>]*>U\.S\. secretary of state to tour Central Asia in 2026 amid push for deeper resource cooperation<\/h1>/,
    )
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    expect(html).toContain('By Kyle L.')
    expect(html).toContain('26 December 2025')
    expect(html).toContain('<a href="/sections/news">News</a>')
    expect(html).toContain('Global Current News')
  })

  it('puts the body text on the page, never the stored HTML', async () => {
    const { html } = await get(`/articles/${SEED_ID}`)
    const article = await site.store.articles.get(SEED_ID)
    const body = /<div class="article-body">([\s\S]*?)<\/div><\/article>/.exec(html)?.[1] ?? ''
    const firstSentence = article?.text.split('\n')[0]?.slice(0, 120) ?? 'missing'
    expect(textOf(body)).toContain(firstSentence)
  })

  it('links entity mentions to their dossiers', async () => {
    const { html } = await get(`/articles/${SEED_ID}`)
    expect(html).toMatch(
      /<a href="\/entities\/country:KZ" class="entity-link" title="Kazakhstan \(country\)">Kazakhstan<\/a>/,
    )
    expect(html).toMatch(
      /<a href="\/entities\/person:marco-rubio" class="entity-link"[^>]*>Marco Rubio<\/a>/,
    )
  })

  it('lists the facts in plain words, each a link that selects its evidence', async () => {
    const { html } = await get(`/articles/${SEED_ID}`)
    expect(html).toContain('Facts in this article')
    expect(textOf(html)).toContain('Cove Capital LLC: investment of over USD 1 billion')
    expect(html).toMatch(/href="\/articles\/acc2bf6117f50ada7\?fact=f[0-9a-f]+#fact-text"/)
    expect(html).toContain('rule investment.invest')
    expect(html).not.toContain('<mark')
  })

  it('wraps evidence in spans naming their facts', async () => {
    const { html } = await get(`/articles/${SEED_ID}`)
    const facts = await site.store.facts.list({ articleId: SEED_ID })
    for (const fact of facts) expect(html).toMatch(new RegExp(`data-facts="[^"]*${fact.id}`))
  })

  it('marks exactly the chosen fact’s evidence with ?fact=', async () => {
    const facts = await site.store.facts.list({ articleId: SEED_ID })
    const chosen = facts.find((fact) => fact.type === 'investment')
    expect(chosen).toBeDefined()
    if (!chosen) return
    const { status, html } = await get(`/articles/${SEED_ID}?fact=${chosen.id}`)
    expect(status).toBe(200)
    const marked = [...html.matchAll(/<mark[^>]*>([\s\S]*?)<\/mark>/g)].map((match) =>
      textOf(match[1] ?? ''),
    )
    expect(marked.join('')).toBe(chosen.evidence.map((span) => span.text).join(''))
    expect(html).toMatch(/<mark id="fact-text">/)
    expect(html).toMatch(
      new RegExp(`href="[^"]*fact=${chosen.id}#fact-text"[^>]*aria-current="true"`),
    )
    expect(html.match(/aria-current="true"/g)).toHaveLength(1)
  })

  it('says so when a ?fact= is no longer in the article, and marks nothing', async () => {
    const { status, html } = await get(`/articles/${SEED_ID}?fact=f0000000000000000`)
    expect(status).toBe(200)
    expect(html).toContain('no longer drawn from this article')
    expect(html).not.toContain('<mark')
  })

  it('lists related articles with the entities they share', async () => {
    const { html } = await get(`/articles/${SEED_ID}`)
    expect(html).toContain('Related articles')
    const related =
      /<section[^>]*aria-labelledby="related-heading">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
    expect(related).toMatch(/<a href="\/articles\/a[0-9a-f]{16}">/)
    expect(textOf(related)).toMatch(/Shares: [^<]*Kazakhstan|Shares: [^<]*tungsten/)
  })

  it('groups the named entities by type, linked to their dossiers', async () => {
    const { html } = await get(`/articles/${SEED_ID}`)
    const entities =
      /<section[^>]*aria-labelledby="entities-heading">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
    expect(entities).toContain('<h3>Countries</h3>')
    expect(entities).toContain('<h3>People</h3>')
    expect(entities).toContain('<a href="/entities/mineral:tungsten">')
  })

  it('is a 404 in the site’s layout for an unknown id, a malformed id and an unknown revision', async () => {
    for (const address of [
      '/articles/a0000000000000000',
      '/articles/not-an-article',
      `/articles/${SEED_ID}?revision=9`,
    ]) {
      const { status, html } = await get(address)
      expect(status, address).toBe(404)
      expect(html, address).toContain('Page not found')
      expect(html, address).toContain('class="sections-nav"')
      expect(html, address).toContain('class="site-footer"')
    }
  })

  it('is a 400 naming the parameter for a revision that is not a number', async () => {
    const { status, html } = await get(`/articles/${SEED_ID}?revision=latest`)
    expect(status).toBe(400)
    expect(html).toContain('revision')
  })

  it('shows revision 1 of the seed article as the current one', async () => {
    const { status, html } = await get(`/articles/${SEED_ID}?revision=1`)
    expect(status).toBe(200)
    expect(html).not.toContain('an earlier version of this article')
  })

  it('says plainly when an article has no facts', async () => {
    const { status, html } = await get(`/articles/${quietId}`)
    expect(status).toBe(200)
    expect(html).toContain('Village bakery wins regional bread prize')
    expect(html).toContain('No facts were found in this article.')
  })
})

describe('an article page built from a hostile page', () => {
  it('carries no markup from it, only escaped words, under a Content Security Policy', async () => {
    const { status, html, headers } = await get(`/articles/${xssId}`)
    expect(status).toBe(200)
    expect(html).toMatch(
      /<h1[^>]*>Tin mine reopens &lt;script&gt;alert\(1\)&lt;\/script&gt; after repairs<\/h1>/,
    )
    expect(html).not.toMatch(/<script>alert/i)
    expect(html).not.toMatch(/<[a-z][^>]*\sonerror=/i)
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i)
    expect(html).not.toMatch(/<svg/i)
    expect(html).not.toMatch(/(href|src|action)="\s*javascript:/i)
    expect(html).not.toContain('svg words')
    // The escaped words are there as words.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    const policy = headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self'")
  })

  it('shows a source that is not a web address as text, not as a link', async () => {
    const { html } = await get(`/articles/${xssId}`)
    expect(html).not.toMatch(/rel="noopener noreferrer nofollow"/)
    expect(html).toContain('tin-mine.html')
  })
})

describe('the source link', () => {
  it('links the original article with rel="noopener noreferrer nofollow"', async () => {
    const { items } = await site.store.articles.list({ limit: 50, offset: 0 })
    const withUrl = items.find((item) => item.url?.startsWith('https://'))
    expect(withUrl).toBeDefined()
    if (!withUrl?.url) return
    const { html } = await get(`/articles/${withUrl.id}`)
    expect(html).toContain(`<a href="${withUrl.url}" rel="noopener noreferrer nofollow">`)
  })
})

describe('an article with two revisions', () => {
  it('shows the current one, and an earlier one with ?revision= and a notice', async () => {
    const page = (ending: string) =>
      QUIET_PAGE.replace('Village bakery', 'Hill bakery')
        .replace('Village bakery', 'Hill bakery')
        .replace('leaves for the town.', ending)
    const file = path.join(site.dir, 'hill-bakery.html')
    writeFileSync(file, page('leaves for the town.'))
    const first = await site.ingest([file])
    writeFileSync(file, page('leaves for the town, and sell soup at lunchtime.'))
    const second = await site.ingest([file])
    const id = first.articles[0]?.id
    expect(second.articles[0]).toMatchObject({ id, revision: 2, outcome: 'revised' })

    const current = await get(`/articles/${id}`)
    expect(current.html).toContain('sell soup at lunchtime')
    expect(current.html).toContain(`<a href="/articles/${id}?revision=1">Revision 1`)

    const earlier = await get(`/articles/${id}?revision=1`)
    expect(earlier.status).toBe(200)
    expect(earlier.html).toContain(
      'You are reading revision 1, an earlier version of this article.',
    )
    expect(earlier.html).not.toContain('sell soup at lunchtime')
    expect(earlier.html).toContain(`<a href="/articles/${id}">Read the current version</a>`)
  })
})

describe('the article body', () => {
  it('cuts overlapping evidence and mentions at every boundary, evidence outside links', async () => {
    const text = 'Astana and Tashkent signed.\n\n- first <b>item</b>\n- second item'
    const html = String(
      await ArticleBody({
        text,
        mentions: [
          { start: 0, end: 6, entityId: 'place:astana', name: 'Astana', type: 'place' },
          { start: 11, end: 19, entityId: 'place:tashkent', name: 'Tashkent', type: 'place' },
        ],
        evidence: [
          { factId: 'fa', start: 0, end: 15 },
          { factId: 'fb', start: 4, end: 27 },
        ],
        chosenFact: 'fb',
      }),
    )
    expect(html).toBe(
      '<div class="article-body"><p>' +
        '<span class="evidence" data-facts="fa"><a href="/entities/place:astana" class="entity-link" title="Astana (place)">Asta</a></span>' +
        '<span class="evidence is-selected" data-facts="fa fb"><mark id="fact-text"><a href="/entities/place:astana" class="entity-link" title="Astana (place)">na</a> and <a href="/entities/place:tashkent" class="entity-link" title="Tashkent (place)">Tash</a></mark></span>' +
        '<span class="evidence is-selected" data-facts="fb"><mark><a href="/entities/place:tashkent" class="entity-link" title="Tashkent (place)">kent</a> signed.</mark></span>' +
        '</p><ul><li>first &lt;b&gt;item&lt;/b&gt;</li><li>second item</li></ul></div>',
    )
  })
})
