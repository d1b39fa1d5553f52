import { z } from 'zod'
import { readPatternFile } from '../text/index.js'

const Names = z.array(z.string().min(1)).min(1)
const DateFile = z.object({
  months: z.array(z.object({ number: z.number().int().min(1).max(12), names: Names })).length(12),
  weekdays: z.array(z.object({ number: z.number().int().min(0).max(6), names: Names })).length(7),
  monthCues: z.object({ why: z.string(), words: Names }),
  relative: z.array(
    z.object({
      phrase: z.string().min(1),
      unit: z.enum(['day', 'month', 'year', 'anchor-day']),
      offset: z.number().int(),
    }),
  ),
})

/** data/patterns/dates.json, validated once. */
export const DATE_DATA = readPatternFile('dates.json', DateFile)

export type RelativeUnit = z.infer<typeof DateFile>['relative'][number]['unit']

/** Lookups by lowercase name without a final period: "nov" -> 11, "thursday" -> 4. */
export const monthByName = new Map(
  DATE_DATA.months.flatMap((month) =>
    month.names.map((name) => [name.toLowerCase(), month.number] as const),
  ),
)
export const weekdayByName = new Map(
  DATE_DATA.weekdays.flatMap((day) =>
    day.names.map((name) => [name.toLowerCase(), day.number] as const),
  ),
)
export const relativeByPhrase = new Map(
  DATE_DATA.relative.map((entry) => [entry.phrase, entry] as const),
)
