/**
 * @module jobs
 * The shell around the pure stages: reads inputs, sequences ingest -> store, and builds
 * extraction documents. The only place that does I/O around the pipeline.
 */
export { ingestPaths } from './ingest-paths.js'
export type { IngestDeps, IngestSummary, IngestOutcome } from './ingest-paths.js'
export { extractDocuments } from './extract-documents.js'
export type { ExtractOptions } from './extract-documents.js'
export { evaluateGold } from './evaluate-gold.js'
export type { EvaluateOptions, EvaluateResult } from './evaluate-gold.js'
export { reextractArticles } from './reextract.js'
export type { ReextractDeps, ReextractSummary } from './reextract.js'
