import { ENGINE_VERSION, extract } from '../extract/index.js'
import type { Reference } from '../reference/index.js'
import type { Store } from '../store/index.js'
import { storeExtraction } from './store-extraction.js'

export interface ReextractDeps {
  store: Store
  reference: Reference
  now: () => string
  /** Every stored article, not only those extracted by another engine or reference data. */
  all?: boolean
  onProgress?: (event: { done: number; total: number; input: string }) => void
}

export interface ReextractSummary {
  reextracted: number
  entities: number
  facts: number
}

/** Articles are listed in pages of this size when every one is asked for. */
const PAGE_SIZE = 500

/**
 * Brings stored extractions up to date: each article whose entities and facts were made by
 * another engine version, other reference data, or an older revision (or every article
 * with `all`) is extracted again from its stored text, in one transaction per article.
 */
export async function reextractArticles(deps: ReextractDeps): Promise<ReextractSummary> {
  const { store, reference } = deps
  const ids = deps.all
    ? await allArticleIds(store)
    : await store.facts.outdatedArticles({
        engineVersion: ENGINE_VERSION,
        referenceVersion: reference.version,
      })
  const summary: ReextractSummary = { reextracted: 0, entities: 0, facts: 0 }
  deps.onProgress?.({ done: 0, total: ids.length, input: '' })
  for (const [index, id] of ids.entries()) {
    const article = await store.articles.get(id)
    if (article) {
      const found = extract(article, reference)
      await storeExtraction(store, article, found, reference, deps.now())
      summary.reextracted++
      summary.entities += found.entities.length
      summary.facts += found.facts.length
    }
    deps.onProgress?.({ done: index + 1, total: ids.length, input: id })
  }
  return summary
}

async function allArticleIds(store: Store): Promise<string[]> {
  const ids: string[] = []
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await store.articles.list({ limit: PAGE_SIZE, offset })
    ids.push(...page.items.map((item) => item.id))
    if (page.items.length < PAGE_SIZE) return ids
  }
}
