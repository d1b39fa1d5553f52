import type { Command } from 'commander'
import type { Store } from '../../store/index.js'
import { CliError } from '../cli-error.js'
import type { CliContext } from '../context.js'
import { storeLocation, withStore } from '../context.js'
import { ExitCode } from '../exit-codes.js'
import { writeLine } from '../output.js'
import { parsePort } from '../parse-options.js'

/** A running site; main builds it from src/server, so the CLI never imports the server. */
export interface SiteServer {
  url: string
  close(): Promise<void>
}
export type StartSite = (
  store: Store,
  options: { port: number; host: string },
) => Promise<SiteServer>

export function registerServe(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('Serve the news site, the workspace and the feeds over a store until stopped')
    .option(
      '--port <n>',
      'the port to listen on (default: $PORT, else 8080; 0 picks a free one)',
      parsePort,
    )
    .option('--host <address>', 'the address to listen on (default: $HOST, else 127.0.0.1)')
    .action(async (options: ServeOptions, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>()
      await withStore(context, db, (store) => serveUntilStopped(context, store, options, db))
    })
}

export interface ServeOptions {
  port?: number
  host?: string
}

/** Serves until the process is told to stop (SIGINT, SIGTERM), then closes cleanly. */
export async function serveUntilStopped(
  context: CliContext,
  store: Store,
  options: ServeOptions,
  dbOption: string | undefined,
): Promise<void> {
  if (!context.startSite) throw new CliError('this build cannot serve the site', ExitCode.internal)
  const port = options.port ?? context.config.PORT
  const host = options.host ?? context.config.HOST
  let server: SiteServer
  try {
    server = await context.startSite(store, { port, host })
  } catch (error) {
    // The site's own message names what failed: the address, or the site file and its fields.
    throw new CliError(error instanceof Error ? error.message : String(error), ExitCode.config)
  }
  writeLine(
    context.stdout,
    `Serving ${storeLocation(context, dbOption)} at ${server.url} (Ctrl-C to stop)`,
  )
  await stopped(context.signal)
  await server.close()
  writeLine(context.stdout, 'Stopped.')
}

function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return
    if (signal.aborted) resolve()
    else signal.addEventListener('abort', () => resolve(), { once: true })
  })
}
