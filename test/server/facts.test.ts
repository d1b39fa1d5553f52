import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entityIdsOf } from '../../src/model/index.js'
import { loadReference } from '../../src/reference/index.js'
import { csvField } from '../../src/server/csv.js'
import type { StoredFact } from '../../src/store/index.js'
import { buildSite, type Site } from '../helpers/site-harness.js'

const CSV_HEADER =
  'id,type,summary,when,status,confidence,amount_value,amount_currency,amount_qualifier,entities,roles_json,articles,evidence,rule'

let site: Site
beforeAll(async () => {
  site = await buildSite()
}, 120_000)
afterAll(async () => site?.close())

async function get(app: Site['app'], address: string) {
  const response = await app.request(address)
  return { status: response.status, body: await response.text(), headers: response.headers }
}

/** The rows of the facts table (tbody only), as markup. */
function tableRows(html: string): string[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? ''
  return body.split(/<tr[\s>]/).slice(1)
}

/**
 * The investments the country filter should list for Kazakhstan: those naming it, or a place or
 * organisation the reference data or the stored places put in it.
 */
async function kazakhInvestments(): Promise<{ all: StoredFact[]; namingTheCountry: number }> {
  const reference = loadReference()
  if (!reference.ok) throw new Error('reference data')
  const places = await site.store.entities.list({ type: 'place' })
  const countryOf = (id: string): unknown =>
    places.find((place) => place.id === id)?.country ?? reference.value.get(id)?.country
  const inKazakhstan = (id: string) => {
    const country = countryOf(id)
    return country === 'KZ' || (Array.isArray(country) && country.includes('KZ'))
  }
  const investments = await site.store.facts.list({ type: 'investment' })
  const all = investments.filter((fact) =>
    entityIdsOf(fact).some((id) => id === 'country:KZ' || inKazakhstan(id)),
  )
  const namingTheCountry = all.filter((fact) => entityIdsOf(fact).includes('country:KZ')).length
  return { all, namingTheCountry }
}

