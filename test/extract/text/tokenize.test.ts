import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/extract/text/index.js'

describe('tokenize', () => {
  it('keeps numbers with separators, hyphenated words, apostrophes and acronyms whole', () => {
    const text =
      'The U.S. put $1.1bn, 1,500 tonnes and 49.979% into Kazakhstan’s billion-dollar Qaratau.'
    expect(tokenize(text).map((t) => `${t.text}:${t.kind}`)).toEqual([
      'The:word',
      'U.S.:word',
      'put:word',
      '$:currency',
      '1.1:number',
      'bn:word',
      ',:punct',
      '1,500:number',
      'tonnes:word',
      'and:word',
      '49.979:number',
      '%:punct',
      'into:word',
      'Kazakhstan’s:word',
      'billion-dollar:word',
      'Qaratau:word',
      '.:punct',
    ])
  })

  it('reads currency symbols as tokens of their own', () => {
    expect(
      tokenize('€2bn £40m ₸7')
        .filter((t) => t.kind === 'currency')
        .map((t) => t.text),
    ).toEqual(['€', '£', '₸'])
  })

  it('tokenizes a window with offsets into the whole text', () => {
    const text = 'Zorvath Capital invested heavily.'
    const tokens = tokenize(text, 8, 24)
    expect(tokens.map((t) => t.text)).toEqual(['Capital', 'invested'])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })
})
