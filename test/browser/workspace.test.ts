import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSV_HEADER } from '../../src/server/routes/facts.js'
import { FACT_TYPE_LABELS } from '../../src/model/index.js'
import { startBrowserSite, type BrowserSite } from './harness.js'

let site: BrowserSite
beforeAll(async () => {
  site = await startBrowserSite()
}, 60_000)
afterAll(async () => site?.close())

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      index++
    } else field += char
  }
  if (field !== '' || record.length > 0) records.push([...record, field])
  return records
}

describe('the facts explorer', () => {
  it('filters by type through the form, and exports exactly the filtered rows as CSV', async () => {
    const type = 'investment'
    const expected = await site.store.facts.count({ type })
    expect(expected, 'the sample has investment facts').toBeGreaterThan(0)

    const page = await site.page({ acceptDownloads: true })
    await page.goto(`${site.url}/facts`)
    await page.getByLabel('Type', { exact: true }).selectOption(type)
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('type') === type),
      page.getByRole('button', { name: 'Apply filters' }).click(),
    ])
    const badges = await page.locator('table.facts-table tbody tr .facts-type').allTextContents()
    expect(badges).toHaveLength(expected)
    for (const badge of badges) expect(badge.trim()).toBe(FACT_TYPE_LABELS[type])

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a.facts-export').click(),
    ])
    expect(download.suggestedFilename()).toBe('lodestone-facts-2026-12-02.csv')
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '')
    const [header, ...rows] = csvRecords(text)
    expect(header).toEqual([...CSV_HEADER])
    expect(rows).toHaveLength(badges.length)
    for (const row of rows) expect(row[1]).toBe(type)
    await page.close()
  })

  it('suggests actors as a name is typed, and filters by the name chosen', async () => {
    const expected = await site.store.facts.count({ entityIds: ['person:marco-rubio'] })
    expect(expected, 'the sample has facts naming Rubio').toBeGreaterThan(0)
    const page = await site.page()
    await page.goto(`${site.url}/facts`)
    await page.getByLabel('Actor name').fill('Rubi')
    const suggestion = page.locator('#facts-who-suggestions option[value="Marco Rubio"]')
    await suggestion.waitFor({ state: 'attached' })
    await page.getByLabel('Actor name').fill('Marco Rubio')
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('who') === 'Marco Rubio'),
      page.getByRole('button', { name: 'Apply filters' }).click(),
    ])
    await expect(page.locator('table.facts-table tbody tr').count()).resolves.toBe(expected)
    await page.close()
  })
})

describe('the map', () => {
  it('clicking a shaded country opens its dossier', async () => {
    const page = await site.page()
    await page.goto(`${site.url}/map`)
    const country = page.locator('a.map-link[href="/entities/country:KZ"] path')
    await expect(country.getAttribute('class')).resolves.toMatch(/\bmap-c[1-9]\b/)
    // A point of the country that no pin or label covers: where a person would click.
    const point = await country.evaluate((shape) => {
      const box = shape.getBoundingClientRect()
      for (let y = 0.3; y < 0.8; y += 0.05) {
        for (let x = 0.3; x < 0.8; x += 0.05) {
          const at = { x: box.left + box.width * x, y: box.top + box.height * y }
          if (document.elementFromPoint(at.x, at.y) === shape) return at
        }
      }
      return null
    })
    if (!point) throw new Error('Kazakhstan is covered everywhere on the map')
    await Promise.all([
      page.waitForURL(`${site.url}/entities/country:KZ`),
      page.mouse.click(point.x, point.y),
    ])
    await expect(page.locator('h1').textContent()).resolves.toContain('Kazakhstan')
    await page.close()
  })
})
