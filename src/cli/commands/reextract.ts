import type { Command } from 'commander'
import { reextractArticles } from '../../jobs/index.js'
import type { CliContext } from '../context.js'
import { referenceData, withStore } from '../context.js'
import { progressBar, writeLine } from '../output.js'

export function registerReextract(program: Command, context: CliContext): void {
  program
    .command('reextract')
    .description('Extract stored articles again, so their entities and facts are up to date')
    .option('--all', 'every stored article, not only those extracted by an older engine or data')
    .option('--json', 'print the summary as one JSON object')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      `
Without --all, only articles whose stored extraction was made by another engine version,
other reference data, or an older revision of the page are extracted again.`,
    )
    .action(
      async (options: { all?: boolean; json?: boolean; progress: boolean }, command: Command) => {
        const { db } = command.optsWithGlobals<{ db?: string }>()
        const reference = referenceData()
        const summary = await withStore(context, db, async (store) => {
          const progress = progressBar(context.stderr, options.progress && !options.json)
          try {
            return await reextractArticles({
              store,
              reference,
              now: () => context.now().toISOString(),
              all: options.all,
              onProgress: progress,
            })
          } finally {
            progress.stop()
          }
        })
        if (options.json) writeLine(context.stdout, JSON.stringify(summary))
        else
          writeLine(
            context.stdout,
            summary.reextracted === 0
              ? 'Every stored extraction is up to date.'
              : `${summary.reextracted} articles extracted again: ${summary.entities} entities, ${summary.facts} facts`,
          )
      },
    )
}
