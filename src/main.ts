/**
 * @module main
 * The process entry: parses the configuration once, wires the CLI to the real streams,
 * and exits with the command's code. Nothing imports this file.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseConfig } from './config.js'
import { runCli } from './cli/index.js'
import { ExitCode } from './cli/index.js'

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

const code = await runCli(
  process.argv.slice(2),
  parsed.config,
  { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
  { sampleDir: `${packageRoot}data/sample`, version },
)
process.exitCode = code
