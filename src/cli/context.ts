import type { Config } from '../config.js'
import type { StartSite } from './commands/serve.js'
import { describeProblem } from '../model/index.js'
import { loadReference } from '../reference/index.js'
import type { Reference } from '../reference/index.js'
import { openStore } from '../store/index.js'
import type { Store } from '../store/index.js'
import { CliError } from './cli-error.js'
import { ExitCode } from './exit-codes.js'

/** What every command gets: the parsed configuration and the streams it writes to. */
export interface CliContext {
  config: Config
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stdin: AsyncIterable<Uint8Array>
  now: () => Date
  /** Set by a command that finished but not fully (e.g. some inputs skipped). */
  exitCode: { value: ExitCode }
  /** Starts the web site over a store; main supplies it (the CLI does not import the server). */
  startSite?: StartSite
  /** Aborted when a long-running command (serve) must stop: SIGINT or SIGTERM in main. */
  signal?: AbortSignal
}

/** The store is `--db PATH`, else LODESTONE_DB, else ./data/lodestone.db (the config default). */
export function storeLocation(context: CliContext, dbOption: string | undefined): string {
  return dbOption ?? context.config.LODESTONE_DB
}

/** Opens the store, runs `use`, and always closes it; a store that cannot open is exit 5. */
export async function withStore<T>(
  context: CliContext,
  dbOption: string | undefined,
  use: (store: Store) => Promise<T>,
): Promise<T> {
  const location = storeLocation(context, dbOption)
  let store: Store
  try {
    store = await openStore(location)
  } catch (error) {
    // The store's message names the location (with any password masked).
    throw new CliError(error instanceof Error ? error.message : String(error), ExitCode.store)
  }
  try {
    return await use(store)
  } finally {
    await store.close()
  }
}

/** The reference data, loaded once on first use; broken data is exit 7, naming file and entry. */
export function referenceData(): Reference {
  const loaded = loadReference()
  if (!loaded.ok) throw new CliError(describeProblem(loaded.problem), ExitCode.reference)
  return loaded.value
}
