import { describe, expect, it } from 'vitest'
import { readHtml } from '../../../src/ingest/html/index.js'
import { cleanByline } from '../../../src/ingest/html/names.js'

/** A small story page: what is passed in goes into the head and around the body text. */
function page(parts: { head?: string; top?: string; bottom?: string }): string {
  const body =
    '<p>The ferry between the two islands will run twice a day from spring, the harbour board said on Monday, after a second boat was bought.</p>' +
    '<p>The new boat seats two hundred people and replaces one built in the 1980s, the board said in a statement to the council.</p>'
  return `<html><head>${parts.head ?? ''}</head><body><div class="main">${parts.top ?? ''}<div class="text">${body}</div></div>${parts.bottom ?? ''}</body></html>`
}

const bylineOf = (html: string, url?: string): string | null =>
  readHtml(html, url === undefined ? {} : { baseUrl: url }).draft.byline

describe('bylines that are labels or template text, not names', () => {
  it.each([
    ['Jun 2 Written By', null],
    ['Researched by:', null],
    ['Insights from', null],
    ['page.head.extra.author', null],
    ['{{ post.author }}', null],
    ['Reviewed by Dr Tomas Vell', null],
    ['byOrla Quist', 'Orla Quist'],
    ['Guide by Tamsin Reed Former Deputy Gadget Editor', 'Tamsin Reed'],
    ['Dec. 19, 2025 · Ivo Brandt on behalf of the tooling group', 'Ivo Brandt'],
    ['2025-12-17 · Ivo Brandt', 'Ivo Brandt'],
    ['Dec 17, 2025Ivo Brandt', 'Ivo Brandt'],
    ['Yucy3/4/2025', 'Yucy'],
  ])('%s -> %s', (raw, names) => {
    expect(cleanByline(raw)).toBe(names)
  })

  it('keeps declared names a page would not show that way', () => {
    // A handle with dots is a name, not a template path.
    expect(cleanByline('mara.k.olsen')).toBe('mara.k.olsen')
    // Metadata may credit an organisation whose name holds a lower-case word.
    expect(cleanByline('Office for Ferry Safety and Research')).toBe(
      'Office for Ferry Safety and Research',
    )
  })

  it.each([
    ['Personal finance', null],
    ['Our methodology', null],
    ['000000Shares', null],
    ['Comments: 37', null],
    ['Ask the Harbourmaster', 'Ask the Harbourmaster'],
    ['Mary van der Berg', 'Mary van der Berg'],
    ['Pia Lund with Arne Holt', 'Pia Lund with Arne Holt'],
  ])('read off the page: %s -> %s', (raw, names) => {
    expect(cleanByline(raw, { shownOnPage: true })).toBe(names)
  })

  it('refuses prose in a byline block, whose comma parts look like names', () => {
    expect(
      cleanByline('Our testing combines user interviews, field trials. We only list the best.', {
        shownOnPage: true,
      }),
    ).toBeNull()
  })
})

describe('bylines on the page', () => {
  it('reads no byline from a tag link in a byline block', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<div class="post-byline"><ul><li><a href="/tag/travel-tips">Travel tips</a></li></ul><span>January 27, 2025</span></div><h1>Ferry doubles its runs</h1>',
    })
    expect(bylineOf(html)).toBeNull()
  })

  it('skips an empty author link after "Written By" and falls back to the site owner', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta property="og:site_name" content="Wenna Halloran">',
      top: '<h1>Ferry doubles its runs</h1><div class="meta-item author">Jun 2 Written By <a href="/blog?author=1"></a></div>',
    })
    expect(bylineOf(html, 'https://wennahalloran.example/blog/ferry')).toBe('Wenna Halloran')
  })

  it('takes the name after a heading label ending in "from"', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><div class="post-author"><h4>Insights from</h4><div><p>Leni Marsh</p></div></div>',
    })
    expect(bylineOf(html)).toBe('Leni Marsh')
  })

  it('takes the name after an "Article by" heading', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1>',
      bottom: '<section><h2>Article by</h2><div>Halvar Strand</div></section>',
    })
    expect(bylineOf(html)).toBe('Halvar Strand')
  })

  it('leaves out the job title printed beside the name', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><div class="author-line"><span class="author-label">Written By:</span> <span class="author-name"><a href="/author/sella-moor">Sella Moor</a></span> <span class="author-title">Boatwright &amp; Sailor</span></div>',
    })
    expect(bylineOf(html)).toBe('Sella Moor')
  })

  it('does not add the role under the name in an author box as a second author', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1>',
      bottom:
        '<div class="author-box"><h4 class="author-box__name">Kit Varga</h4><div class="author-box__bio"><p>Former Harbour Consultant</p></div></div>',
    })
    expect(bylineOf(html)).toBe('Kit Varga')
  })

  it('reads a name beside the date in a header line built of blocks', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><div class="meta"><span>2025-12-17</span><span>·</span><a href="/about"><div>Runa Eik</div></a></div>',
    })
    expect(bylineOf(html)).toBe('Runa Eik')
  })

  it('prefers a person in the header to the site credited as author', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta property="og:site_name" content="Harbour News"><meta name="author" content="Harbour News">',
      top: '<h1>Ferry doubles its runs</h1><div class="byline">byHarbour News</div><p class="credit-line"><a href="/author/tilde-moss">Tilde Moss</a></p>',
    })
    expect(bylineOf(html, 'https://news.harbour.example/ferry')).toBe('Tilde Moss')
  })

  it('ignores a template variable the CMS left in the author meta', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta name="author" content="page.meta.author">',
      top: '<h1>Ferry doubles its runs</h1><span class="blog-meta-author"> Brin Calloway </span>',
    })
    expect(bylineOf(html)).toBe('Brin Calloway')
  })
})

