import { describe, expect, it } from 'vitest'
import { readHtml } from '../../../src/ingest/html/index.js'
import { chooseTitle } from '../../../src/ingest/html/title.js'

/** A small story page: what is passed in goes into the head and above the body text. */
function page(parts: { head?: string; top?: string }): string {
  const body =
    '<p>The orchard on the south slope will double its harvest next year, the grower said on Monday, after a new press was finished.</p>' +
    '<p>The press took two years to build and replaces one from the 1970s, the cooperative said in a letter to its members.</p>'
  return `<html><head>${parts.head ?? ''}</head><body><div class="main">${parts.top ?? ''}<div class="text">${body}</div></div></body></html>`
}

function titleOf(
  parts: { head?: string; top?: string },
  url = 'https://qz-press.example/story',
): string {
  return readHtml(page(parts), { baseUrl: url }).draft.title
}

describe('titles the markup garbled', () => {
  it('decodes a character reference escaped twice', () => {
    const title = titleOf({
      head: '<title>Seven Pruning Tools for Spring | Shears &amp; Saws | Orchard Hub</title>',
      top: '<h1>Seven Pruning Tools for Spring &amp;#x26; Beyond</h1>',
    })
    expect(title).toBe('Seven Pruning Tools for Spring & Beyond')
  })

  it('takes the typed title when the <h1> lost characters to "?"', () => {
    const title = titleOf({
      head: '<title>Planting an Orchard: Beginner&#x27;s Guide</title>',
      top: '<h1>Planting an Orchard? Beginner? Guide</h1>',
    })
    expect(title).toBe("Planting an Orchard: Beginner's Guide")
  })

  it('completes a metadata headline cut inside a bracket', () => {
    const title = titleOf({
      head:
        '<title>Pressing Day: How Six Growers Share One Press (And Why It Works) - Orchard Hub</title>' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pressing Day: How Six Growers Share One Press (And"}</script>',
    })
    expect(title).toBe('Pressing Day: How Six Growers Share One Press (And Why It Works)')
  })
})

describe('tails and frames around the headline', () => {
  it('drops short section parts after a vertical bar, even in the <h1>', () => {
    const title = titleOf({
      head: '<title>How cider presses changed the valley | Opinion</title>',
      top: '<h1>How cider presses changed the valley | Opinion | Valley Courier</h1>',
    })
    expect(title).toBe('How cider presses changed the valley')
  })

  it('keeps a long clause after a vertical bar', () => {
    const title = titleOf({
      head: '<title>Top 8 Cider Apples of 2025 | The Varieties Growers Keep Planting Every Year</title>',
    })
    expect(title).toBe(
      'Top 8 Cider Apples of 2025 | The Varieties Growers Keep Planting Every Year',
    )
  })

  it('drops a site description written in sentences after a vertical bar', () => {
    const title = titleOf({
      head: '<title>Gentle Tools for Small Orchards | I grow apples slowly and by hand. No sprays. Just patience and good soil.</title>',
    })
    expect(title).toBe('Gentle Tools for Small Orchards')
  })

  it('drops a date or a kicker label glued before the headline in the <h1>', () => {
    const dated = titleOf({
      head: '<title>Pressing the first cider of the year | Mira Holt</title><meta property="og:title" content="Pressing the first cider of the year">',
      top: '<h1><time>Oct 4 2025</time> Pressing the first cider of the year</h1>',
    })
    expect(dated).toBe('Pressing the first cider of the year')
    const kicker = titleOf({
      head: '<meta property="og:title" content="Best Orchard Ladders of 2025 (Tested)">',
      top: '<h1><span>Blog:</span> Best Orchard Ladders of 2025 (Tested)</h1>',
    })
    expect(kicker).toBe('Best Orchard Ladders of 2025 (Tested)')
  })

  it('drops a source and a comment count after the headline in the <h1>', () => {
    const title = titleOf({
      head: '<title>Growers Share One Press Across the Valley - Cider Wire</title>',
      top: '<h1>Growers Share One Press Across the Valley (valleynews.com) 42</h1>',
    })
    expect(title).toBe('Growers Share One Press Across the Valley')
  })

  it('keeps extra words the author wrote in the <h1>', () => {
    const title = titleOf({
      head: '<meta property="og:title" content="Cider Apples of 2025">',
      top: '<h1>The Cider Apples of 2025</h1>',
    })
    expect(title).toBe('The Cider Apples of 2025')
  })

  it('drops a domain name that starts the <title>', () => {
    const title = titleOf(
      { head: '<title>holtorchard.com Grafting Season</title>', top: '<h1>holtorchard.com</h1>' },
      'https://holtorchard.com/2025/grafting',
    )
    expect(title).toBe('Grafting Season')
  })
})

describe('headings that are not the headline', () => {
  it('passes over an <h1> that ends in a colon or runs like a description', () => {
    const colon = titleOf({
      head: '<title>Valley growers share one press - Cider Wire</title>',
      top: '<h1>A message from the editor of Cider Wire:</h1>',
    })
    expect(colon).toBe('Valley growers share one press')
    const description = titleOf({
      head: '<title>The 10 Best Cider Apples of 2025 | Orchard Hub</title>',
      top:
        '<h1>Learn which apples press best for cider. Get tips from growers on how to pick, store and blend them. ' +
        'We will help you learn everything you need to know about choosing apples for your own first pressing this autumn.</h1>',
    })
    expect(description).toBe('The 10 Best Cider Apples of 2025')
  })
})

describe('headlines set in one case', () => {
  it('takes the typed case word by word from a title with the same words', () => {
    const title = titleOf({
      head: '<title>Orchard Beginner Plan</title>',
      top: '<h1>BEGINNER ORCHARD PLAN</h1>',
    })
    expect(title).toBe('Beginner Orchard Plan')
    const lower = chooseTitle({
      documentTitle: 'Cider Pressing | Origin, Methods, Tools, Regions, & Timeline | Orchard Hub',
      metaTitles: [],
      h1s: ['cider pressing'],
      siteNames: ['Orchard Hub'],
    })
    expect(lower.title).toBe('Cider Pressing')
  })

  it('takes the typed title over a capitals <h1> that differs by a word', () => {
    const title = titleOf({
      head: '<title>Best Cider Press 2026: Buying Tips From Growers</title>',
      top: '<h1>BEST CIDER PRESS IN 2026: BUYING TIPS FROM GROWERS</h1>',
    })
    expect(title).toBe('Best Cider Press 2026: Buying Tips From Growers')
  })

  it('keeps capitals the metadata repeats', () => {
    const title = titleOf({
      head: '<title>Cider Presses vs Juicers | Orchard Hub</title><meta property="og:title" content="CIDER PRESSES VS. JUICERS">',
      top: '<h1>CIDER PRESSES VS. JUICERS</h1>',
    })
    expect(title).toBe('CIDER PRESSES VS. JUICERS')
  })
})
