import { describe, expect, it } from 'vitest'
import { findDateInText, slashDateOrder } from '../../../src/ingest/html/dates.js'
import { readHtml } from '../../../src/ingest/html/index.js'

const STORY =
  '<p>The tungsten mine in the eastern hills will double its output next year, the operator said on Monday, after a new mill was finished.</p>' +
  '<p>The mill took two years to build and replaces a plant from the 1970s, the company said in a statement to the exchange.</p>'

describe('dates the page shows outside the usual places', () => {
  it('reads the date of a story whose container is a "newsletter-post"', () => {
    const html = `<html><head><title>Mill doubles output</title></head><body>
      <div class="newsletter-signup"><p>Subscribe. Posted daily since March 2, 2019</p></div>
      <article class="newsletter-post post"><h1>Mill doubles output</h1>
      <div class="byline-meta">Rosa Imbert</div><div class="post-meta">Mar 13, 2026</div>${STORY}</article>
      </body></html>`
    expect(readHtml(html).draft.published).toBe('2026-03-13')
  })

  it('does not take theme classes on <body> for a zone of other stories', () => {
    const html = `<html><head><title>Mill doubles output</title></head>
      <body class="single-post shop-related-columns-4"><h1>Mill doubles output</h1>
      <div class="post-info">Published On: 15 August 2025</div>${STORY}</body></html>`
    expect(readHtml(html).draft.published).toBe('2025-08-15')
  })

  it('reads a labelled date in a <span> far below the headline, but not an unlabelled one', () => {
    const filler = '<p>Another paragraph of the story.</p>'.repeat(70)
    const labelled = `<html><head><title>Mill doubles output</title></head><body>
      <h1>Mill doubles output</h1>${STORY}${filler}
      <div class="meta"><span>Posted on April 13, 2023</span><div class="tags"><a href="/t/mining">mining</a></div></div>
      </body></html>`
    expect(readHtml(labelled).draft.published).toBe('2023-04-13')
    const unlabelled = labelled.replace('Posted on April 13, 2023', 'April 13, 2023')
    expect(readHtml(unlabelled).draft.published).toBeNull()
  })
})

describe('how a date line is read', () => {
  it('reads slashes month first on American English pages, day first elsewhere', () => {
    expect(findDateInText('3/4/2025', slashDateOrder('en-US'))).toBe('2025-03-04')
    expect(findDateInText('3/4/2025', slashDateOrder('en'))).toBe('2025-03-04')
    expect(findDateInText('3/4/2025', slashDateOrder('en-GB'))).toBe('2025-04-03')
    expect(findDateInText('3/4/2025', slashDateOrder('fr'))).toBe('2025-04-03')
    // Dots and dashes are day first even in English; an impossible month decides by itself.
    expect(findDateInText('03.04.2025', slashDateOrder('en-US'))).toBe('2025-04-03')
    expect(findDateInText('17/9/2024', slashDateOrder('en-US'))).toBe('2024-09-17')
  })

  it('separates inline elements read without a space', () => {
    expect(findDateInText('Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026')).toBe(
      '2022-12-22',
    )
  })

  it('prefers the publication day over an "Updated" line nearer the headline', () => {
    const html = `<html lang="en"><head><title>Mill doubles output</title>
      <meta property="article:published_time" content="2026-01-02"></head><body>
      <div class="dateline-wrap"><span class="dateline">March 3, 2024</span> ·
      <span class="dateline updated">Updated: January 2, 2026</span></div>
      <h1>Mill doubles output</h1>${STORY}</body></html>`
    expect(readHtml(html).draft.published).toBe('2024-03-03')
  })
})
