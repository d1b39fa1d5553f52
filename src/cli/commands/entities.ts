import type { Command } from 'commander'
import { EntityType } from '../../model/index.js'
import type { CliContext } from '../context.js'
import { withStore } from '../context.js'
import { formatTable, writeLine } from '../output.js'
import { choice } from '../parse-options.js'

export function registerEntities(program: Command, context: CliContext): void {
  program
    .command('entities')
    .description('List the entities found in stored articles')
    .option(
      '--type <type>',
      `only this type: ${EntityType.options.join(', ')}`,
      choice(EntityType.options),
    )
    .option('--json', 'print one JSON array')
    .action(async (options: { type?: EntityType; json?: boolean }, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>()
      const entities = await withStore(context, db, (store) =>
        store.entities.list(options.type === undefined ? {} : { type: options.type }),
      )
      if (options.json) {
        writeLine(context.stdout, JSON.stringify(entities))
        return
      }
      if (entities.length === 0) {
        writeLine(context.stdout, 'No entities stored yet (ingest some articles first).')
        return
      }
      const rows = entities.map((entity) => [
        entity.id,
        entity.type,
        [entity.name, entity.role].filter(Boolean).join(', '),
      ])
      for (const line of formatTable(context.stdout, ['ID', 'TYPE', 'NAME'], rows))
        writeLine(context.stdout, line)
    })
}
