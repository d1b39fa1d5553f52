import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot, seedFile } from '../helpers/cli-harness.js'

// tsx is resolved here, since the process runs in a temporary directory.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const dir = mkdtempSync(path.join(tmpdir(), 'lodestone-process-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs src/main.ts as a real process, as the `lodestone` bin runs the built main.js. */
function lodestone(args: string[], env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    ['--import', tsx, path.join(repoRoot, 'src/main.ts'), ...args],
    {
      cwd: dir,
      env: { ...process.env, LODESTONE_DB: path.join(dir, 'process.db'), ...env },
      encoding: 'utf8',
    },
  )
}

describe('the lodestone process', () => {
  it('exits with the documented codes', () => {
    expect(lodestone(['ingest', seedFile]).status).toBe(0)
    expect(lodestone(['ingest', path.join(dir, 'missing.txt')]).status).toBe(3)
    expect(lodestone(['show', 'a0000000000000000']).status).toBe(4)
    expect(lodestone(['articles', '--limit', 'many']).status).toBe(2)
  })

  it('names every invalid environment variable and exits 6', () => {
    const run = lodestone(['articles'], { PORT: 'eighty', LODESTONE_MAX_PAGE_BYTES: '-5' })
    expect(run.status).toBe(6)
    expect(run.stderr).toContain('PORT')
    expect(run.stderr).toContain('LODESTONE_MAX_PAGE_BYTES')
  })

  it('exits 5 with the location when the store cannot be opened', () => {
    const notADirectory = path.join(dir, 'plain-file')
    writeFileSync(notADirectory, 'x')
    const run = lodestone(['--db', path.join(notADirectory, 'store.db'), 'articles'])
    expect(run.status).toBe(5)
    expect(run.stderr).toContain(notADirectory)
  })
})
