import type { Command } from 'commander'
import type { ArticleListFilter } from '../../store/index.js'
import type { CliContext } from '../context.js'
import { withStore } from '../context.js'
import { formatTable, writeLine } from '../output.js'
import { partialDate, positiveInt, wholeNumber } from '../parse-options.js'

/** The store's list filter, as commander hands the options over, plus the output format. */
interface ArticlesOptions extends ArticleListFilter {
  json?: boolean
}

export function registerArticles(program: Command, context: CliContext): void {
  program
    .command('articles')
    .description('List stored articles, newest first')
    .option('--since <date>', 'published on or after (YYYY, YYYY-MM or YYYY-MM-DD)', partialDate)
    .option('--until <date>', 'published on or before (YYYY, YYYY-MM or YYYY-MM-DD)', partialDate)
    .option('--section <name>', 'only this section (e.g. News)')
    .option('--site <name>', 'only this site (e.g. "Global Current News")')
    .option('--language <code>', 'only this language (ISO 639-1, e.g. en)')
    .option('--limit <n>', 'how many to list', positiveInt, 50)
    .option('--offset <n>', 'skip this many first', wholeNumber, 0)
    .option('--json', 'print one JSON object: { total, articles }')
    .action(async (options: ArticlesOptions, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>()
      // The store takes dates of any precision as whole periods (until 2025-11 = to Nov 30).
      const { json: _json, ...filter } = options
      const page = await withStore(context, db, (store) => store.articles.list(filter))
      if (options.json) {
        writeLine(context.stdout, JSON.stringify({ total: page.total, articles: page.items }))
        return
      }
      if (page.items.length === 0) {
        writeLine(
          context.stdout,
          page.total === 0 ? 'No articles stored yet.' : 'No more articles.',
        )
        return
      }
      const rows = page.items.map((item) => [
        item.id,
        item.published?.slice(0, 10) ?? '—',
        item.section ?? '—',
        item.site ?? '—',
        item.title || '(untitled)',
      ])
      for (const line of formatTable(
        context.stdout,
        ['ID', 'PUBLISHED', 'SECTION', 'SITE', 'TITLE'],
        rows,
      ))
        writeLine(context.stdout, line)
      const shown = options.offset + page.items.length
      if (page.total > shown)
        writeLine(context.stdout, `${shown} of ${page.total}; --offset ${shown} for more`)
    })
}
