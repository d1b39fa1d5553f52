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
