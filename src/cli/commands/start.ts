import type { Command } from 'commander'
import { ingestPaths } from '../../jobs/index.js'
import type { CliContext } from '../context.js'
import { storeLocation, withStore } from '../context.js'
import { ExitCode } from '../exit-codes.js'
import { writeLine } from '../output.js'
import { printSummary } from './ingest.js'

export function registerStart(program: Command, context: CliContext, sampleDir: string): void {
  program
    .command('start')
    .description('The main job: ingest the bundled sample news into the store and report')
    .action(async (_options: unknown, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>()
      writeLine(context.stdout, `Ingesting the bundled sample into ${storeLocation(context, db)}`)
      const summary = await withStore(context, db, (store) =>
        ingestPaths([sampleDir], {
          store,
          limitBytes: context.config.LODESTONE_MAX_PAGE_BYTES,
          now: () => context.now().toISOString(),
        }),
      )
      printSummary(context, summary)
      for (const article of summary.articles)
        writeLine(context.stdout, `  ${article.id}  ${article.outcome.padEnd(9)}  ${article.title}`)
      context.exitCode.value = summary.skipped > 0 ? ExitCode.partial : ExitCode.ok
    })
}
