import type { Span } from '../../model/index.js'
import { alternativesOf } from '../text/index.js'
import { type Qualifier, SOURCES, qualifierOf, valueOf } from './amounts.js'
import { UNIT_DATA } from './units.js'

/** A percentage in the text: "a 70% stake" -> 70, isStake. The span runs from the qualifier,
 *  if any, to the percent sign or word; `range` is set for "40-45%". */
export interface PercentMatch extends Span {
  value: number
  qualifier: Qualifier
  /** Followed by a word of ownership ("stake", "interest", "shareholding"). */
  isStake: boolean
  range?: { low: number; high: number }
}

const { number, qualifier, open, close } = SOURCES
const percent = alternativesOf(UNIT_DATA.percent.surfaces)
const stake = alternativesOf(UNIT_DATA.percent.stakeWords)

/** Regular expressions of this file, built once. */
const PATTERNS = {
  /** [qualifier] number [- number] (% | percent | per cent), then an optional stake word
   *  ("70% stake", "49.979 percent interest") that is looked at but left out of the span. */
  percent: new RegExp(
    `${open}(?:(?<qualifier>${qualifier})\\s+)?(?<low>${number})` +
      `(?:\\s?(?:[-–—]|to)\\s?(?<high>${number}))?\\s?(?<sign>${percent})(?:(?<=%)|${close})` +
      `(?=(?<stake>[\\s-]+(?:${stake})${close})?)`,
    'giu',
  ),
} as const

/** Finds percentages in text[start, end), with offsets into `text`. A range gives its low end
 *  with qualifier `over`, as money ranges do. "percentage points" counts as a percent. */
export function findPercents(text: string, start = 0, end = text.length): PercentMatch[] {
  const found: PercentMatch[] = []
  // Cut at `end` so that a sentence window never scans the rest of the article; the table's
  // global regex is shared (the loop is synchronous) to save a compile per call.
  const scope = end >= text.length ? text : text.slice(0, end)
  const pattern = PATTERNS.percent
  pattern.lastIndex = start
  for (let match = pattern.exec(scope); match; match = pattern.exec(scope)) {
    const at = match.index
    const after = at + match[0].length
    const groups = match.groups ?? {}
    const low = groups.low === undefined ? null : valueOf(groups.low, 1)
    if (low === null) continue
    const high = groups.high === undefined ? null : valueOf(groups.high, 1)
    const stated = qualifierOf(groups.qualifier)
    const isRange = high !== null && high > low
    found.push({
      start: at,
      end: after,
      text: match[0],
      value: low,
      qualifier: isRange && stated === 'exact' ? 'over' : stated,
      isStake: groups.stake !== undefined,
      ...(isRange ? { range: { low, high } } : {}),
    })
  }
  return found
}
