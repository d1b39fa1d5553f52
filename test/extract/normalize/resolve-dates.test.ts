import { describe, expect, it } from 'vitest'
import { findDates, resolveDate } from '../../../src/extract/normalize/index.js'

describe('resolveDate', () => {
  it("resolves 'November 5' in an article of 2025-12-26 to 2025-11-05", () => {
    expect(resolveDate('November 5', '2025-12-26')).toBe('2025-11-05')
  })

  it('resolves a yearless date after the published day to the year before', () => {
    expect(resolveDate('December 30', '2025-12-26')).toBe('2024-12-30')
    expect(resolveDate('in December', '2025-11-10')).toBe('2024-12')
  })

  it.each([
    ['Nov. 5, 2025', '2025-11-05'],
    ['5 November 2025', '2025-11-05'],
    ['2025-11-05', '2025-11-05'],
    ['05.11.2025', '2025-11-05'],
    ['Wednesday, November 5th', '2025-11-05'],
    ['on Wednesday (Nov 5)', '2025-11-05'],
    ['3–4 April 2025', '2025-04-03'],
    ['in 2026', '2026'],
    ['mid-2026', '2026'],
    ['November 2025', '2025-11'],
    ['in November', '2025-11'],
    ['last June', '2025-06'],
    ['next year', '2026'],
    ['last year', '2024'],
    ['this year', '2025'],
    ['last month', '2025-11'],
    ['this month', '2025-12'],
    ['earlier this month', '2025-12'],
    ['next month', '2026-01'],
    ['yesterday', '2025-12-25'],
    ['Today', '2025-12-26'],
    ['on Thursday', '2025-12-25'],
    ['last Friday', '2025-12-19'],
  ])("resolves '%s' in an article of 2025-12-26 to %s", (expression, date) => {
    expect(resolveDate(expression, '2025-12-26')).toBe(date)
  })

  it("resolves 'on Thursday' on a Thursday publication date to that same day", () => {
    expect(resolveDate('on Thursday', '2025-12-25')).toBe('2025-12-25')
  })

  it("reads 'last June' in June as the June of the year before", () => {
    expect(resolveDate('last June', '2025-06-20')).toBe('2024-06')
  })

  it('uses the first 10 characters of a date-time', () => {
    expect(resolveDate('yesterday', '2025-12-26T23:30:00+05:00')).toBe('2025-12-25')
  })

  it("resolves 'the same day' to the anchor", () => {
    expect(resolveDate('the same day', '2025-12-26', '2025-11-05')).toBe('2025-11-05')
    expect(resolveDate('the following day', null, '2025-11-05')).toBe('2025-11-06')
  })

  it('returns null for relative dates with no published date and no anchor', () => {
    expect(resolveDate('next year', null)).toBeNull()
    expect(resolveDate('November 5', null)).toBeNull()
    expect(resolveDate('the same day', '2025-12-26')).toBeNull()
    expect(resolveDate('on Thursday', '2025-12')).toBeNull()
    expect(resolveDate('Nov. 5, 2025', null)).toBe('2025-11-05')
  })
})

describe('findDates', () => {
  it('lets an explicit date anchor later yearless ones: "On February 4, 2026 … on February 19"', () => {
    const text = 'On February 4, 2026, Zorvath Capital signed for Qaratau; on February 19 it paid.'
    expect(findDates(text, '2025-12-20').map((d) => [d.text, d.date, d.hasYear])).toEqual([
      ['February 4, 2026', '2026-02-04', true],
      ['February 19', '2026-02-19', false],
    ])
  })

  it('does not let a background date from an earlier year pull current dates back', () => {
    const text = 'Zorvath first bid for Qaratau on March 3, 2015. On November 5 the deal closed.'
    expect(findDates(text, '2025-12-26').map((d) => d.date)).toEqual(['2015-03-03', '2025-11-05'])
  })

  it('does not read quantities, prices or a verb "may" as dates', () => {
    const text = 'Qaratau may hold 2030 tonnes, priced at $2025; the May 2026 report agrees.'
    expect(findDates(text, '2025-12-26').map((d) => d.text)).toEqual(['May 2026'])
  })

  it('carries "the same day" from a resolved weekday', () => {
    const text = 'Zorvath signed on Thursday. The same day, Qaratau workers struck.'
    expect(findDates(text, '2025-12-26').map((d) => [d.text, d.date])).toEqual([
      ['Thursday', '2025-12-25'],
      ['The same day', '2025-12-25'],
    ])
  })
})
