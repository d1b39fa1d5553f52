import type { Entity, EntityId } from '../../model/index.js'
import type { Reference } from '../../reference/index.js'
import type { ResolvedMention } from './01-mentions.js'

/**
 * Pass 2: mentions grouped into the contract's entities, in order of first mention: the
 * canonical name from the reference data, the other surface forms the text uses as aliases
 * (FACTS.md: exact substrings, other than the name), and a place's country.
 */
export function assembleEntities(
  mentions: readonly ResolvedMention[],
  reference: Reference,
): Entity[] {
  const byId = new Map<EntityId, ResolvedMention[]>()
  for (const mention of mentions) {
    const list = byId.get(mention.entityId) ?? []
    list.push(mention)
    byId.set(mention.entityId, list)
  }
  const entities: Entity[] = []
  for (const [id, list] of byId) {
    const entry = reference.get(id)
    if (!entry) continue
    const sorted = [...list].sort((a, b) => a.start - b.start)
    const aliases = [
      ...new Set(
        sorted
          .filter((mention) => mention.kind !== 'group' && mention.kind !== 'demonym')
          .map((mention) => mention.text)
          .filter((surface) => surface !== entry.name),
      ),
    ]
    entities.push({
      id,
      type: entry.type,
      name: entry.name,
      ...(aliases.length > 0 && entry.type !== 'country' && entry.type !== 'mineral'
        ? { aliases }
        : {}),
      ...(entry.type === 'place' && entry.country !== undefined ? { country: entry.country } : {}),
      mentions: sorted.map(({ start, end, text }) => ({ start, end, text })),
    })
  }
  return entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
}
