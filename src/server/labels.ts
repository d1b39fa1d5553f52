import type { Store } from '../store/index.js'
import { labelFromId, type EntityLabel, type NameOf } from '../web/index.js'

/**
 * Names and dossier links for the entity ids a page shows, fetched in one pass. An id the
 * store does not know still reads sensibly (from its slug) and still links to its dossier.
 */
export async function entityLabels(store: Store, ids: Iterable<string>): Promise<NameOf> {
  const wanted = [...new Set(ids)]
  const found = await Promise.all(wanted.map((id) => store.entities.get(id)))
  const labels = new Map<string, EntityLabel>()
  wanted.forEach((id, index) => {
    const entity = found[index]
    if (entity) labels.set(id, { name: entity.name, href: `/entities/${id}` })
  })
  return (id) => labels.get(id) ?? labelFromId(id)
}