function shownCount(html: string): number {
  const match = /<strong>([\d,]+) facts?<\/strong>/.exec(html)
  if (!match?.[1]) throw new Error('no fact count on the page')
  return Number(match[1].replace(/,/g, ''))
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

describe('the facts table', () => {
  it('shows every fact of the sample, 50 to a page, with a count and a caption', async () => {
    const total = await site.store.facts.count()
    expect(total).toBeGreaterThan(50)
    const { status, body } = await get(site.app, '/facts')
    expect(status).toBe(200)
    expect(body.match(/<h1[\s>]/g)).toHaveLength(1)
    expect(body).toContain('<h1>Facts</h1>')
    expect(shownCount(body)).toBe(total)
    expect(body).toMatch(/<table class="data facts-table">\s*<caption/)
    expect(tableRows(body)).toHaveLength(50)
    expect(body).toContain('href="/facts?page=2"')

    const second = await get(site.app, '/facts?page=2')
    expect(second.status).toBe(200)
    expect(tableRows(second.body)).toHaveLength(total - 50)
  })

  it('type=investment shows only investments', async () => {
    const expected = await site.store.facts.count({ type: 'investment' })
    const { status, body } = await get(site.app, '/facts?type=investment')
    expect(status).toBe(200)
    expect(shownCount(body)).toBe(expected)
    const rows = tableRows(body)
    expect(rows).toHaveLength(expected)
    for (const row of rows) expect(row).toMatch(/<span class="badge[^"]*">Investment<\/span>/)
    expect(body).toMatch(/<option value="investment" selected="">Investment<\/option>/)
  })

  it('country=country:KZ&type=investment narrows the investments, with removable chips', async () => {
    const investments = await site.store.facts.count({ type: 'investment' })
    const { all, namingTheCountry } = await kazakhInvestments()
    const expected = all.length
    // Investments in a Kazakh deposit or company count even where the text names no country.
    expect(expected).toBeGreaterThan(namingTheCountry)
    expect(expected).toBeLessThan(investments)
    const { status, body } = await get(site.app, '/facts?country=country:KZ&type=investment')
    expect(status).toBe(200)
    expect(shownCount(body)).toBe(expected)
    expect(tableRows(body)).toHaveLength(expected)
    const listed = tableRows(body).map((row) => /id="fact-(f[0-9a-f]+)"/.exec(row)?.[1])
    expect(listed.sort()).toEqual(all.map((fact) => fact.id).sort())
    expect(body).toContain('Country: Kazakhstan')
    // Each chip's link is the same view without it.
    expect(body).toMatch(
      /href="\/facts\?type=investment"[^>]*aria-label="Remove filter Country: Kazakhstan"/,
    )
    expect(body).toMatch(
      /href="\/facts\?country=country%3AKZ"[^>]*aria-label="Remove filter Type: Investment"/,
    )
  })

  it('entity= (the dossier link) and actor= filter through the entities a fact names', async () => {
    const expected = await site.store.facts.count({ entityIds: ['person:marco-rubio'] })
    expect(expected).toBeGreaterThan(0)
    const byEntity = await get(site.app, '/facts?entity=person:marco-rubio')
    expect(shownCount(byEntity.body)).toBe(expected)
    expect(byEntity.body).toContain('Entity: Marco Rubio')
    const byActor = await get(site.app, '/facts?actor=person:marco-rubio')
    expect(shownCount(byActor.body)).toBe(expected)
  })

  it("links each row's evidence to its article, where the fact is highlighted", async () => {
    const { body } = await get(site.app, '/facts?type=statement')
    const rows = tableRows(body)
    expect(rows.length).toBeGreaterThan(0)
    const checked = new Set<string>()
    for (const row of rows) {
      expect(row).toMatch(/<details class="fact-evidence"><summary>Evidence \(\d+\)<\/summary>/)
      expect(row).toContain('<blockquote>')
      const links = [
        ...row.matchAll(/href="\/articles\/(a[0-9a-f]{16})\?fact=(f[0-9a-f]+)#fact-text"/g),
      ]
      expect(links.length).toBeGreaterThan(0)
      for (const [, articleId] of links) {
        if (!articleId || checked.has(articleId)) continue
        checked.add(articleId)
        expect((await site.app.request(`/articles/${articleId}`)).status).toBe(200)
      }
    }
  })

  it("who= finds facts by part of an actor's name, as a removable chip", async () => {
    const rubio = await site.store.facts.list({ entityIds: ['person:marco-rubio'] })
    expect(rubio.length).toBeGreaterThan(0)
    const { status, body } = await get(site.app, '/facts?who=rubio')
    expect(status).toBe(200)
    const listed = tableRows(body).map((row) => /id="fact-(f[0-9a-f]+)"/.exec(row)?.[1])
    expect(listed.sort()).toEqual(rubio.map((fact) => fact.id).sort())
    expect(body).toContain('value="rubio"')
    expect(body).toMatch(/href="\/facts"[^>]*aria-label="Remove filter Actor name: “rubio”"/)
    const nobody = await get(site.app, '/facts?who=Zorvath%20Quill')
    expect(nobody.body).toContain('No facts match these filters.')
    const tooLong = await get(site.app, `/facts?who=${'x'.repeat(101)}`)
    expect(tooLong.status).toBe(400)
    expect(tooLong.body).toContain('who')
  })

  it('offers the 40 actors most facts name in its list; the rest are found by name', async () => {
    const counts = new Map<string, number>()
    for (const fact of await site.store.facts.list())
      for (const id of entityIdsOf(fact))
        if (/^(person|organization):/.test(id)) counts.set(id, (counts.get(id) ?? 0) + 1)
    expect(counts.size).toBeGreaterThan(40)
    const { body } = await get(site.app, '/facts')
    const select = /<select id="facts-actor"[\s\S]*?<\/select>/.exec(body)?.[0] ?? ''
    const offered = [...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(offered).toHaveLength(40)
    const fewestOffered = Math.min(...offered.map((id) => counts.get(id) ?? 0))
    const mostLeftOut = Math.max(
      ...[...counts].filter(([id]) => !offered.includes(id)).map(([, count]) => count),
    )
    expect(fewestOffered).toBeGreaterThanOrEqual(mostLeftOut)
  })

  it('says so when no fact matches, with a link that clears the filters', async () => {
    const { status, body } = await get(site.app, '/facts?type=visit&mineral=mineral:tungsten')
    expect(status).toBe(200)
    expect(body).toContain('No facts match these filters.')
    expect(body).toContain('<a href="/facts">Clear the filters</a>')
    expect(body).not.toContain('<table')
  })

  it('answers a page past the end with a 404 that links back', async () => {
    const { status, body } = await get(site.app, '/facts?type=investment&page=9')
    expect(status).toBe(404)
    expect(body).toContain('There is no page 9 of these facts.')
    expect(body).toContain('href="/facts?type=investment"')
  })

  it('escapes an entity id from the address wherever it shows', async () => {
    const { status, body } = await get(site.app, '/facts?entity=person:%3Cscript%3Ex')
    expect(status).toBe(200)
    expect(body).not.toContain('<script>x')
    expect(body).toContain('&lt;script&gt;x')
  })
})

describe('bad parameters', () => {
  it.each([
    ['/facts?type=bogus', 'type'],
    ['/facts?sort=random', 'sort'],
    ['/facts?since=2025-13', 'since'],
    ['/facts?until=yesterday', 'until'],
    ['/facts?page=abc', 'page'],
    ['/facts?country=mineral:tungsten', 'country'],
    ['/facts?status=done', 'status'],
    ['/facts?format=xml', 'format'],
  ])('%s is a 400 page naming %s', async (address, parameter) => {
    const { status, body } = await get(site.app, address)
    expect(status).toBe(400)
    expect(body).toContain(`${parameter}: expected`)
  })

  it('with format=csv, a bad parameter is a plain-text 400', async () => {
    const { status, body, headers } = await get(site.app, '/facts?format=csv&type=bogus')
    expect(status).toBe(400)
    expect(headers.get('content-type')).toContain('text/plain')
    expect(body).toMatch(/^Bad request: type: expected one of/)
  })
})

describe('the CSV export', () => {
  it('is linked from the page, keeping the filters', async () => {
    const { body } = await get(site.app, '/facts?type=investment&country=country:KZ&page=1')
    expect(body).toContain('href="/facts?type=investment&amp;country=country%3AKZ&amp;format=csv"')
    expect(body).toContain('Export CSV')
  })

  it('downloads the whole filtered view: a header and one row per fact, no pagination', async () => {
    const total = await site.store.facts.count()
    const response = await site.app.request('/facts?format=csv&page=2')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="lodestone-facts-2026-12-02.csv"',
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    expect(text.startsWith(`${CSV_HEADER}\r\n`)).toBe(true)
    const rows = parseCsv(text)
    expect(rows[0]?.join(',')).toBe(CSV_HEADER)
    expect(rows).toHaveLength(total + 1)
    for (const row of rows) expect(row).toHaveLength(14)
  })

  it('narrows with the filters and fills each column', async () => {
    const expected = (await kazakhInvestments()).all
    const response = await site.app.request('/facts?format=csv&type=investment&country=country:KZ')
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, '')).slice(1)
    expect(rows.map((row) => row[0]).sort()).toEqual(expected.map((fact) => fact.id).sort())
    for (const row of rows) {
      expect(row[1]).toBe('investment')
      expect(row[11]).toMatch(/^a[0-9a-f]{16}(; a[0-9a-f]{16})*$/)
      expect(() => JSON.parse(row[10] ?? '')).not.toThrow()
    }
    const withMoney = rows.find((row) => row[6] !== '')
    expect(withMoney?.[7]).toMatch(/^[A-Z]{3}$/)
  })
})

