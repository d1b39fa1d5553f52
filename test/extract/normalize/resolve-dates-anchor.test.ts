import { describe, expect, it } from 'vitest'
import { findDates } from '../../../src/extract/normalize/index.js'

describe('a stated date anchoring later yearless ones', () => {
  it('never pulls a month past publication when the anchor itself is in the past', () => {
    const found = findDates(
      'On November 5, 2025 they met. In February they had met before.',
      '2025-11-14',
    )
    expect(found.map((date) => date.date)).toEqual(['2025-11-05', '2025-02'])
  })

  it('still looks ahead from an anchor after publication', () => {
    const found = findDates(
      'The talks are set for January 20, 2026, and a signing on February 3.',
      '2025-12-01',
    )
    expect(found.map((date) => date.date)).toEqual(['2026-01-20', '2026-02-03'])
  })
})
