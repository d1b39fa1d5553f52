import { z } from 'zod'

/**
 * One labelled article of a gold file (JSON Lines), as `shared/eval-dev/gold.jsonl` writes
 * them: entities by id (countries, minerals) or by name, and facts whose role values are
 * entity ids or canonical names. Gold facts carry no evidence.
 */
export const GoldEntity = z
  .object({
    type: z.string(),
    id: z.string().optional(),
    name: z.string().optional(),
    aliases: z.array(z.string()).optional(),
  })
  .loose()
export type GoldEntity = z.infer<typeof GoldEntity>

export const GoldFact = z.object({ type: z.string() }).loose()
export type GoldFact = z.infer<typeof GoldFact>

export const GoldArticle = z
  .object({
    id: z.string().min(1),
    text_file: z.string().min(1).optional(),
    entities: z.array(GoldEntity).default([]),
    facts: z.array(GoldFact).default([]),
  })
  .loose()
export type GoldArticle = z.infer<typeof GoldArticle>

/** What is scored of a prediction: the contract document's entities, facts and text. */
export interface Prediction {
  article: { text: string }
  entities: ReadonlyArray<{
    id: string
    type: string
    name: string
    aliases?: string[] | undefined
    mentions?: ReadonlyArray<{ text: string }> | undefined
  }>
  facts: ReadonlyArray<{
    type: string
    evidence?: ReadonlyArray<{ start: number; end: number; text: string }>
  }>
}
