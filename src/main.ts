/**
 * @module main
 * The process entry: parses the configuration once, wires the CLI to the real streams,
 * and exits with the command's code. Nothing imports this file.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseConfig } from './config.js'
import { runCli } from './cli/index.js'
import { ExitCode, type StartSite } from './cli/index.js'
import { siteStarter } from './server/index.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const { version } = JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8')) as {
  version: string
}

// `lodestone articles | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const parsed = parseConfig(process.env)
if (!parsed.ok) {
  process.stderr.write(
    `lodestone: invalid environment:\n${parsed.errors.map((e) => `  ${e}\n`).join('')}`,
  )
  process.exit(ExitCode.config)
}

const config = parsed.config
const stop = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort())

// The CLI never imports the server: main hands it this way to start one.
const startSite: StartSite = siteStarter({
  siteFile: config.LODESTONE_SITE,
  now: () => new Date(),
  logError: (error, path) =>
    process.stderr.write(
      `lodestone serve: error on ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    ),
})

const code = await runCli(
  process.argv.slice(2),
  config,
  { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, signal: stop.signal },
  { sampleDir: `${packageRoot}data/sample`, version, startSite },
)
process.exitCode = code
