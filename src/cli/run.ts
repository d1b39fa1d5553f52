import { Command, CommanderError } from 'commander'
import type { Config } from '../config.js'
import { CliError } from './cli-error.js'
import { registerArticles } from './commands/articles.js'
import { registerConfig } from './commands/config.js'
import { registerEntities } from './commands/entities.js'
import { registerEval } from './commands/eval.js'
import { registerExtract } from './commands/extract.js'
import { registerFacts } from './commands/facts.js'
import { registerIngest } from './commands/ingest.js'
import { registerReextract } from './commands/reextract.js'
import { registerSearch } from './commands/search.js'
import { registerServe, type StartSite } from './commands/serve.js'
import { registerShow } from './commands/show.js'
import { registerStart } from './commands/start.js'
import type { CliContext } from './context.js'
import { ExitCode } from './exit-codes.js'
import { writeLine } from './output.js'

export interface CliIo {
  stdout: CliContext['stdout']
  stderr: CliContext['stderr']
  stdin: AsyncIterable<Uint8Array>
  now?: () => Date
  /** Stops `serve` and `start` when aborted. */
  signal?: AbortSignal
}

/**
 * Runs one `lodestone` command line and returns its exit code (see exit-codes.ts). Never
 * calls process.exit, so tests run commands in-process.
 */
export async function runCli(
  argv: string[],
  config: Config,
  io: CliIo,
  paths: { sampleDir: string; version: string; startSite?: StartSite },
): Promise<ExitCode> {
  const context: CliContext = {
    config,
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    now: io.now ?? (() => new Date()),
    exitCode: { value: ExitCode.ok },
    startSite: paths.startSite,
    signal: io.signal,
  }
  const program = new Command('lodestone')
    .description('Turn news into a sourced, queryable record of resource diplomacy.')
    .version(paths.version)
    .option(
      '--db <path>',
      'the store: a SQLite file or a postgres:// URL (default: $LODESTONE_DB, else ./data/lodestone.db)',
    )
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Exit codes: 0 done, 1 internal error (a bug), 2 bad arguments, 3 some inputs skipped,
4 not found, 5 store cannot be opened, 6 invalid configuration or port taken,
7 broken reference data.`,
    )
  registerStart(program, context, paths.sampleDir)
  registerIngest(program, context)
  registerServe(program, context)
  registerArticles(program, context)
  registerShow(program, context)
  registerSearch(program, context)
  registerFacts(program, context)
  registerEntities(program, context)
  registerReextract(program, context)
  registerExtract(program, context)
  registerEval(program, context)
  registerConfig(program, context)
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    command.showHelpAfterError('(add --help for usage)')
  }

  try {
    await program.parseAsync(argv, { from: 'user' })
    return context.exitCode.value
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage
    }
    if (error instanceof CliError) {
      writeLine(io.stderr, `lodestone: ${error.message}`)
      return error.exitCode
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    writeLine(io.stderr, `lodestone: internal error, please report it:\n${detail}`)
    return ExitCode.internal
  }
}
