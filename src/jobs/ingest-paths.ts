import type { Problem, ProblemCode } from '../model/index.js'
import { describeProblem } from '../model/index.js'
import { articleIdentity, articleIdFor, draftHash, readPage } from '../ingest/index.js'
import { extract } from '../extract/index.js'
import type { Reference } from '../reference/index.js'
import type { Store } from '../store/index.js'
import { collectInputs } from './collect-inputs.js'
import type { InputRef } from './collect-inputs.js'
import { readInput } from './read-input.js'
import { storeExtraction } from './store-extraction.js'

export interface IngestDeps {
  store: Store
  /** Reference data for extraction, which runs on every new or changed article. */
  reference: Reference
  limitBytes: number
  /** The ingest time stamped on new revisions (ISO); injected so runs are reproducible. */
  now: () => string
  stdin?: AsyncIterable<Uint8Array>
  /** Called once the inputs are known, and after each one: drives the progress bar. */
  onProgress?: (event: { done: number; total: number; input: string }) => void
}

export type IngestOutcome = 'stored' | 'revised' | 'unchanged'

export interface IngestSummary {
  /** New articles. */
  stored: number
  /** Known articles whose page changed: a new revision was added. */
  revised: number
  /** Inputs whose article is already stored exactly so. */
  unchanged: number
  skipped: number
  /** Why each skipped input was skipped. */
  skips: Array<{ input: string; code: ProblemCode; reason: string }>
  /** Stored anyway, but worth knowing (a repaired encoding, no byline found). */
  warnings: string[]
  articles: Array<{
    input: string
    id: string
    revision: number
    outcome: IngestOutcome
    title: string
  }>
}

/**
 * Ingests files, directories and stdin: read, decode, extract the article, store it.
 * Each input is its own transaction, so a bad input is skipped with its reason and the
 * rest of the batch still goes in; nothing stored before is touched.
 */
export async function ingestPaths(args: string[], deps: IngestDeps): Promise<IngestSummary> {
  const summary: IngestSummary = {
    stored: 0,
    revised: 0,
    unchanged: 0,
    skipped: 0,
    skips: [],
    warnings: [],
    articles: [],
  }
  const skip = (problem: Problem): void => {
    summary.skipped++
    summary.skips.push({
      input: problem.input,
      code: problem.code,
      reason: describeProblem(problem),
    })
  }

  const { inputs, problems } = await collectInputs(args)
  problems.forEach(skip)
  const total = inputs.length
  deps.onProgress?.({ done: 0, total, input: '' })
  for (const [index, input] of inputs.entries()) {
    await ingestOne(input, deps, summary, skip)
    deps.onProgress?.({ done: index + 1, total, input: input.kind === 'file' ? input.path : '-' })
  }
  return summary
}

async function ingestOne(
  input: InputRef,
  deps: IngestDeps,
  summary: IngestSummary,
  skip: (problem: Problem) => void,
): Promise<void> {
  const raw = await readInput(input, deps.limitBytes, deps.stdin)
  if (!raw.ok) return skip(raw.problem)
  const page = readPage({
    bytes: raw.value.bytes,
    location: raw.value.location,
    kind: raw.value.kind,
  })
  if (!page.ok) return skip(page.problem)

  const { draft, source, warnings } = page.value
  const identityKey = articleIdentity(draft, source)
  const hash = draftHash(draft)
  // The same page again: nothing to extract or write (the second `npm start`).
  const current = await deps.store.articles.findByIdentity(identityKey)
  const saved =
    current?.draftHash === hash
      ? { id: current.id, revision: current.revision, outcome: 'unchanged' as const }
      : await saveWithExtraction()
  summary[saved.outcome]++
  summary.warnings.push(...warnings)
  summary.articles.push({
    input: raw.value.location,
    id: saved.id,
    revision: saved.revision,
    outcome: saved.outcome,
    title: draft.title,
  })

  async function saveWithExtraction() {
    const ingestedAt = deps.now()
    // Pure work first, so the transaction holds the database only for the writes.
    const found = extract(draft, deps.reference)
    // The article and what was extracted from it land together, or not at all.
    return deps.store.transaction(async (tx) => {
      const result = await tx.articles.save({
        id: articleIdFor(identityKey),
        identityKey,
        draft,
        draftHash: hash,
        source,
        warnings,
        ingestedAt,
      })
      if (result.outcome !== 'unchanged') {
        await storeExtraction(tx, result, found, deps.reference, ingestedAt)
      }
      return result
    })
  }
}
