import { z } from 'zod'
import { Mention } from './mention.js'

export const EntityType = z.enum([
  'country',
  'person',
  'organization',
  'place',
  'mineral',
  'initiative',
])
export type EntityType = z.infer<typeof EntityType>

/** `country:KZ`, `mineral:tungsten`, `person:marco-rubio`: the type, a colon, then a code or slug. */
export const EntityId = z
  .string()
  .regex(
    /^(country|person|organization|place|mineral|initiative):[A-Za-z0-9][A-Za-z0-9.+-]*$/,
    'expected <type>:<slug>',
  )
export type EntityId = z.infer<typeof EntityId>

/** An entity as the extraction contract prints it: canonical name plus the mentions in one article. */
export const Entity = z.object({
  id: EntityId,
  type: EntityType,
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  role: z.string().optional(),
  /** ISO 3166-1 alpha-2 of a place; a list for cross-border places. */
  country: z.union([z.string().length(2), z.array(z.string().length(2))]).optional(),
  mentions: z.array(Mention),
})
export type Entity = z.infer<typeof Entity>
