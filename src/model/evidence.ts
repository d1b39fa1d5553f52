import { z } from 'zod'

/** Characters [start, end) of an article's clean text; `text` is exactly that slice. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((span) => span.end >= span.start, { message: 'end must not be before start' })
export type Span = z.infer<typeof Span>

/**
 * The words that state a fact, in one article. A reconciled fact holds evidence from many
 * articles, so stored evidence names its article and the revision whose text it indexes.
 */
export const Evidence = z.object({
  articleId: z.string().min(1),
  revision: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
})
export type Evidence = z.infer<typeof Evidence>
