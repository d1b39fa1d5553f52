import type { Command } from 'commander'
import { ingestPaths, reextractArticles } from '../../jobs/index.js'
import type { CliContext } from '../context.js'
import { referenceData, storeLocation, withStore } from '../context.js'
import { ExitCode } from '../exit-codes.js'
import { writeLine } from '../output.js'
import { printSummary } from './ingest.js'
import { parsePort } from '../parse-options.js'
import { serveUntilStopped, type ServeOptions } from './serve.js'

export function registerStart(program: Command, context: CliContext, sampleDir: string): void {
  program
    .command('start')
    .description(
      'The main job: ingest the bundled sample news into the store, report, and serve the site',
    )
    .option('--no-serve', 'ingest and report, then exit')
    .option(
      '--port <n>',
      'the port to listen on (default: $PORT, else 8080; 0 picks a free one)',
      parsePort,
    )
    .option('--host <address>', 'the address to listen on (default: $HOST, else 127.0.0.1)')
    .action(async (options: ServeOptions & { serve: boolean }, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>()
      writeLine(context.stdout, `Ingesting the bundled sample into ${storeLocation(context, db)}`)
      const reference = referenceData()
      const now = () => context.now().toISOString()
      const { summary, refreshed } = await withStore(context, db, async (store) => {
        const ingested = await ingestPaths([sampleDir], {
          store,
          limitBytes: context.config.LODESTONE_MAX_PAGE_BYTES,
          reference,
          now,
        })
        // Pages that did not change may still hold an older engine's extraction.
        return { summary: ingested, refreshed: await reextractArticles({ store, reference, now }) }
      })
      printSummary(context, summary)
      for (const article of summary.articles)
        writeLine(context.stdout, `  ${article.id}  ${article.outcome.padEnd(9)}  ${article.title}`)
      if (refreshed.reextracted > 0)
        writeLine(
          context.stdout,
          `${refreshed.reextracted} articles extracted again with the current engine`,
        )
      context.exitCode.value = summary.skipped > 0 ? ExitCode.partial : ExitCode.ok
      if (options.serve)
        await withStore(context, db, (store) => serveUntilStopped(context, store, options, db))
    })
}
