import type { Command } from 'commander'
import { ingestPaths } from '../../jobs/index.js'
import type { IngestSummary } from '../../jobs/index.js'
import type { CliContext } from '../context.js'
import { referenceData, withStore } from '../context.js'
import { ExitCode } from '../exit-codes.js'
import { progressBar, writeLine } from '../output.js'

export function registerIngest(program: Command, context: CliContext): void {
  program
    .command('ingest')
    .description('Read news pages (HTML or text dumps) and store them as clean articles')
    .argument('<paths...>', 'files, directories (read recursively) or - for standard input')
    .option('--json', 'print the summary as one JSON object')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      `
Ingesting the same page twice changes nothing; a changed page adds a revision.
Exit codes: 0 all stored or unchanged, 3 some inputs skipped (the rest went in), 5 store error.`,
    )
    .action(
      async (paths: string[], options: { json?: boolean; progress: boolean }, command: Command) => {
        const { db } = command.optsWithGlobals<{ db?: string }>()
        const summary = await withStore(context, db, async (store) => {
          const progress = progressBar(context.stderr, options.progress && !options.json)
          try {
            return await ingestPaths(paths, {
              store,
              limitBytes: context.config.LODESTONE_MAX_PAGE_BYTES,
              reference: referenceData(),
              now: () => context.now().toISOString(),
              stdin: context.stdin,
              onProgress: progress,
            })
          } finally {
            progress.stop()
          }
        })
        if (options.json) writeLine(context.stdout, JSON.stringify(summary))
        else printSummary(context, summary)
        context.exitCode.value = summary.skipped > 0 ? ExitCode.partial : ExitCode.ok
      },
    )
}

export function printSummary(context: CliContext, summary: IngestSummary): void {
  for (const warning of summary.warnings) writeLine(context.stderr, `warning: ${warning}`)
  for (const skip of summary.skips) writeLine(context.stderr, `skipped: ${skip.reason}`)
  const parts = [
    `${summary.stored} stored`,
    ...(summary.revised > 0 ? [`${summary.revised} revised`] : []),
    `${summary.unchanged} unchanged`,
    `${summary.skipped} skipped`,
  ]
  writeLine(context.stdout, parts.join(', '))
}
