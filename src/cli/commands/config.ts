import type { Command } from 'commander'
import { describeConfig } from '../../config.js'
import type { CliContext } from '../context.js'
import { writeLine } from '../output.js'

export function registerConfig(program: Command, context: CliContext): void {
  program
    .command('config')
    .description('Print the effective configuration (secrets masked)')
    .action(() => {
      for (const [name, value] of Object.entries(describeConfig(context.config)))
        writeLine(context.stdout, `${name}=${value}`)
    })
}
