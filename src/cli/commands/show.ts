import type { Command } from 'commander'
import { CliError } from '../cli-error.js'
import type { CliContext } from '../context.js'
import { withStore } from '../context.js'
import { ExitCode } from '../exit-codes.js'
import { bold, writeLine } from '../output.js'
import { positiveInt } from '../parse-options.js'

export function registerShow(program: Command, context: CliContext): void {
  program
    .command('show')
    .description('Show one stored article: its metadata and clean body')
    .argument('<id>', "the article's id, as listed by `lodestone articles`")
    .option('--revision <n>', 'an earlier revision instead of the current one', positiveInt)
    .option('--html', 'print the sanitised HTML body instead of text')
    .option('--json', 'print the article as JSON')
    .addHelpText(
      'after',
      '\nExit codes: 0 shown, 4 no article with that id (or revision), 5 store error.',
    )
    .action(
      async (
        id: string,
        options: { revision?: number; html?: boolean; json?: boolean },
        command: Command,
      ) => {
        const { db } = command.optsWithGlobals<{ db?: string }>()
        const article = await withStore(context, db, (store) =>
          options.revision === undefined
            ? store.articles.get(id)
            : store.articles.getRevision(id, options.revision),
        )
        if (!article) {
          const what = options.revision === undefined ? id : `${id} revision ${options.revision}`
          throw new CliError(
            `${what}: no such article (see \`lodestone articles\`)`,
            ExitCode.notFound,
          )
        }
        if (options.json) {
          writeLine(context.stdout, JSON.stringify(article))
          return
        }
        const out = context.stdout
        writeLine(out, bold(out, article.title || '(untitled)'))
        const fields: Array<[string, string | null]> = [
          ['id', `${article.id} (revision ${article.revision})`],
          ['byline', article.byline],
          ['published', article.published],
          ['section', article.section],
          ['site', article.site],
          ['url', article.url],
          ['language', article.language],
          [
            'source',
            `${article.source.location} (${article.source.format}, ${article.source.encoding})`,
          ],
        ]
        for (const [name, value] of fields)
          if (value) writeLine(out, `${`${name}:`.padEnd(11)}${value}`)
        writeLine(out)
        writeLine(out, options.html ? article.html : article.text)
      },
    )
}
