import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { Config } from '../../src/config.js'
import { runCli } from '../../src/cli/index.js'
import { siteStarter } from '../../src/server/index.js'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const sampleDir = path.join(repoRoot, 'data/sample')
export const seedFile = path.join(repoRoot, 'data/sample/gcn-rubio-central-asia-tour.txt')

export class Capture extends Writable {
  text = ''
  isTTY = false
  columns = 200
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs one command line in-process against a store in a fresh temporary directory. */
export function makeCli(env: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lodestone-cli-'))
  const config = Config.parse({ LODESTONE_DB: path.join(dir, 'store.db'), ...env })
  // What main hands the CLI: the real server, with this configuration, on a fixed clock.
  const startSite = siteStarter({
    siteFile: config.LODESTONE_SITE,
    now: () => new Date('2026-01-02T03:04:05Z'),
  })
  return {
    dir,
    db: config.LODESTONE_DB,
    /** `live` receives the output streams at once, to read a long-running command's output. */
    async run(
      args: string[],
      stdin: string | Uint8Array = '',
      options: {
        signal?: AbortSignal
        live?: (out: { stdout: Capture; stderr: Capture }) => void
      } = {},
    ): Promise<CliRun> {
      const stdout = new Capture()
      const stderr = new Capture()
      options.live?.({ stdout, stderr })
      const input = typeof stdin === 'string' ? Buffer.from(stdin) : stdin
      async function* stdinChunks(): AsyncGenerator<Uint8Array> {
        if (input.byteLength > 0) yield input
      }
      const code = await runCli(
        args,
        config,
        {
          stdout,
          stderr,
          stdin: stdinChunks(),
          now: () => new Date('2026-01-02T03:04:05Z'),
          signal: options.signal,
        },
        { sampleDir, version: '0.0.0-test', startSite },
      )
      return { code, stdout: stdout.text, stderr: stderr.text }
    },
    cleanup(): void {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Parses JSON Lines output. */
export function jsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown)
}
