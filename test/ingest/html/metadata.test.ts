import { describe, expect, it } from 'vitest'
import { readHtml } from '../../../src/ingest/html/index.js'
import { cleanByline } from '../../../src/ingest/html/names.js'
import { normalizeDate } from '../../../src/ingest/html/dates.js'

/** A small story page: what is passed in goes into the head and above the body text. */
function page(parts: { head?: string; top?: string; bottom?: string }): string {
  const body =
    '<p>The tungsten mine in the eastern hills will double its output next year, the operator said on Monday, after a new mill was finished.</p>' +
    '<p>The mill took two years to build and replaces a plant from the 1970s, the company said in a statement to the exchange.</p>'
  return `<html><head>${parts.head ?? ''}</head><body><div class="main">${parts.top ?? ''}<div class="text">${body}</div></div>${parts.bottom ?? ''}</body></html>`
}

describe('bylines as pages write them', () => {
  it.each([
    ['By', null],
    ['Jul 11 Written By Paige Brunton', 'Paige Brunton'],
    ['Posted byDamien Walter', 'Damien Walter'],
    ['This post was written by Dana Okafor, Head of Marketing', 'Dana Okafor'],
    ['Angela Holliday-Bell, MD*', 'Angela Holliday-Bell'],
    ['Article by: Cara Dumaplin RN, BSN and Certified Sleep Consultant', 'Cara Dumaplin'],
    ['Paul Frew, Home and Digital Security Expert', 'Paul Frew'],
    ['Shelby Loos, DVM. Reviewed by Molly Price, DVM', 'Shelby Loos'],
    ['Rasmus Barslund Founder and Lead Reviewer', 'Rasmus Barslund'],
    ['Podium Staff', 'Podium Staff'],
    ['TOI Lifestyle Desk', 'TOI Lifestyle Desk'],
    ['Staff Writer', null],
    ['Luxury Travel Expert', 'Luxury Travel Expert'],
    ['Yucy Yucy', 'Yucy'],
    ['CP', null],
    ['MixmasterFred in WorkshopWoodworking', 'MixmasterFred'],
    ['Help Net Security Sponsored', 'Help Net Security'],
  ])('%s -> %s', (raw, names) => {
    expect(cleanByline(raw)).toBe(names)
  })

  it('keeps a team credited in the metadata instead of dropping it as a job title', () => {
    const html = page({
      head: '<title>Mill doubles output</title><meta name="author" content="Camphouse Team">',
      top: '<h1>Mill doubles output</h1>',
    })
    expect(readHtml(html).draft.byline).toBe('Camphouse Team')
  })

  it('reads a byline from a link to the author profile page', () => {
    const html = page({
      head: '<title>Mill doubles output</title>',
      top: '<h1>Mill doubles output</h1><div class="x"><a href="/authors/trevor-jackins">Trevor Jackins</a></div>',
    })
    expect(readHtml(html).draft.byline).toBe('Trevor Jackins')
  })
})

describe('publication dates', () => {
  it('prefers the earlier day the article header shows over a later declared date', () => {
    const html = page({
      head: '<title>Mill doubles output</title><meta property="article:published_time" content="2025-03-10T02:00:00Z">',
      top: '<h1>Mill doubles output</h1><p class="date">March 8, 2025</p>',
    })
    expect(readHtml(html).draft.published).toBe('2025-03-08')
  })

  it('keeps the declared date when the header shows a later "Updated" day', () => {
    const html = page({
      head: '<title>Mill doubles output</title><meta property="article:published_time" content="2025-03-10">',
      top: '<h1>Mill doubles output</h1><p class="date">Updated March 20, 2025</p>',
    })
    expect(readHtml(html).draft.published).toBe('2025-03-10')
  })

  it('falls back to the day in the URL path', () => {
    const html = page({
      head: '<title>Mill doubles output</title>',
      top: '<h1>Mill doubles output</h1>',
    })
    const url = 'https://news.example/2024/05/17/mill-doubles-output/'
    expect(readHtml(html, { baseUrl: url }).draft.published).toBe('2024-05-17')
  })

  it('reads publisher meta names and scholarly "2023 Jan 7" dates', () => {
    expect(normalizeDate('2023 Jan 7')).toBe('2023-01-07')
    const html = page({
      head: '<title>Mill doubles output</title><meta name="published-date" content="2021-02-16">',
      top: '<h1>Mill doubles output</h1>',
    })
    expect(readHtml(html).draft.published).toBe('2021-02-16')
  })

  it('finds a labelled date line far from the headline', () => {
    const filler = '<p>Other line.</p>'.repeat(70)
    const html = page({
      head: '<title>Mill doubles output</title>',
      top: '<h1>Mill doubles output</h1>',
      bottom: `${filler}<p>Posted on April 13, 2023</p>`,
    })
    expect(readHtml(html).draft.published).toBe('2023-04-13')
  })
})

