import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readTextDump } from '../../../src/ingest/text/index.js'

const fixture = (slug: string): string =>
  readFileSync(new URL(`../../fixtures/ingest/text/${slug}/source.txt`, import.meta.url), 'utf8')

describe('readTextDump on the seed page (GCN)', () => {
  const out = readTextDump(fixture('seed'))
  const { draft } = out

  it('reads the header: title, byline, date, section and the publisher from the copyright line', () => {
    expect(out.hasArticle).toBe(true)
    expect(draft.title).toBe(
      'U.S. secretary of state to tour Central Asia in 2026 amid push for deeper resource cooperation',
    )
    expect(draft.byline).toBe('Kyle L.')
    expect(draft.published).toBe('2025-12-26')
    expect(draft.section).toBe('News')
    expect(draft.site).toBe('Global Current News')
    expect(draft.url).toBeNull()
    expect(draft.language).toBe('en')
    expect(out.warnings).toEqual([])
  })

  it('starts the body at the first paragraph and ends it at the last sentence', () => {
    expect(draft.text.startsWith('During a reception at the State Department on November 5')).toBe(
      true,
    )
    expect(draft.text.endsWith('one of the world’s most resource-abundant regions.')).toBe(true)
  })

  it('leaves out the other stories, menus, search widget, caption and footer', () => {
    for (const furniture of [
      'Portugal’s constitutional court',
      'Ebola',
      'Nationwide walkout',
      'No Result',
      'View All Result',
      'Cybersecurity',
      'Flash News',
      '©',
      'Global Current News',
      'Legal notice',
      'GCN',
      'by Kyle L.',
      'in News',
    ]) {
      expect(draft.text, furniture).not.toContain(furniture)
    }
    // The caption line repeats the start of the title; the title itself is not body text.
    expect(draft.text).not.toContain('U.S. secretary of state to tour Central Asia in 2026')
  })

  it('keeps sub-headings, quotes and bullet items (without the bullet glyph) as paragraphs', () => {
    const paragraphs = draft.text.split('\n\n')
    expect(paragraphs).toContain('Critical minerals cooperation between Kazakhstan and the U.S.')
    expect(paragraphs).toContain('Taking the resources that God has blessed the nations with')
    expect(paragraphs).toContain(
      '“More and more, they are tied to the geopolitical competition of the world.”',
    )
    expect(draft.text).toContain(
      '\nThe 5 Central Asian nations economically depend on and are tied to Russia',
    )
    expect(draft.text).toContain('\nChina’s current heightened investments')
    expect(draft.text).not.toContain('•')
    expect(draft.text).not.toMatch(/\n{3,}/)
  })

  it('renders the same body as escaped paragraphs, headings and a list', () => {
    expect(draft.html).toContain(
      '<h2>Taking the resources that God has blessed the nations with</h2>',
    )
    expect(draft.html).toContain(
      '<ul><li>The 5 Central Asian nations economically depend on and are tied to Russia',
    )
    expect(draft.html).toContain('Belt and Road initiatives.</li></ul>')
    expect(draft.html.startsWith('<p>During a reception')).toBe(true)
    expect(draft.html).not.toContain('<script')
  })
})