describe('CSV quoting and the formula guard', () => {
  let own: Site
  let articleId: string
  const PAGE = `<!doctype html>
<html><head>
<title>Rubio says Kazakhstan tungsten deal is close</title>
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2026-05-04">
</head><body><article>
<h1>Rubio says Kazakhstan tungsten deal is close</h1>
<p>Secretary of State Marco Rubio spoke to reporters in Astana on Monday about critical minerals
and the tungsten project in the Karaganda Region.</p>
<p>"=HYPERLINK(1), the deal on tungsten is close, and we want it done," Rubio said.</p>
<p>"We will sell, but on our terms," said Kazakh President Kassym-Jomart Tokayev.</p>
</article></body></html>
`

  beforeAll(async () => {
    own = await buildSite({ sample: false })
    const file = path.join(own.dir, 'formula.html')
    writeFileSync(file, PAGE)
    const summary = await own.ingest([file])
    const ingested = summary.articles[0]
    if (!ingested) throw new Error(`not ingested: ${JSON.stringify(summary.skips)}`)
    articleId = ingested.id
  }, 120_000)
  afterAll(async () => own?.close())

  async function csvRows(address: string): Promise<string[][]> {
    const response = await own.app.request(address)
    return parseCsv((await response.text()).replace(/^\uFEFF/, '')).slice(1)
  }

  it('quotes a statement whose evidence holds commas and double quotes', async () => {
    const response = await own.app.request('/facts?format=csv&type=statement')
    const raw = await response.text()
    expect(raw).toContain('"""We will sell, but on our terms,"" said Kazakh President')
    const rows = parseCsv(raw.replace(/^\uFEFF/, '')).slice(1)
    const tokayev = rows.find((row) => row[9]?.includes('person:kassym-jomart-tokayev'))
    expect(tokayev?.[12]).toContain('"We will sell, but on our terms," said Kazakh President')
    const roles = JSON.parse(tokayev?.[10] ?? '{}') as { quote?: string }
    expect(roles.quote).toMatch(/^We will sell, but on our terms/)
  })

  it('puts an apostrophe before a field a spreadsheet would run as a formula', async () => {
    const article = await own.store.articles.get(articleId)
    if (!article) throw new Error('article missing')
    const start = article.text.indexOf('=HYPERLINK')
    const end = article.text.indexOf(',"', start)
    await own.store.facts.replaceForArticle(
      articleId,
      article.revision,
      [
        {
          type: 'statement',
          speaker: 'person:marco-rubio',
          quote: article.text.slice(start, end),
          evidence: [{ start, end, text: article.text.slice(start, end) }],
          confidence: 0.9,
          rule: '@rule',
        },
      ],
      [],
    )
    const [row] = await csvRows('/facts?format=csv')
    expect(row?.[12]).toBe(`'=HYPERLINK(1), the deal on tungsten is close, and we want it done`)
    expect(row?.[13]).toBe(`'@rule`)
    expect(row?.[2]).toMatch(/^Marco Rubio: “=HYPERLINK/)
  })

  it('guards every formula start and quotes only what needs it', () => {
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('-1')).toBe("'-1")
    expect(csvField('@x')).toBe("'@x")
    expect(csvField('\tx')).toBe("'\tx")
    expect(csvField('\rx')).toBe(`"'\rx"`)
    expect(csvField('a, "b"')).toBe('"a, ""b"""')
    expect(csvField('line\nbreak')).toBe('"line\nbreak"')
    expect(csvField('plain')).toBe('plain')
    expect(csvField(0.9)).toBe('0.9')
    expect(csvField(undefined)).toBe('')
  })
})

describe('an empty store', () => {
  let empty: Site
  beforeAll(async () => {
    empty = await buildSite({ sample: false })
  })
  afterAll(async () => empty?.close())

  it('says there are no facts yet and how to add some', async () => {
    const { status, body } = await get(empty.app, '/facts')
    expect(status).toBe(200)
    expect(body).toContain('No facts yet.')
    expect(body).toContain('<strong>0 facts</strong>')
    expect(body).not.toContain('Export CSV')
  })
})
