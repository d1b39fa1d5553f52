import { describe, expect, it } from 'vitest'
import {
  MARK_CLOSE,
  MARK_OPEN,
  parseSearchQuery,
  splitMarks,
  toFts5Query,
  toPostgresQuery,
} from '../../src/store/search-query.js'

/** Both renderings of one query, or null when it looks for nothing. */
function render(input: string) {
  const query = parseSearchQuery(input)
  return query && { fts5: toFts5Query(query), postgres: toPostgresQuery(query) }
}

describe('search queries from what people type', () => {
  it('requires every word, and matches the last one as a prefix too', () => {
    expect(render('Qaratau tungsten')).toEqual({
      fts5: '"qaratau" AND ("tungsten" OR "tungsten"*)',
      postgres: { websearch: '"qaratau"', prefix: "'tungsten' | 'tungsten':*" },
    })
  })

  it('keeps short last words exact: a two-letter prefix would match most of the index', () => {
    expect(render('tungsten in')?.fts5).toBe('"tungsten" AND "in"')
  })

  it('reads "quoted words" as an exact phrase, and an unbalanced quote to the end', () => {
    expect(render('"Qaratau tungsten project" Zorvath')?.fts5).toBe(
      '"qaratau tungsten project" AND ("zorvath" OR "zorvath"*)',
    )
    expect(render('Zorvath "Qaratau tungsten')?.fts5).toBe('"zorvath" AND "qaratau tungsten"')
  })

  it('reads words joined by punctuation as a phrase, as the index splits them', () => {
    expect(render('Kazakh-Chinese U.S. col:foo')?.fts5).toBe(
      '"kazakh chinese" AND "u s" AND "col foo"',
    )
  })

  it('reads OR between terms, and ignores AND (every term is required anyway)', () => {
    expect(render('tungsten OR lithium AND Qaratau')).toEqual({
      fts5: '("tungsten" OR "lithium") AND ("qaratau" OR "qaratau"*)',
      postgres: { websearch: '"tungsten" OR "lithium"', prefix: "'qaratau' | 'qaratau':*" },
    })
  })

  it('excludes -word, -"a phrase" and NOT word', () => {
    expect(render('tungsten -lithium -"rare earths" NOT tin')).toEqual({
      fts5: '("tungsten") NOT ("lithium" OR "rare earths" OR "tin")',
      postgres: { websearch: '"tungsten" -"lithium" -"rare earths" -"tin"', prefix: null },
    })
  })

  it('keeps lowercase and/or/not as words', () => {
    expect(render('salt or pepper')?.fts5).toBe('"salt" AND "or" AND ("pepper" OR "pepper"*)')
  })

  it('looks for nothing when only operators, symbols or exclusions remain', () => {
    for (const input of ['', '  ', 'AND OR NOT', '*', '-', '"', '""', '🙂', '-tungsten', '()']) {
      expect(render(input), input).toBeNull()
    }
  })

  it('folds case and composes accents (NFC), leaving accent removal to the index', () => {
    expect(render('CAFE\u0301 Société')?.fts5).toBe('"café" AND ("société" OR "société"*)')
  })

  it('keeps at most 32 terms of a pasted page', () => {
    const query = parseSearchQuery('tungsten '.repeat(1_000))
    expect(query?.clauses).toHaveLength(32)
  })
})

describe('snippet marks', () => {
  it('strips the marks and keeps where they were', () => {
    const marked = `…the ${MARK_OPEN}Qaratau${MARK_CLOSE} ${MARK_OPEN}tungsten${MARK_CLOSE} project`
    const { snippet, highlights } = splitMarks(marked)
    expect(snippet).toBe('…the Qaratau tungsten project')
    expect(highlights.map(([start, end]) => snippet.slice(start, end))).toEqual([
      'Qaratau',
      'tungsten',
    ])
  })

  it('counts offsets in JavaScript string indices, past emoji and accents', () => {
    const { snippet, highlights } = splitMarks(`🙂 café ${MARK_OPEN}Astana${MARK_CLOSE}`)
    expect(highlights).toEqual([[8, 14]])
    expect(snippet.slice(8, 14)).toBe('Astana')
  })

  it('drops empty or unclosed marks', () => {
    expect(splitMarks(`a${MARK_OPEN}${MARK_CLOSE}b${MARK_OPEN}c`)).toEqual({
      snippet: 'abc',
      highlights: [],
    })
  })
})
