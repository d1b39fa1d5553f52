import { ENGINE_VERSION } from '../extract/index.js'
import type { Extraction } from '../extract/index.js'
import type { Reference } from '../reference/index.js'
import type { StoreAggregates } from '../store/index.js'

/** Stores one article revision's extraction, stamped with the engine and reference-data versions. */
export async function storeExtraction(
  store: StoreAggregates,
  article: { id: string; revision: number },
  found: Extraction,
  reference: Reference,
  extractedAt: string,
): Promise<void> {
  await store.facts.replaceForArticle(article.id, article.revision, found.facts, found.entities, {
    engineVersion: ENGINE_VERSION,
    referenceVersion: reference.version,
    warnings: found.warnings,
    extractedAt,
  })
}
