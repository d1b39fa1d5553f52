import type { Command } from 'commander'
import { extractDocuments } from '../../jobs/index.js'
import type { CliContext } from '../context.js'
import { referenceData } from '../context.js'
import { ExitCode } from '../exit-codes.js'
import { bold, writeLine } from '../output.js'
import { publishedDate } from '../parse-options.js'

interface ExtractCliOptions {
  json?: boolean
  pretty?: boolean
  published?: string
}

export function registerExtract(program: Command, context: CliContext): void {
  program
    .command('extract')
    .description('Print the extraction document of each page without storing it')
    .argument(
      '<files...>',
      'HTML pages or text dumps; a directory expands to its pages; - for stdin',
    )
    .option('--json', 'JSON Lines: one compact document a line, in argument order')
    .option('--pretty', 'indented JSON, for people (implies --json)')
    .option(
      '--published <date>',
      "use this publication date instead of the page's own",
      publishedDate,
    )
    .addHelpText(
      'after',
      `
The document's shape is fixed by the extraction contract (article, entities, facts,
warnings). An input that cannot be read still gets its line, with empty fields and the
reason in "warnings".
Exit codes: 0 every input read, 3 some inputs could not be read.`,
    )
    .action(async (files: string[], options: ExtractCliOptions) => {
      let failures = 0
      const documents = extractDocuments(files, {
        limitBytes: context.config.LODESTONE_MAX_PAGE_BYTES,
        reference: referenceData(),
        published: options.published,
        stdin: context.stdin,
      })
      for await (const { input, document, ok } of documents) {
        if (!ok) failures++
        if (options.pretty) writeLine(context.stdout, JSON.stringify(document, null, 2))
        else if (options.json) writeLine(context.stdout, JSON.stringify(document))
        else {
          const out = context.stdout
          const { article } = document
          writeLine(out, `${bold(out, input)}: ${article.title || '(no title)'}`)
          const meta = [
            article.byline,
            article.published,
            article.section,
            article.site,
            article.language,
          ]
          writeLine(out, `  ${meta.map((value) => value ?? '—').join(' · ')}`)
          writeLine(
            out,
            `  ${article.text.length} characters, ${document.entities.length} entities, ${document.facts.length} facts`,
          )
          for (const warning of document.warnings) writeLine(out, `  warning: ${warning}`)
        }
      }
      context.exitCode.value = failures > 0 ? ExitCode.partial : ExitCode.ok
    })
}