describe('readTextDump on other layouts (invented sites)', () => {
  it('reads a dump with a cookie banner, an ISO date-time, "By X | role" and a "Most read" list', () => {
    const { draft, hasArticle } = readTextDump(fixture('steppe-ledger-most-read'))
    expect(hasArticle).toBe(true)
    expect(draft).toMatchObject({
      title: 'Zorvath Capital weighs second tungsten plant near the Qaratau deposit',
      byline: 'Dilnaz Ospanova',
      published: '2025-03-14',
      section: 'Mining',
      site: 'Qaratau Herald',
    })
    expect(draft.text.startsWith('SHYMKENT — Zorvath Capital')).toBe(true)
    expect(draft.text.endsWith('Zorvath Capital declined to comment on the second plant.')).toBe(
      true,
    )
    expect(draft.text).toContain('What the plant would need\n\nWater is the main constraint.')
    for (const furniture of [
      'cookies',
      'Photo:',
      'Advertisement',
      'Read more:',
      'Qaratau miners strike',
      'Tags',
      'newsletter',
      'Copyright',
    ]) {
      expect(draft.text, furniture).not.toContain(furniture)
    }
    // A pull quote printed twice appears once.
    expect(draft.text.split('We are not in a hurry').length).toBe(2)
  })

  it('reads a press release: the release prose, not the About blocks, legal text or contact', () => {
    const { draft } = readTextDump(fixture('zorvath-press-release'))
    expect(draft).toMatchObject({
      title: 'Zorvath Capital to fund Ulytau lithium pilot plant with Kestrel Minerals',
      byline: 'Zorvath Capital LLC',
      published: '2026-03-03',
      section: 'Energy & Mining',
      site: 'NewsPulse Wire',
    })
    expect(draft.text.startsWith('ALMATY, Kazakhstan, March 3, 2026')).toBe(true)
    expect(draft.text).toContain(
      'Highlights of the agreement:\n\nZorvath will take a 60% interest in the pilot plant company.\nKestrel Minerals will operate',
    )
    expect(draft.text.endsWith('by the end of 2028.')).toBe(true)
    for (const furniture of [
      'FOR IMMEDIATE RELEASE',
      'is a private investment firm focused',
      'forward-looking',
      'press@zorvath.example',
      '###',
      'Caspian shipper',
    ]) {
      expect(draft.text, furniture).not.toContain(furniture)
    }
  })

  it('reads a dump with day-first dates, a bare-name byline, a mid-article "Related" list and hard wraps', () => {
    const { draft } = readTextDump(fixture('aral-courier-related'))
    expect(draft).toMatchObject({
      title: 'Kestrel Minerals opens a copper tender in Karakalpakstan',
      byline: 'Timur Abenov',
      published: '2025-03-14',
      section: 'Economy',
      site: 'The Aral Courier',
    })
    expect(draft.text.startsWith('NUKUS — Kestrel Minerals')).toBe(true)
    expect(draft.text).toContain('the first such tender in the region for a decade.')
    expect(draft.text).toContain('Local officials said the project could bring up to 300 jobs')
    expect(draft.text).toContain(
      'core drilling at three targets on the prospect\naccess roads and a camp for 80 workers',
    )
    expect(draft.text.endsWith('a company spokesperson said.')).toBe(true)
    for (const furniture of [
      'Karakalpakstan gas output',
      'Nukus airport',
      'Comments',
      'Aral Sea fishing',
    ]) {
      expect(draft.text, furniture).not.toContain(furniture)
    }
  })

  it('reports no article, with a warning, for a page of links', () => {
    const out = readTextDump(
      [
        'Zorvath Daily',
        'Home',
        'World',
        'Business',
        '',
        'Most read',
        'Qaratau miners strike',
        'Tungsten prices climb',
        '© 2025 Zorvath Daily',
      ].join('\n'),
    )
    expect(out.hasArticle).toBe(false)
    expect(out.draft.text).toBe('')
    expect(out.warnings.join(' ')).toMatch(/^no article/)
  })

  it('warns when the header has no byline or date', () => {
    const out = readTextDump(
      [
        'Zorvath Daily',
        '',
        'Qaratau tungsten output rises for a third year',
        '',
        'Output at the Qaratau tungsten mine rose for a third straight year, the operator said on Monday.',
        '',
        'The mine shipped most of its concentrate to a processing plant in the Turkistan region, it said.',
      ].join('\n'),
    )
    expect(out.draft.title).toBe('Qaratau tungsten output rises for a third year')
    expect(out.warnings).toEqual(['no byline found', 'no publication date found'])
  })

  it('reads a dump without blank lines, where the last menu item sits right over the title', () => {
    const out = readTextDump(
      [
        'Steppe Daily',
        'World',
        'Mining',
        'World',
        'Mining',
        'Kazakh tungsten exports rise sharply in first quarter',
        'By Aru Sadyk',
        '2025-04-02',
        'Zorvath Minerals shipped 40% more tungsten concentrate in the first quarter, customs data showed on Tuesday.',
        'Most of the shipments went to China, the data showed, while a smaller share went to Europe and Japan.',
        'Related',
        'Kazakh copper output falls',
        'Uzbek gold output rises',
        'The increase follows new capacity at the Qaratau mine, analysts said in a note to clients.',
        'Share this article',
        '© 2025 Steppe Daily',
      ].join('\n'),
    )
    expect(out.draft).toMatchObject({
      title: 'Kazakh tungsten exports rise sharply in first quarter',
      byline: 'Aru Sadyk',
      published: '2025-04-02',
      section: null,
    })
    expect(out.draft.text.split('\n\n')).toHaveLength(3)
    expect(out.draft.text).not.toContain('copper')
  })

  it('reads a Russian dump with "Автор:", a dotted date and time, and dialogue dashes', () => {
    const out = readTextDump(
      [
        'Вестник Каратау',
        'Главная',
        'Экономика',
        'Главная',
        'Экономика',
        '',
        'Экономика',
        '',
        'Компания Zorvath Capital построит завод в Шымкенте',
        '',
        'Автор: Айдана Нурлыбек',
        '05.05.2025 10:30',
        '',
        'ШЫМКЕНТ. Компания Zorvath Capital объявила о строительстве завода по переработке вольфрамового концентрата в Туркестанской области.',
        '',
        '— Мы рассчитываем начать производство в 2027 году, — сказал представитель компании журналистам во вторник.',
        '',
        'Читайте также',
        'Цены на вольфрам выросли',
        '',
        '© 2025 Вестник Каратау',
      ].join('\n'),
    )
    expect(out.draft).toMatchObject({
      title: 'Компания Zorvath Capital построит завод в Шымкенте',
      byline: 'Айдана Нурлыбек',
      published: '2025-05-05',
      section: 'Экономика',
      site: 'Вестник Каратау',
      language: 'ru',
    })
    expect(out.draft.text.endsWith('журналистам во вторник.')).toBe(true)
    expect(out.draft.text).toContain('\n\n— Мы рассчитываем')
  })
})

