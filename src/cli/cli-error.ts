import type { ExitCode } from './exit-codes.js'

/** An expected failure of a command: its message is for the user, its code for scripts. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message)
  }
}
