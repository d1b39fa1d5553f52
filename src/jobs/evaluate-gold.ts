import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { GoldArticle, scoreArticle, summarize } from '../extract/index.js'
import type { ArticleEvaluation, EvaluationSummary } from '../extract/index.js'
import type { Reference } from '../reference/index.js'
import { extractOne } from './extract-documents.js'

export interface EvaluateOptions {
  reference: Reference
  /** The folder that `text_file` paths are relative to; defaults to the gold file's folder. */
  textsDir?: string
  limitBytes: number
}

export type EvaluateResult =
  | { ok: true; summary: EvaluationSummary; articles: ArticleEvaluation[] }
  | { ok: false; message: string }

/**
 * Runs extraction over every labelled article of a gold file (JSON Lines) and scores it as
 * the reference scorer does. A gold line that is not valid is an error naming its line; an
 * article whose text cannot be read scores as predicting nothing, with the reason.
 */
export async function evaluateGold(
  goldPath: string,
  options: EvaluateOptions,
): Promise<EvaluateResult> {
  let raw: string
  try {
    raw = await readFile(goldPath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      ok: false,
      message: `${goldPath}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`}`,
    }
  }
  const golds: GoldArticle[] = []
  for (const [index, line] of raw.split('\n').entries()) {
    if (!line.trim()) continue
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      return { ok: false, message: `${goldPath}:${index + 1}: not valid JSON` }
    }
    const parsed = GoldArticle.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return {
        ok: false,
        message: `${goldPath}:${index + 1}: not a gold article (${issue?.path.join('.') || 'line'}: ${issue?.message})`,
      }
    }
    golds.push(parsed.data)
  }

  const textsDir = options.textsDir ?? path.dirname(goldPath)
  const articles: ArticleEvaluation[] = []
  for (const gold of golds) {
    if (!gold.text_file) {
      articles.push(scoreArticle(gold, null, 'no text_file in the gold line'))
      continue
    }
    const file = path.join(textsDir, gold.text_file)
    const { document, ok } = await extractOne(
      { kind: 'file', path: file },
      {
        limitBytes: options.limitBytes,
        reference: options.reference,
      },
    )
    articles.push(
      ok ? scoreArticle(gold, document) : scoreArticle(gold, null, document.warnings.join('; ')),
    )
  }
  return { ok: true, summary: summarize(articles), articles }
}
