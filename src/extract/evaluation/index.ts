/**
 * @module extract/evaluation
 * Scores extraction documents against gold labels, the same way as the project's reference
 * scorer: entities, facts, roles, by fact type, and the grounded share. Pure: does not read
 * files or run the extractor.
 */
export { GoldArticle } from './gold.js'
export type { GoldEntity, GoldFact, Prediction } from './gold.js'
export { normalizeName, scoreArticle, summarize } from './score.js'
export type { ArticleEvaluation, CountedScores, EvaluationSummary, Scores } from './score.js'
