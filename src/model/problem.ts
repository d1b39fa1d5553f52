/**
 * Expected bad input is a value, not an exception. Every problem names its input so a
 * message can say what went wrong where; callers branch on `code`, never on message text.
 */
export type Problem =
  | { code: 'input.not-found'; input: string }
  | { code: 'input.unreadable'; input: string; reason: string }
  | { code: 'input.empty'; input: string }
  | { code: 'input.binary'; input: string; detail: string }
  | { code: 'input.too-large'; input: string; sizeBytes: number; limitBytes: number }
  | { code: 'input.nothing-readable'; input: string }
  | { code: 'ingest.bad-encoding'; input: string; declared: string | null; detail: string }
  | { code: 'ingest.no-article'; input: string; detail: string }
  | {
      code: 'reference.invalid'
      /** The data file, as every problem names its input; `file` says the same for readers. */
      input: string
      file: string
      /** The entry's id, or `#<index>` when it has none; null for the file as a whole. */
      entry: string | null
      detail: string
    }

export type ProblemCode = Problem['code']

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(problem: Problem): Result<T> => ({ ok: false, problem })

/** One sentence a person can act on: the input, the problem, and where useful a next step. */
export function describeProblem(problem: Problem): string {
  switch (problem.code) {
    case 'input.not-found':
      return `${problem.input}: no such file or directory`
    case 'input.unreadable':
      return `${problem.input}: cannot be read (${problem.reason})`
    case 'input.empty':
      return `${problem.input}: the file is empty`
    case 'input.binary':
      return `${problem.input}: not a text or HTML page (${problem.detail})`
    case 'input.too-large':
      return `${problem.input}: ${formatBytes(problem.sizeBytes)} is over the ${formatBytes(problem.limitBytes)} limit for one page`
    case 'input.nothing-readable':
      return `${problem.input}: the directory holds no .html, .htm or .txt page`
    case 'ingest.bad-encoding':
      return `${problem.input}: cannot decode the text${problem.declared ? ` (declared ${problem.declared})` : ''}: ${problem.detail}`
    case 'ingest.no-article':
      return `${problem.input}: no article found (${problem.detail})`
    case 'reference.invalid':
      return `${problem.file}${problem.entry === null ? '' : ` (entry ${problem.entry})`}: ${problem.detail}; fix it in scripts/build-reference.ts and rebuild`
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`
  return `${bytes} bytes`
}
