import type { Command } from 'commander'
import { evaluateGold } from '../../jobs/index.js'
import { CliError } from '../cli-error.js'
import type { CliContext } from '../context.js'
import { referenceData } from '../context.js'
import { ExitCode } from '../exit-codes.js'
import { writeLine } from '../output.js'

interface Row {
  precision: number
  recall: number
  f1: number
  gold?: number
  pred?: number
  tp?: number
}

export function registerEval(program: Command, context: CliContext): void {
  program
    .command('eval')
    .description('Extract every labelled article of a gold file and score the result')
    .argument('<gold>', 'gold labels, JSON Lines: {id, text_file, entities, facts} a line')
    .option(
      '--texts <dir>',
      "the folder text_file paths are relative to (default: the gold file's)",
    )
    .option('--json', 'print the scores as JSON')
    .option('--verbose', 'also list, per article, the entities and facts missed or spurious')
    .addHelpText(
      'after',
      `
Scores as shared/tools/score-facts.mjs does (the contract's "How a prediction is scored"):
precision, recall and F1 for entities, facts and roles, by fact type, and the share of
facts whose evidence is exactly the text at its offsets (grounded).
Exit codes: 0 scored, 2 the gold file is missing or not valid JSON Lines.`,
    )
    .action(
      async (goldPath: string, options: { texts?: string; json?: boolean; verbose?: boolean }) => {
        const result = await evaluateGold(goldPath, {
          textsDir: options.texts,
          limitBytes: context.config.LODESTONE_MAX_PAGE_BYTES,
          reference: referenceData(),
        })
        if (!result.ok) throw new CliError(result.message, ExitCode.usage)
        const { summary, articles } = result
        const out = context.stdout
        if (options.json) {
          writeLine(
            out,
            JSON.stringify(options.verbose ? { summary, perArticle: articles } : summary, null, 2),
          )
          return
        }
        if (options.verbose) {
          for (const article of articles) {
            writeLine(out, `# ${article.id}${article.error ? `  (${article.error})` : ''}`)
            if (article.entities.missed.length)
              writeLine(out, `  entities missed:   ${article.entities.missed.join(', ')}`)
            if (article.entities.spurious.length)
              writeLine(out, `  entities spurious: ${article.entities.spurious.join(', ')}`)
            for (const fact of article.facts.missed)
              writeLine(out, `  fact missed:   ${JSON.stringify(fact)}`)
            for (const fact of article.facts.spurious)
              writeLine(out, `  fact spurious: ${JSON.stringify({ ...fact, evidence: undefined })}`)
          }
        }
        const row = (name: string, scores: Row): void =>
          writeLine(
            out,
            `${name.padEnd(12)} P ${scores.precision.toFixed(3)}  R ${scores.recall.toFixed(3)}  F1 ${scores.f1.toFixed(3)}` +
              (scores.gold === undefined
                ? ''
                : `  (gold ${scores.gold}, predicted ${scores.pred}, matched ${scores.tp})`),
          )
        writeLine(out, `articles     ${summary.articles}`)
        row('entities', summary.entities)
        row('facts', summary.facts)
        row('roles', summary.roles)
        for (const [type, scores] of Object.entries(summary.byType)) row(`  ${type}`, scores)
        writeLine(out, `grounded     ${summary.grounded}`)
      },
    )
}
