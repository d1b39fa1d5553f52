import { z } from 'zod'

/** A calendar date of the precision the text gives: "2026", "2025-11" or "2025-11-05". */
export const PartialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected YYYY, YYYY-MM or YYYY-MM-DD',
  )
export type PartialDate = z.infer<typeof PartialDate>

/** A publication moment: a partial date or an ISO 8601 date-time with an offset. */
export const PublishedDate = z.union([PartialDate, z.iso.datetime({ offset: true, local: true })])
export type PublishedDate = z.infer<typeof PublishedDate>
