import { describe, expect, it } from 'vitest'
import { decodePage } from '../../../src/ingest/decode/index.js'

/** UTF-8 bytes read as Latin-1 and written out as UTF-8 again: what a broken server sends. */
function doubleEncoded(text: string): Buffer {
  return Buffer.from(Buffer.from(text, 'utf8').toString('latin1'), 'utf8')
}

describe('text that was UTF-8 decoded twice', () => {
  it('is repaired, with a warning naming the input', () => {
    const bytes = Buffer.concat([
      Buffer.from('<p>A '),
      doubleEncoded('Investor’s guide — “tungsten” in Öskemen'),
      Buffer.from('</p>'),
    ])
    const decoded = decodePage(bytes, { input: 'page.html' })
    expect(decoded.ok && decoded.value.text).toBe(
      '<p>A Investor’s guide — “tungsten” in Öskemen</p>',
    )
    expect(decoded.ok && decoded.value.warnings.join(' ')).toMatch(/page\.html: repaired/)
  })

  it('leaves Latin-1 letters that are really meant alone', () => {
    const text = '<p>Ã la carte: Â£5 for the São Paulo menu</p>'
    const decoded = decodePage(Buffer.from(text, 'utf8'), { input: 'menu.html' })
    expect(decoded.ok && decoded.value.text).toBe(text)
    expect(decoded.ok && decoded.value.warnings).toEqual([])
  })
})