describe('titles and sections', () => {
  it('takes the typed case of an <h1> set in capitals', () => {
    const html = page({
      head: '<title>Tips for Online Success</title>',
      top: '<h1>TIPS FOR ONLINE SUCCESS</h1>',
    })
    expect(readHtml(html).draft.title).toBe('Tips for Online Success')
  })

  it('does not take a short label <h1> for the headline', () => {
    const html = page({
      head: '<title>Mill doubles its output after two years of work | Ridge News</title><meta property="og:title" content="Mill doubles its output after two years of work">',
      top: '<h1>Return to Website</h1>',
    })
    expect(readHtml(html).draft.title).toBe('Mill doubles its output after two years of work')
  })

  it('reads the section from a "You are here" trail and a rubric label', () => {
    const trail = page({
      head: '<title>Mill doubles output</title>',
      top: '<div id="path">You are here: <a href="/">Main</a> » <a href="/mining/">Mining</a> » Article</div><h1>Mill doubles output</h1>',
    })
    expect(readHtml(trail).draft.section).toBe('Mining')
    const rubric = page({
      head: '<title>Mill doubles output</title>',
      top: '<div class="rubric">Resources</div><h1>Mill doubles output</h1>',
    })
    expect(readHtml(rubric).draft.section).toBe('Resources')
  })
})

describe('dates set on their own line', () => {
  it('reads a date in a <small> beside the byline paragraph', () => {
    const html = page({
      head: '<title>Mill doubles output</title>',
      top: '<h1>Mill doubles output</h1><div class="who"><p>Dana Okafor</p><small>December 17, 2025</small></div>',
    })
    expect(readHtml(html).draft.published).toBe('2025-12-17')
  })

  it('reads loose text between blocks under the headline', () => {
    const html = page({
      head: '<title>Mill doubles output</title>',
      top: '<fieldset><legend>Mill doubles output</legend> 20 December 2025 <div class="x"><p>Intro.</p></div></fieldset>',
    })
    expect(readHtml(html).draft.published).toBe('2025-12-20')
  })

  it('reads a year-first date with full stops', () => {
    expect(normalizeDate('Essay - Published: 2025.12.17 |')).toBe('2025-12-17')
    expect(normalizeDate('version 2025.12.17.4')).toBe(null)
  })
})

describe('bylines beyond the labelled line', () => {
  it('takes the name line of a byline block, not the bio run into it', () => {
    const html = page({
      head: '<title>Mill doubles output</title>',
      top: '<h1>Mill doubles output</h1><div class="byline"><div>By</div><div>Jesse Porter</div><p>Jesse Porter is a reporter who covers mining.</p></div>',
    })
    expect(readHtml(html).draft.byline).toBe('Jesse Porter')
  })

  it('reads an hCard byline ("author vcard") as a byline, not an author card', () => {
    const html = page({
      head: '<title>Mill doubles output</title>',
      top: '<h1>Mill doubles output</h1><div class="meta"><span class="author vcard"><a href="/">Rhonda Krause</a></span></div>',
    })
    expect(readHtml(html).draft.byline).toBe('Rhonda Krause')
  })

  it('reads a name set off beside the date in the header', () => {
    const html = page({
      head: '<title>Mill doubles output</title>',
      top: '<h1>Mill doubles output</h1><div class="x">Dec. 19, 2025 · Niko Varga</div>',
    })
    expect(readHtml(html).draft.byline).toBe('Niko Varga')
  })

  it('reads an unlabelled name line under the headline, but not a sub-heading', () => {
    const named = page({
      head: '<title>Free Marathon Training Plan</title>',
      top: '<h1>Free Marathon Training Plan</h1><p class="x">Matteo Laratta</p>',
    })
    expect(readHtml(named).draft.byline).toBe('Matteo Laratta')
    const subheading = page({
      head: '<title>Free Marathon Training Plan</title>',
      top: '<h1>Free Marathon Training Plan</h1><p class="x">The Rolling Tracker</p>',
    })
    expect(readHtml(subheading).draft.byline).toBe(null)
  })

  it('reads the name of an about-the-author note at the end', () => {
    const html = page({
      head: '<title>Mill doubles output</title>',
      top: '<h1>Mill doubles output</h1>',
      bottom:
        '<div class="x"><h3>Alban Brooke</h3><p>Alban Brooke is the head of marketing at the mill.</p></div>',
    })
    expect(readHtml(html).draft.byline).toBe('Alban Brooke')
  })

  it('prefers the person in the byline over an author named like the host', () => {
    const html = page({
      head: '<title>Mill doubles output</title><meta name="author" content="Clemson News">',
      top: '<h1>Mill doubles output</h1><p class="byline">By Shelia R. Cotten</p>',
    })
    expect(readHtml(html, { baseUrl: 'https://news.clemson.example/mill' }).draft.byline).toBe(
      'Shelia R. Cotten',
    )
  })
})

