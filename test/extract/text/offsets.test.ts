import { describe, expect, it } from 'vitest'
import { splitSentences, tokenize } from '../../../src/extract/text/index.js'
import {
  findDates,
  findMoney,
  findPercents,
  findQuantities,
} from '../../../src/extract/normalize/index.js'

/** Invented paragraphs with every kind of span the text layer reports. */
const PARAGRAPHS = [
  'ASTANA — Zorvath Capital Inc. said on Wednesday (Nov 5) it will take a 70% stake in the Qaratau tungsten project for about $1.1 billion. The U.S. firm’s chief, Kyle L. Marsh, called it “a first step.” Mr. Marsh added: “More will follow…”',
  'The Qaratau deposit holds an estimated 142,000 tonnes of WO3 and should produce 3,200 t/yr of concentrate, or roughly 4% of world output. Tau-Dala LLP bought the licence in 2017 for 9.4 billion tenge; the state keeps 30 per cent.',
  '• up to USD 900 million in debt from the Qaratau lenders\n• €2bn from a German refiner, approx. 1.5 million tonnes of ore a year\n\nOn February 4, 2026, ministers met in Washington, D.C. On February 19 they met again. Last year over a billion-dollar investment was pledged; next year, more.',
]
const ARTICLE = PARAGRAPHS.join('\n\n')

const spansOf = (text: string) => [
  ...splitSentences(text),
  ...tokenize(text),
  ...findMoney(text),
  ...findPercents(text),
  ...findQuantities(text),
  ...findDates(text, '2025-12-26'),
]

describe('offsets', () => {
  it('slice back to the reported text for every span of every finder', () => {
    const spans = spansOf(ARTICLE)
    expect(spans.length).toBeGreaterThan(100)
    for (const span of spans) expect(ARTICLE.slice(span.start, span.end)).toBe(span.text)
  })

  it('stay exact when the article is shifted, padded or windowed', () => {
    for (const prefix of ['', ' ', '\n\n', 'Zorvath. ', '“']) {
      const text = prefix + ARTICLE
      for (const span of spansOf(text)) expect(text.slice(span.start, span.end)).toBe(span.text)
    }
    for (const sentence of splitSentences(ARTICLE)) {
      const windowed = [
        ...tokenize(ARTICLE, sentence.start, sentence.end),
        ...findMoney(ARTICLE, sentence.start, sentence.end),
        ...findQuantities(ARTICLE, sentence.start, sentence.end),
        ...findPercents(ARTICLE, sentence.start, sentence.end),
        ...findDates(ARTICLE, '2025-12-26', { start: sentence.start, end: sentence.end }),
      ]
      for (const span of windowed) {
        expect(span.start).toBeGreaterThanOrEqual(sentence.start)
        expect(span.end).toBeLessThanOrEqual(sentence.end)
        expect(ARTICLE.slice(span.start, span.end)).toBe(span.text)
      }
    }
  })

  it('find the same amounts in a sentence window as in the whole text', () => {
    const whole = findMoney(ARTICLE).map((m) => m.text)
    const bySentence = splitSentences(ARTICLE).flatMap((s) =>
      findMoney(ARTICLE, s.start, s.end).map((m) => m.text),
    )
    expect(bySentence).toEqual(whole)
    expect(whole).toEqual([
      'about $1.1 billion',
      '9.4 billion tenge',
      'up to USD 900 million',
      '€2bn',
      'over a billion-dollar',
    ])
  })
})