describe('readTextDump on header and footer patterns of other layouts (invented sites)', () => {
  it('reads a paywalled page: kicker in capitals, two authors, "Updated" under the date, "Listen to this article"', () => {
    const { draft, warnings } = readTextDump(fixture('boralday-post-paywall'))
    expect(draft).toMatchObject({
      title: 'Zorvath Capital shares slide after Qaratau tungsten output misses target',
      byline: 'Aru Sadyk and Dana Bekova',
      // The publication date, not the "Updated 4 March 2026" line beside it.
      published: '2026-03-03',
      // The kicker "MARKETS" in the casing of the menu ("Markets · Companies · ...").
      section: 'Markets',
      // "THE BORALDAY POST" is spelled nowhere else: title case.
      site: 'The Boralday Post',
    })
    expect(warnings).toEqual([])
    expect(draft.text.startsWith('ALMATY — Shares in Zorvath Capital fell 7%')).toBe(true)
    expect(draft.text.endsWith('said it had not been asked to renegotiate the deal.')).toBe(true)
    for (const furniture of [
      'Listen to this article',
      'Photo:',
      'Subscribe to continue reading',
      'To continue reading',
      'Already a subscriber',
      'Tenge steadies',
      'Boralday Media',
    ]) {
      expect(draft.text, furniture).not.toContain(furniture)
    }
  })

  it('reads a wire story: breadcrumb section, "Last modified" on the date line, dateline, "Reporting by" after the body', () => {
    const { draft, warnings } = readTextDump(fixture('zhetisu-wire-dateline'))
    expect(draft).toMatchObject({
      title:
        'Kestrel Minerals to build a gas-fired power plant for its copper mine in the Zhetisu region',
      // The header has no byline; the credit line after the body names the reporter.
      byline: 'Madina Oralbek',
      published: '2025-05-12',
      // "News > Energy": "News" is the root of the trail, not the section.
      section: 'Energy',
      // "© 2025 Zhetisu Wire Inc." loses its company suffix.
      site: 'Zhetisu Wire',
    })
    expect(warnings).toEqual([])
    expect(draft.text.startsWith('TALDYKORGAN, May 12 (Zhetisu Wire) — Kestrel Minerals')).toBe(
      true,
    )
    expect(draft.text.endsWith('to nearby towns during the summer months.')).toBe(true)
    for (const furniture of ['Reporting by', 'Editing by', 'Last modified', 'wheat harvest']) {
      expect(draft.text, furniture).not.toContain(furniture)
    }
  })

  it('reads a "Name, role" byline without "By", a reading time on the date line and a labelled section', () => {
    const { draft } = readTextDump(fixture('kestrel-metals-review-role-byline'))
    expect(draft).toMatchObject({
      // The line under the title is the byline, not the title.
      title: 'Qaratau tungsten concentrate prices hit a ten-year high as buyers look beyond China',
      byline: 'Erlan Dosov',
      published: '2026-03-09',
      // "Category: Metals, Tungsten" gives its first category; "6 min read" is never a section.
      section: 'Metals',
      // "KESTREL METALS REVIEW" spelled as in "Copyright (c) 2026 Kestrel Metals Review Ltd.".
      site: 'Kestrel Metals Review',
    })
    expect(draft.text.startsWith('ASTANA — Prices for tungsten concentrate')).toBe(true)
    expect(draft.text.endsWith('a metals analyst at Harrowfield Research in Vienna.')).toBe(true)
    expect(draft.text).not.toContain('Filed under')
  })

  it('reads a date and a dateline without any byline, and warns about the byline only', () => {
    const out = readTextDump(
      [
        'BANK OF THE STEPPE',
        'Home > Markets',
        '',
        'Qaratau tungsten exports rise for a fifth month',
        '',
        'Last modified: 7 April 2025',
        'Published: 6 April 2025',
        '',
        'ALMATY (Bank of the Steppe) — Exports of tungsten concentrate from the Qaratau mine rose for a fifth month in March, customs data showed.',
        '',
        'Most of the concentrate went to processing plants in Europe, the data showed, while a smaller share went to Japan.',
      ].join('\n'),
    )
    expect(out.draft).toMatchObject({
      title: 'Qaratau tungsten exports rise for a fifth month',
      byline: null,
      published: '2025-04-06',
      section: 'Markets',
      site: 'Bank of the Steppe',
    })
    expect(out.warnings).toEqual(['no byline found'])
    expect(out.draft.text.startsWith('ALMATY (Bank of the Steppe) — Exports')).toBe(true)
  })

  it('takes the section from "Filed under:" or a breadcrumb, never from "6 min read"', () => {
    const page = (meta: string[]): string =>
      [
        'Zorvath Daily',
        '',
        'Home / Congress',
        '',
        'Senate bill would end trade limits on the Qaratau region',
        '',
        'By Aru Sadyk',
        'Nov. 7, 2025 · 6 min read',
        ...meta,
        '',
        'WASHINGTON — A group of senators on Wednesday introduced a bill that would end trade limits on the Qaratau region.',
        '',
        'The bill would let the president grant permanent normal trade relations, its sponsors said in a statement.',
      ].join('\n')
    expect(readTextDump(page(['Filed under: Trade'])).draft.section).toBe('Trade')
    expect(readTextDump(page([])).draft.section).toBe('Congress')
  })
})
