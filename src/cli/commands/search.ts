import type { Command } from 'commander'
import type { CliContext } from '../context.js'
import { withStore } from '../context.js'
import { bold, highlight, writeLine } from '../output.js'
import { positiveInt, wholeNumber } from '../parse-options.js'

export function registerSearch(program: Command, context: CliContext): void {
  program
    .command('search')
    .description('Full-text search over titles and bodies, best match first')
    .argument(
      '<query...>',
      'words; "an exact phrase" in quotes; the last word also matches as a prefix',
    )
    .option('--limit <n>', 'how many hits', positiveInt, 10)
    .option('--offset <n>', 'skip this many first', wholeNumber, 0)
    .option('--json', 'print one JSON object: { query, hits }')
    .action(
      async (
        words: string[],
        options: { limit: number; offset: number; json?: boolean },
        command: Command,
      ) => {
        const { db } = command.optsWithGlobals<{ db?: string }>()
        const query = words.join(' ')
        const hits = await withStore(context, db, (store) =>
          store.articles.search(query, { limit: options.limit, offset: options.offset }),
        )
        if (options.json) {
          writeLine(context.stdout, JSON.stringify({ query, hits }))
          return
        }
        if (hits.length === 0) {
          writeLine(context.stdout, `No articles match "${query}".`)
          return
        }
        const out = context.stdout
        hits.forEach((hit, index) => {
          const { summary } = hit
          const meta = [summary.published?.slice(0, 10), summary.site, summary.id]
            .filter(Boolean)
            .join(' · ')
          writeLine(
            out,
            `${options.offset + index + 1}. ${bold(out, summary.title || '(untitled)')}`,
          )
          writeLine(out, `   ${meta}`)
          writeLine(out, `   ${highlight(out, hit.snippet, hit.highlights)}`)
          writeLine(out)
        })
      },
    )
}
