import { describe, expect, it } from 'vitest'
import { readHtml } from '../../../src/ingest/html/index.js'

const STORY =
  '<p>The Qaratau tungsten project received its export licence on Tuesday, clearing the last hurdle before the first concentrate can leave the country, the ministry said.</p>' +
  '<p>The licence allows shipments of up to 4,000 tonnes a year, which the operator said would cover its planned output for the first three years, after which it hopes to expand.</p>' +
  '<p>Local officials welcomed the decision, saying the mine already employs about 600 people and that the new road to the site would also serve two villages nearby.</p>'

const teaser = (n: number) =>
  `<li><a href="/t${n}">Zorvath Capital story number ${n}</a> A summary of another story about smelters and rail tariffs that is cut off before it ends, as teasers are...</li>`

describe('furniture zones in the article body', () => {
  it('leaves out a comment thread below the story, whatever its length', () => {
    const comments = Array.from(
      { length: 6 },
      (_, i) =>
        `<li class="comment"><p>Reader ${i} wrote a long reply about water use at the mill, the road to the villages, and whether the review will publish the operator's filings in full.</p></li>`,
    ).join('')
    const html = `<main><article>${STORY}</article><section id="comments"><h2>Comments</h2><ol>${comments}</ol></section></main>`
    const { draft } = readHtml(html)
    expect(draft.text).toContain('Local officials welcomed')
    expect(draft.text).not.toContain('Reader 3 wrote')
  })

  it('leaves out a news ticker even when it holds more text than the story', () => {
    const ticker = `<div class="ticker"><ul>${Array.from({ length: 5 }, (_, i) => teaser(i)).join('')}</ul></div>`
    const footer = `<footer>${'<p>Steppe Ledger is an independent newsroom covering mining, energy and trade across the region, with reporters in four cities.</p>'.repeat(8)}</footer>`
    const html = `<body><div class="main">${ticker}<div class="story">${STORY}</div></div>${footer}</body>`
    const { draft } = readHtml(html)
    expect(draft.text.startsWith('The Qaratau tungsten project')).toBe(true)
    expect(draft.text).not.toContain('Zorvath Capital story')
  })

  it('keeps a listing of truncated entries when it is the page itself', () => {
    const events = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><a href="/e${i}">Mining conference ${i}</a> Three days of talks on tungsten supply, rail tariffs and smelter permits, with a site visit to the Qaratau project for registered...</li>`,
    ).join('')
    const html = `<main><h1>Upcoming events</h1><p>Conferences of interest to the industry.</p><ul class="events">${events}</ul></main>`
    const { draft } = readHtml(html)
    expect(draft.text).toContain('Mining conference 11')
  })

  it('keeps a "Related" section of prose on a flat page, where it is part of the story', () => {
    const html = `<body><h1>Fold and cut</h1>${STORY}<h2>Related</h2><p>A 2010 paper by the same group considers which shapes can be cut from a sheet folded flat, and shows that every polygon can be made this way with one straight cut.</p></body>`
    const { draft } = readHtml(html)
    expect(draft.text).toContain('A 2010 paper by the same group')
  })

  it('does not read a headline that merely mentions comments as a label', () => {
    const html = `<article><h2>Comments on the Qaratau permit close on Friday</h2>${STORY}</article>`
    const { draft } = readHtml(html)
    expect(draft.text).toContain('Local officials welcomed')
  })

  it('drops a newsletter promotion after the last paragraph but keeps the last paragraph', () => {
    const html = `<article>${STORY}<p>Get Ore Weekly delivered to your inbox. Sign up for our free newsletter.</p></article>`
    const { draft } = readHtml(html)
    expect(draft.text.endsWith('would also serve two villages nearby.')).toBe(true)
  })

  it('survives 10,000 nested elements inside a teaser rail without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(10_000)}deep text...${'</div>'.repeat(10_000)}`
    const rail = `<ul>${teaser(1)}${teaser(2)}<li><a href="/x">Deep</a>${deep}</li></ul>`
    const html = `<div class="main">${rail}<div class="story">${STORY}</div></div>`
    const { draft } = readHtml(html)
    expect(draft.text).toContain('Local officials welcomed')
    expect(draft.text).not.toContain('deep text')
  })
})
