import { z } from 'zod'
import { Span } from './evidence.js'

/** One occurrence of an entity in an article's clean text. */
export const Mention = Span
export type Mention = z.infer<typeof Mention>

/** A mention as stored: which entity, in which article revision. */
export const StoredMention = z.object({
  entityId: z.string().min(1),
  articleId: z.string().min(1),
  revision: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
})
export type StoredMention = z.infer<typeof StoredMention>
