/**
 * @module cli
 * The `lodestone` command line: parses arguments, calls jobs and the store, prints.
 * Does not hold pipeline logic; nothing imports it but main.
 */
export { runCli } from './run.js'
export type { CliIo } from './run.js'
export { ExitCode } from './exit-codes.js'
export type { SiteServer, StartSite } from './commands/serve.js'