describe('declared authors that are logins or site accounts', () => {
  it('prefers the name the page shows to a CMS login in the metadata', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta name="author" content="quinn.harlow">',
      top: '<h1>Ferry doubles its runs</h1><div class="byline">By Niamh O\'Rourke</div>',
    })
    expect(bylineOf(html)).toBe("Niamh O'Rourke")
  })

  it('prefers the person in the header byline to the account named in the author meta', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta name="author" content="Bram Olofsen">',
      top: '<h1>Ferry doubles its runs</h1><div class="post-author">By <a href="/author/tessa-lind">Tessa Lind</a></div>',
    })
    expect(bylineOf(html)).toBe('Tessa Lind')
  })

  it('keeps the author meta when the header credits a team', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta name="author" content="Bram Olofsen">',
      top: '<h1>Ferry doubles its runs</h1><div class="post-author">Harbourline Staff</div>',
    })
    expect(bylineOf(html)).toBe('Bram Olofsen')
  })

  it('leaves out people credited for contributions or review beside the author', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><div>By <a href="/author/joss-amberly">Joss Amberly</a></div><div class="small">Contributions From: <a href="/author/fen-ruel">Fen Ruel</a> &amp; <a href="/author/ola-brisk">Ola Brisk</a></div><p>Reviewed by <a href="/author/ines-tor">Ines Tor</a></p>',
    })
    expect(bylineOf(html)).toBe('Joss Amberly')
  })

  it('reads no author from an admin account', () => {
    expect(cleanByline('Ops Admin')).toBeNull()
  })

  it('reads no author from the tag links after a "By" heading', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><h4>By</h4><div><span><a href="/island-trips/" rel="tag">Island Trips</a><a href="/ferries/" rel="tag">Ferry Guides</a></span></div>',
    })
    expect(bylineOf(html)).toBeNull()
  })

  it('reads no author from a print button under the headline', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><div><span class="print-button-text">Print Article</span></div>',
    })
    expect(bylineOf(html)).toBeNull()
  })

  it('strips a "By" glued to a name line under the headline', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><p>ByTove Rask</p>',
    })
    expect(bylineOf(html)).toBe('Tove Rask')
  })
})

describe('bylines in other shapes', () => {
  it('reads the "Written by" row of a link preview', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Essi Varto"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">',
      top: '<h1>Ferry doubles its runs</h1>',
    })
    expect(bylineOf(html)).toBe('Essi Varto')
  })

  it('reads "By" and a name in spans with no space between them', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><div class="x1"><div class="x2"><span class="x3">By</span><span>Oren Tallis</span></div></div>',
    })
    expect(bylineOf(html)).toBe('Oren Tallis')
  })

  it('reads a "Contributors:" line', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><div class="tags"><div><strong>Contributors:</strong> Signe Akre</div></div>',
    })
    expect(bylineOf(html)).toBe('Signe Akre')
  })

  it('reads the name between the date and the category', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1><p>Dec 26, 2025 <span>&bull;</span> Pell Orman in <a href="/blog/harbours">Harbour News</a></p>',
    })
    expect(bylineOf(html)).toBe('Pell Orman')
  })

  it('completes a first name to the full name of the personal site it is on', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta property="og:site_name" content="Ilse Marrow"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ilse">',
      top: '<h1>Ferry doubles its runs</h1>',
    })
    expect(bylineOf(html, 'https://ilsemarrow.example/ferry')).toBe('Ilse Marrow')
  })
})

describe('authors in app state', () => {
  it('takes the person over the organisation copied from schema.org', () => {
    const state = JSON.stringify({
      post: {
        title: 'Ferry doubles its runs',
        schema: { author: { '@type': 'Organization', name: 'Harbourline.example' } },
        author: { id: 4, name: 'Vida Rosk', slug: 'vida-rosk' },
      },
    })
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1>',
      bottom: `<script id="__NEXT_DATA__" type="application/json">${state}</script>`,
    })
    expect(bylineOf(html)).toBe('Vida Rosk')
  })
})

describe('the owner of a personal site', () => {
  it('is the holder of the copyright line when the host spells the name', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title>',
      top: '<h1>Ferry doubles its runs</h1>',
      bottom:
        '<footer>&copy; 2025 Odile Fenwick. All rights reserved. <div class="social">x</div></footer>',
    })
    expect(bylineOf(html, 'https://odilefenwick.example/blog/ferry')).toBe('Odile Fenwick')
  })

  it('is the first words of a site name that the host spells', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta property="og:site_name" content="Marit Solberg Yoga">',
      top: '<h1>Ferry doubles its runs</h1>',
    })
    expect(bylineOf(html, 'https://www.maritsolberg.example/ferry')).toBe('Marit Solberg')
  })

  it('is not an association the host spells', () => {
    const html = page({
      head: '<title>Ferry doubles its runs</title><meta property="og:site_name" content="Ferry Pilots Association">',
      top: '<h1>Ferry doubles its runs</h1>',
    })
    expect(bylineOf(html, 'https://ferrypilots.example/news/ferry')).toBeNull()
  })
})
