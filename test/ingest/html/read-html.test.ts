import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ArticleDraft } from '../../../src/model/index.js'
import { readHtml } from '../../../src/ingest/html/index.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/ingest/html/', import.meta.url))

interface Expected {
  draft?: Partial<Record<keyof ArticleDraft, string | null>>
  hasArticle: boolean
  baseUrl?: string
  textStartsWith?: string
  textContains?: string[]
  textLacks?: string[]
  htmlContains?: string[]
  htmlLacks?: string[]
  warningsContain?: string[]
}

/** Tags and attributes the clean HTML may contain (README of src/ingest/html: the allow-list). */
const ALLOWED_TAGS = new Set(
  'p h2 h3 h4 h5 h6 ul ol li blockquote pre code em strong b i br figure figcaption table thead tbody tr th td a'.split(
    ' ',
  ),
)

function expectSafeHtml(html: string): void {
  for (const match of html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
    const [, tag, attrs] = match
    expect(ALLOWED_TAGS.has((tag as string).toLowerCase()), `tag <${tag}>`).toBe(true)
    const rest = (attrs as string).replace(/\s*href="(?:https?:|mailto:)[^"]*"/, '')
    expect(rest.replace(/\s*rel="nofollow noopener"/, '').trim(), `attributes of <${tag}>`).toBe('')
  }
}

describe('readHtml on golden pages', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(`reads ${slug} as expected`, () => {
      const source = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8')
      const expected = JSON.parse(
        readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8'),
      ) as Expected
      const result = readHtml(source, { baseUrl: expected.baseUrl ?? null })
      expect(ArticleDraft.safeParse(result.draft).success).toBe(true)
      expect(result.hasArticle).toBe(expected.hasArticle)
      for (const [field, value] of Object.entries(expected.draft ?? {})) {
        expect(result.draft[field as keyof ArticleDraft], field).toBe(value)
      }
      const { text, html } = result.draft
      if (expected.textStartsWith !== undefined)
        expect(text.startsWith(expected.textStartsWith)).toBe(true)
      for (const s of expected.textContains ?? []) expect(text).toContain(s)
      for (const s of expected.textLacks ?? []) expect(text).not.toContain(s)
      for (const s of expected.htmlContains ?? []) expect(html).toContain(s)
      for (const s of expected.htmlLacks ?? []) expect(html.toLowerCase()).not.toContain(s)
      for (const s of expected.warningsContain ?? []) {
        expect(
          result.warnings.some((w) => w.includes(s)),
          s,
        ).toBe(true)
      }
      expectSafeHtml(html)
      // Paragraphs are separated by one blank line and never padded with spaces.
      expect(text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]/)
    })
  }
})

const PROSE =
  'The committee approved the smelter permit after a long hearing, and the operator said it would start building in spring, once the ground has thawed and the access road is repaired.'

describe('readHtml on hostile and broken markup', () => {
  it('survives 10,000 nested elements without overflowing the stack', () => {
    const depth = 10_000
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${PROSE}</p><p>${PROSE}</p>${'</div>'.repeat(depth)}</body></html>`
    const result = readHtml(html)
    expect(result.draft.text).toContain('The committee approved')
  })

  it('survives 10,000 unclosed inline tags and a megabyte attribute', () => {
    const html = `<body><p title="${'x'.repeat(1_000_000)}">${PROSE}</p>${'<span><b>'.repeat(5_000)}<p>${PROSE} ${PROSE}`
    const result = readHtml(html)
    expect(result.draft.text).toContain('The committee approved')
    expect(result.draft.html).not.toContain('xxxx')
  })

  it('never lets script text into the body, even when the script sits inside a paragraph', () => {
    const html = `<article><p>${PROSE} <script>document.write("<p>injected</p>")</script></p><p>${PROSE}</p></article>`
    const result = readHtml(html)
    expect(result.draft.text).not.toContain('injected')
    expect(result.draft.html).not.toContain('injected')
  })

  it('decodes entities once and escapes them again in the HTML', () => {
    const html = `<article><p>Rio &amp; Tinto&#8217;s &lt;b&gt;plan&lt;/b&gt; &mdash; ${PROSE}</p><p>${PROSE}</p></article>`
    const result = readHtml(html)
    expect(result.draft.text).toContain('Rio & Tinto’s <b>plan</b> — ')
    expect(result.draft.html).toContain('Rio &amp; Tinto’s &lt;b&gt;plan&lt;/b&gt; — ')
  })

  it('returns no article and a warning for an empty document', () => {
    const result = readHtml('')
    expect(result.hasArticle).toBe(false)
    expect(result.warnings.some((w) => w.startsWith('no article:'))).toBe(true)
    expect(ArticleDraft.safeParse(result.draft).success).toBe(true)
  })
})
