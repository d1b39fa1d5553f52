import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodePage } from '../../../src/ingest/decode/index.js'
import { BAD_FIXTURES } from './bad-fixtures.js'

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/ingest/bad/${name}`, import.meta.url)))

function decoded(name: string, contentType?: string) {
  const result = decodePage(fixture(name), { input: name, contentType })
  if (!result.ok) throw new Error(`${name}: ${result.problem.code}`)
  return result.value
}

function problem(name: string) {
  const result = decodePage(fixture(name), { input: name })
  if (result.ok) throw new Error(`${name}: decoded, expected a problem`)
  return result.problem
}

describe('decodePage fixtures', () => {
  it('has fixture files that match the script that made them', () => {
    for (const [name, bytes] of Object.entries(BAD_FIXTURES)) {
      expect(Buffer.compare(fixture(name), bytes), name).toBe(0)
    }
  })
})

describe('decodePage', () => {
  it('reads a Russian windows-1251 page by its meta charset', () => {
    const page = decoded('windows-1251-declared.html')
    expect(page.encoding).toBe('windows-1251')
    expect(page.text).toContain('Национальная горнорудная компания «Кварц-Руда»')
    expect(page.warnings).toEqual([])
  })

  it('guesses windows-1251 for undeclared Russian bytes', () => {
    const page = decoded('windows-1251-undeclared.txt')
    expect(page.encoding).toBe('windows-1251')
    expect(page.text).toContain('вольфрамового месторождения Каратау')
  })

  it('guesses windows-1252 and keeps curly quotes, dashes and the euro sign', () => {
    const page = decoded('windows-1252-quotes.txt')
    expect(page.encoding).toBe('windows-1252')
    expect(page.text).toContain('the “Qaratau project” would cost €400 million — about')
    expect(page.text).toContain('company’s first estimate')
  })

  it('reads UTF-16 by its byte-order mark and normalises CRLF to \\n', () => {
    for (const [name, encoding] of [
      ['utf-16le-bom.txt', 'utf-16le'],
      ['utf-16be-bom.txt', 'utf-16be'],
    ] as const) {
      const page = decoded(name)
      expect(page.encoding).toBe(encoding)
      expect(page.text).toBe('Qaratau\nтунгстен €\n')
    }
  })

  it('overrules a meta charset that lies, with a warning naming the input', () => {
    const page = decoded('meta-lies-utf8.html')
    expect(page.encoding).toBe('windows-1251')
    expect(page.text).toContain('Национальная горнорудная компания')
    expect(page.warnings).toEqual([
      'meta-lies-utf8.html: <meta charset> says utf-8 but the bytes are not valid UTF-8; decoded as windows-1251',
    ])
  })

  it('replaces invalid UTF-8 with U+FFFD and says how many sequences and where the first is', () => {
    const page = decoded('invalid-utf8.txt')
    expect(page.encoding).toBe('utf-8')
    expect(page.text.startsWith('Национальн\uFFFDая')).toBe(true)
    expect(page.text.split('\uFFFD').length - 1).toBe(2)
    expect(page.warnings).toEqual([
      'invalid-utf8.txt: 2 invalid UTF-8 sequences (first at byte 20) replaced with U+FFFD; the file may be cut off or mix encodings',
    ])
  })

  it('takes the Content-Type charset over the meta tag', () => {
    const bytes = new TextEncoder().encode('<meta charset="windows-1251"><p>Qaratau — café</p>')
    const result = decodePage(bytes, { input: 'x', contentType: 'text/html; charset=UTF-8' })
    expect(result).toMatchObject({ ok: true, value: { encoding: 'utf-8', warnings: [] } })
  })

  it('prefers valid UTF-8 bytes over a legacy charset declaration, with a warning', () => {
    const bytes = new TextEncoder().encode('<meta charset="windows-1252"><p>Qaratau — café</p>')
    const result = decodePage(bytes, { input: 'page.html' })
    expect(result.ok && result.value.text).toContain('Qaratau — café')
    expect(result.ok && result.value.warnings[0]).toMatch(
      /^page\.html: <meta charset> says windows-1252/,
    )
  })

  it('refuses binary files and names their kind', () => {
    expect(problem('png-header.png')).toEqual({
      code: 'input.binary',
      input: 'png-header.png',
      detail: 'PNG image',
    })
    expect(problem('pdf-header.pdf')).toMatchObject({
      code: 'input.binary',
      detail: 'PDF document',
    })
    expect(problem('nul-filled.bin')).toMatchObject({
      code: 'input.binary',
      detail: 'NUL byte at offset 0; looks like a binary file',
    })
  })

  it('calls an empty or whitespace-only file empty', () => {
    expect(problem('empty.txt')).toEqual({ code: 'input.empty', input: 'empty.txt' })
    expect(problem('whitespace-only.txt')).toEqual({
      code: 'input.empty',
      input: 'whitespace-only.txt',
    })
  })

  it('decodes a 1 MB UTF-8 page in a few milliseconds', () => {
    const paragraph =
      '<p>Zorvath Capital will invest in the Qaratau tungsten project — «Каратау».</p>\r\n'
    const bytes = new TextEncoder().encode(
      paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)),
    )
    decodePage(bytes, { input: 'warm-up' })
    const started = performance.now()
    const result = decodePage(bytes, { input: 'big.html' })
    const elapsedMs = performance.now() - started
    expect(result.ok && result.value.encoding).toBe('utf-8')
    expect(result.ok && result.value.text.includes('\r')).toBe(false)
    // Typically 2-5 ms; the bound leaves room for a busy CI machine.
    expect(elapsedMs).toBeLessThan(50)
  })
})
