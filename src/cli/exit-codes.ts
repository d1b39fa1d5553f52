/**
 * Exit codes of `lodestone`, one table for every command (documented in README.md).
 * Scripts branch on these, so they never change meaning.
 */
export const ExitCode = {
  /** Everything asked for was done. */
  ok: 0,
  /** A bug: an unexpected error. Please report it with the message. */
  internal: 1,
  /** Bad arguments or options; nothing was done. */
  usage: 2,
  /** Some inputs could not be read or held no article; the rest were processed. */
  partial: 3,
  /** The article (or other thing) asked for does not exist. */
  notFound: 4,
  /** The store could not be opened or migrated. */
  store: 5,
  /** An environment variable or the site configuration is invalid, or the port is taken. */
  config: 6,
  /** The reference data (data/reference/) is broken: the message names the file and entry. */
  reference: 7,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
