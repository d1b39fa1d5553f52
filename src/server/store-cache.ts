import type { EntityType } from '../model/index.js'
import type { EntityFilter, Store } from '../store/index.js'

/**
 * Figures derived from the whole store (entity counts, a map's sums) cost tens of milliseconds
 * over 10,000 articles but change only when an extraction is stored. This keeps them, keyed
 * by what they are, until the store's extraction stamp (one cheap query per use) moves: an
 * article another process ingests still shows on the next request.
 */
export interface StoreCache {
  /** The value for the key: computed once per state of the store, then reused. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>
}

// A country's dossier facts run to a few megabytes (most entities' to kilobytes): bound the total.
const MAX_ENTRIES = 32

export function createStoreCache(store: Store): StoreCache {
  let stamp = ''
  // A Map keeps insertion order: the first key is the least recently used.
  const entries = new Map<string, Promise<unknown>>()
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const current = await store.facts.extractionStamp()
      const now = `${current.extractions} ${current.latest ?? ''}`
      if (now !== stamp) {
        entries.clear()
        stamp = now
      }
      const cached = entries.get(key)
      if (cached) {
        entries.delete(key)
        entries.set(key, cached)
        return cached as Promise<T>
      }
      const pending = compute()
      entries.set(key, pending)
      // A failure is not remembered: the next request tries again.
      pending.catch(() => {
        if (entries.get(key) === pending) entries.delete(key)
      })
      while (entries.size > MAX_ENTRIES) {
        const oldest = entries.keys().next().value
        if (oldest === undefined) break
        entries.delete(oldest)
      }
      return pending
    },
  }
}

/** `entities.catalogue`, kept until the next extraction (counting every entity's articles is the cost). */
export function cachedCatalogue(
  store: Store,
  cache: StoreCache,
  filter: EntityFilter = {},
): ReturnType<Store['entities']['catalogue']> {
  return cache.get(`catalogue ${JSON.stringify(filter)}`, () => store.entities.catalogue(filter))
}

/** `entities.counts`, kept until the next extraction. */
export function cachedEntityCounts(
  store: Store,
  cache: StoreCache,
  type?: EntityType,
): ReturnType<Store['entities']['counts']> {
  return cache.get(`counts ${type ?? ''}`, () => store.entities.counts(type))
}
