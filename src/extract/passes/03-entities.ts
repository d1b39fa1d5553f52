import type { Entity, EntityId } from '../../model/index.js'
import type { Reference } from '../../reference/index.js'
import type { ResolvedMention } from './01-mentions.js'
import type { FoundEntity } from './02-names.js'

/**
 * Pass 3: mentions grouped into the contract's entities, in order of first mention: the
 * canonical name from the reference data or from pass 2, the other surface forms the text uses
 * as aliases (FACTS.md: exact substrings, other than the name), a place's country, and a
 * person's role as this text states it (never the reference role: CONVENTIONS.md).
 */
export function assembleEntities(
  mentions: readonly ResolvedMention[],
  reference: Reference,
  found: readonly FoundEntity[] = [],
  roles: ReadonlyMap<EntityId, string> = new Map(),
): Entity[] {
  const foundById = new Map(found.map((entity) => [entity.id, entity]))
  const byId = new Map<EntityId, ResolvedMention[]>()
  for (const mention of mentions) {
    const list = byId.get(mention.entityId) ?? []
    list.push(mention)
    byId.set(mention.entityId, list)
  }
  const entities: Entity[] = []
  for (const [id, list] of byId) {
    const entry = foundById.get(id) ?? toFound(reference, id)
    if (!entry) continue
    const sorted = [...list].sort((a, b) => a.start - b.start)
    const aliases = [
      ...new Set(
        sorted
          .filter(
            (mention) =>
              mention.kind !== 'group' && mention.kind !== 'demonym' && mention.kind !== 'anaphor',
          )
          .map((mention) => mention.text)
          .filter((surface) => surface !== entry.name),
      ),
    ]
    const role = roles.get(id) ?? (foundById.has(id) ? entry.role : undefined)
    entities.push({
      id,
      type: entry.type,
      name: entry.name,
      ...(aliases.length > 0 && entry.type !== 'country' && entry.type !== 'mineral'
        ? { aliases }
        : {}),
      ...(entry.type === 'person' && role ? { role } : {}),
      ...(entry.type === 'place' && entry.country !== undefined ? { country: entry.country } : {}),
      mentions: sorted.map(({ start, end, text }) => ({ start, end, text })),
    })
  }
  return entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
}

function toFound(
  reference: Reference,
  id: EntityId,
): (Pick<Entity, 'type' | 'name' | 'country'> & { role?: string }) | undefined {
  const entry = reference.get(id)
  return entry ? { type: entry.type, name: entry.name, country: entry.country } : undefined
}
