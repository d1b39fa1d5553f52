import type { Store } from '../store/index.js'
import type { StoreCache } from './store-cache.js'
import { labelFromId, type EntityLabel, type NameOf } from '../model/index.js'

const LABELS_PER_QUERY = 500

/**
 * Names and dossier links for the entity ids a page shows. An id the store does not know
 * still reads sensibly (from its slug) and still links to its dossier.
 */
export async function entityLabels(store: Store, ids: Iterable<string>): Promise<NameOf> {
  const wanted = [...new Set(ids)]
  const labels = new Map<string, EntityLabel>()
  // One query per few hundred ids, not one per id: a timeline names hundreds.
  for (let start = 0; start < wanted.length; start += LABELS_PER_QUERY) {
    const found = await store.entities.list({ ids: wanted.slice(start, start + LABELS_PER_QUERY) })
    for (const entity of found)
      labels.set(entity.id, { name: entity.name, href: `/entities/${entity.id}` })
  }
  return (id) => labels.get(id) ?? labelFromId(id)
}

/**
 * Names and dossier links for any entity id, from every stored entity read once until the next
 * extraction: for pages that may name any of thousands (a country's tallies), where one
 * lookup per id would cost more than the page.
 */
export async function cachedEntityLabels(store: Store, cache: StoreCache): Promise<NameOf> {
  const labels = await cache.get('entity labels', async () => {
    const entities = await store.entities.list()
    return new Map<string, EntityLabel>(
      entities.map((entity) => [entity.id, { name: entity.name, href: `/entities/${entity.id}` }]),
    )
  })
  return (id) => labels.get(id) ?? labelFromId(id)
}
