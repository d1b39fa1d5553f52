import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Problem } from '../model/index.js'

/** File names a directory walk picks up; explicit file arguments are read whatever their name. */
const PAGE_FILE = /\.(html?|xhtml|txt|text)$/i
/** Never descended into: version control, dependencies, and hidden folders. */
const SKIPPED_DIR = /^(\.|node_modules$)/

export type InputRef = { kind: 'file'; path: string } | { kind: 'stdin' }

export interface CollectedInputs {
  inputs: InputRef[]
  problems: Problem[]
}

/**
 * Expands command-line paths into the files to read, in a stable order: files as given,
 * directories walked recursively (sorted), "-" for standard input. A path that does not
 * exist, or a directory with no page in it, becomes a problem; the rest still go in.
 */
export async function collectInputs(args: string[]): Promise<CollectedInputs> {
  const inputs: InputRef[] = []
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' })
      continue
    }
    const info = await stat(arg).catch((error: NodeJS.ErrnoException) => error)
    if (info instanceof Error) {
      problems.push(
        info.code === 'ENOENT'
          ? { code: 'input.not-found', input: arg }
          : { code: 'input.unreadable', input: arg, reason: info.code ?? info.message },
      )
      continue
    }
    if (info.isDirectory()) {
      const files = await walk(arg, problems)
      if (files.length === 0) problems.push({ code: 'input.nothing-readable', input: arg })
      for (const file of files) addFile(file)
    } else {
      addFile(arg)
    }
  }
  return { inputs, problems }

  function addFile(file: string): void {
    const key = path.resolve(file)
    if (seen.has(key)) return
    seen.add(key)
    inputs.push({ kind: 'file', path: file })
  }
}

async function walk(dir: string, problems: Problem[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => error,
  )
  if (entries instanceof Error) {
    problems.push({ code: 'input.unreadable', input: dir, reason: entries.code ?? entries.message })
    return []
  }
  const files: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_DIR.test(entry.name)) files.push(...(await walk(full, problems)))
    } else if (entry.isFile() && PAGE_FILE.test(entry.name)) {
      files.push(full)
    }
  }
  return files
}
