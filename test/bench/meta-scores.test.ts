import { describe, expect, it } from 'vitest'
import { pageShowsLabel, pageText, sameAuthors, sameTitleText } from '../../bench/meta-scores.js'

describe('how the reader bench compares metadata with labels', () => {
  it('folds typography in titles but not words or case', () => {
    expect(sameTitleText('A Beginner’s Guide — Part 1…', "A Beginner's Guide -- Part 1...")).toBe(
      true,
    )
    expect(sameTitleText('How Does It Work？', 'How Does It Work?')).toBe(true)
    expect(sameTitleText('A beginner’s guide', "A Beginner's Guide")).toBe(false)
    expect(sameTitleText('A Guide', 'A Guide to Mills')).toBe(false)
  })

  it('compares bylines as sets of names without credentials', () => {
    expect(sameAuthors('Ana Ruiz and Li Wei', 'Li Wei, Ana Ruiz, MD')).toBe(true)
    expect(sameAuthors('Ana Ruiz', 'Ana Ruiz and Li Wei')).toBe(false)
    expect(sameAuthors('Ana Ruiz', 'Dr. Ana Ruiz')).toBe(true)
    expect(sameAuthors('Ana Ruiz', 'Dr. Li Wei')).toBe(false)
    expect(sameAuthors('Ana Ruiz', 'Ana Ruiz, Mining and Metals Expert')).toBe(true)
    expect(sameAuthors('Ana Ruiz', 'Ana Ruiz (Content Manager)')).toBe(true)
    expect(sameAuthors('Ana Ruiz', 'Ana Ruiz, Li Wei')).toBe(false)
  })

  it('tells whether the page shows the label at all', () => {
    const text = pageText(
      '<html><head><title>Mill doubles output | Daily Ore</title></head><body>' +
        '<h1>Mill doubles output</h1><p class="by">By Ana&nbsp;Ruiz</p>' +
        '<time datetime="2025-03-08T10:00:00Z">8th March 2025</time><p>Updated 04/09/2025</p></body></html>',
    )
    expect(pageShowsLabel('title', 'Mill doubles output', text)).toBe(true)
    expect(pageShowsLabel('title', 'Mill output doubles', text)).toBe(false)
    expect(pageShowsLabel('author', 'Ana Ruiz', text)).toBe(true)
    expect(pageShowsLabel('author', 'Ana Ruiz and Li Wei', text)).toBe(false)
    expect(pageShowsLabel('date', '2025-03-08', text)).toBe(true)
    expect(pageShowsLabel('date', '2025-04-09', text)).toBe(true)
    expect(pageShowsLabel('date', '2025-03-09', text)).toBe(false)
  })
})
