import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sniffFormat } from '../../../src/ingest/sniff/index.js'

describe('sniffFormat', () => {
  it('calls a full document HTML whatever its name', () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>Qaratau</title></head><body><p>x</p></body></html>'
    expect(sniffFormat(page, 'page.txt')).toBe('html')
    expect(sniffFormat('\n  <html lang="en"><body>Qaratau</body></html>', null)).toBe('html')
    expect(sniffFormat('<body><p>Qaratau</p></body>')).toBe('html')
  })

  it('calls a fragment with many tags HTML', () => {
    const fragment =
      '<div class="story"><h1>Qaratau</h1><p>One.</p><p>Two.</p><ul><li>a</li></ul></div>'
    expect(sniffFormat(fragment, 'story.txt')).toBe('html')
  })

  it('calls a plain dump text, even with an .html name', () => {
    const seed = readFileSync(
      new URL('../../fixtures/ingest/text/seed/source.txt', import.meta.url),
      'utf8',
    )
    expect(sniffFormat(seed, 'saved-page.html')).toBe('text')
    expect(sniffFormat('Prices rose 3% (a <5% rise) as x<y held.', 'notes.html')).toBe('text')
  })
})