describe('app state in scripts', () => {
  const body = (script: string) =>
    page({
      head: '<title>Mill doubles output</title>',
      top: '<h1>Mill doubles output</h1>',
    }).replace('</body>', `<script>${script}</script></body>`)

  it('reads an escaped publication date next to the title', () => {
    const html = body(
      'self.__next_f.push([1,"{\\"title\\":\\"Mill doubles output\\",\\"published_at\\":\\"2023-04-07T14:11:18.000+00:00\\"}"])',
    )
    expect(readHtml(html).draft.published).toBe('2023-04-07T14:11:18.000+00:00')
  })

  it('reads one unambiguous date away from the title, but not one of several', () => {
    const one = body(`window.__STATE__={"post":{"id":4,"datePublished":"2022-05-01"}}`)
    expect(readHtml(one).draft.published).toBe('2022-05-01')
    const several = body(
      `window.__STATE__={"list":[{"datePublished":"2022-05-01"},{"datePublished":"2021-01-09"}]}`,
    )
    expect(readHtml(several).draft.published).toBe(null)
  })
})

describe('titles with the site name', () => {
  it('drops the site name after a separator even in the <h1>', () => {
    const html = page({
      head: '<title>Best Exhibitions of 2025 – Artlyst - Artlyst</title><meta property="og:site_name" content="Artlyst">',
      top: '<h1>Best Exhibitions of 2025 – Artlyst</h1>',
    })
    expect(readHtml(html).draft.title).toBe('Best Exhibitions of 2025')
  })

  it('drops a domain name after a separator', () => {
    const html = page({ head: '<title>GAME CHANGER | Newegg.com</title>' })
    expect(readHtml(html).draft.title).toBe('GAME CHANGER')
  })

  it('skips a logo <h1> with the site name and splits at a bullet', () => {
    const html = page({
      head: '<title>A brief intro to git • Cory Dransfeldt</title><meta property="og:site_name" content="Cory Dransfeldt">',
      top: '<h1><a href="/">Cory Dransfeldt</a></h1><h2>A brief intro to git</h2>',
    })
    expect(readHtml(html).draft.title).toBe('A brief intro to git')
  })
})

describe('personal sites', () => {
  it('credits the owner named by the logo link when the host spells the name', () => {
    const html = page({
      head: '<title>Self-host Postgres</title>',
      top: '<header><a href="/">Pierce Freeman</a></header><h1>Self-host Postgres</h1>',
    })
    expect(readHtml(html, { baseUrl: 'https://pierce.example/notes/pg' }).draft.byline).toBe(
      'Pierce Freeman',
    )
  })

  it('does not credit an organisation whose name the host spells', () => {
    const html = page({
      head: '<title>Self-host Postgres</title>',
      top: '<header><a href="/">Parkview Health</a></header><h1>Self-host Postgres</h1>',
    })
    expect(readHtml(html, { baseUrl: 'https://parkview.example/blog/pg' }).draft.byline).toBe(null)
  })
})
