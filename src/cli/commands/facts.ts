import type { Command } from 'commander'
import { FACT_TYPES, factText, labelFromId } from '../../model/index.js'
import type { EntityLabel, FactType } from '../../model/index.js'
import { holdingsOf, type Reference } from '../../reference/index.js'
import type { Store } from '../../store/index.js'
import { CliError } from '../cli-error.js'
import type { CliContext } from '../context.js'
import { referenceData, withStore } from '../context.js'
import { ExitCode } from '../exit-codes.js'
import { bold, truncate, writeLine } from '../output.js'
import { choice, partialDate, positiveInt } from '../parse-options.js'

interface FactsOptions {
  type?: FactType
  country?: string
  mineral?: string
  person?: string
  entity?: string[]
  article?: string
  since?: string
  until?: string
  limit: number
  json?: boolean
}

export function registerFacts(program: Command, context: CliContext): void {
  program
    .command('facts')
    .description('List the facts found in stored articles, each with the words that state it')
    .option('--type <type>', `only this type: ${FACT_TYPES.join(', ')}`, choice(FACT_TYPES))
    .option(
      '--country <country>',
      'about this country (naming it, its places or its organisations): a code (KZ) or a name',
    )
    .option('--mineral <mineral>', 'naming this mineral: tungsten, rare-earths, uranium…')
    .option('--person <name>', 'naming this person: part of a name (Rubio) or an id')
    .option('--entity <id...>', 'naming each of these entity ids (country:KZ, mineral:tungsten…)')
    .option('--article <id>', 'stated in this article')
    .option('--since <date>', 'dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)', partialDate)
    .option('--until <date>', 'dated on or before (YYYY, YYYY-MM or YYYY-MM-DD)', partialDate)
    .option('--limit <n>', 'how many to list', positiveInt, 100)
    .option('--json', 'print one JSON array of facts with their evidence')
    .addHelpText(
      'after',
      '\nWith --since or --until, facts the text does not date are left out.\nExit codes: 0 listed (maybe none), 2 an unknown country, mineral or person.',
    )
    .action(async (options: FactsOptions, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>()
      const reference = referenceData()
      await withStore(context, db, async (store) => {
        const entityIds = [
          ...(options.entity ?? []),
          ...(options.mineral ? [mineralId(options.mineral, reference)] : []),
          ...(options.person ? [await personId(options.person, store)] : []),
        ]
        // A country's facts include those naming its places and organisations, as on the site.
        const country = options.country ? countryId(options.country, reference) : undefined
        const places = country ? await store.entities.list({ type: 'place' }) : []
        const facts = (
          await store.facts.list({
            type: options.type,
            articleId: options.article,
            entityIds,
            ...(country && {
              entityGroups: [[country, ...holdingsOf(country, places, reference)]],
            }),
            since: options.since,
            until: options.until,
          })
        ).slice(0, options.limit)
        if (options.json) {
          writeLine(context.stdout, JSON.stringify(facts))
          return
        }
        if (facts.length === 0) {
          writeLine(context.stdout, 'No facts match.')
          return
        }
        const names = new Map(
          (await store.entities.list()).map((entity) => [entity.id, entity.name]),
        )
        const nameOf = (id: string): EntityLabel => ({
          name: names.get(id) ?? labelFromId(id).name,
          href: null,
        })
        const out = context.stdout
        const width = Math.max(40, (out.columns ?? 120) - 4)
        for (const fact of facts) {
          writeLine(out, `${bold(out, fact.type)}  ${factText(fact, nameOf)}`)
          const evidence = fact.evidence[0]
          if (evidence) {
            writeLine(out, `  “${truncate(evidence.text.replace(/\s+/g, ' '), width - 4)}”`)
            writeLine(
              out,
              `  ${evidence.articleId} · confidence ${fact.confidence.toFixed(2)}${fact.rule ? ` · ${fact.rule}` : ''}`,
            )
          }
        }
      })
    })
}

function countryId(value: string, reference: Reference): string {
  if (/^[A-Za-z]{2}$/.test(value) && reference.get(`country:${value.toUpperCase()}`))
    return `country:${value.toUpperCase()}`
  return findByName(value, 'country', reference)
}

function mineralId(value: string, reference: Reference): string {
  if (reference.get(`mineral:${value.toLowerCase()}`)) return `mineral:${value.toLowerCase()}`
  return findByName(value, 'mineral', reference)
}

function findByName(value: string, type: 'country' | 'mineral', reference: Reference): string {
  const wanted = value.trim().toLowerCase()
  const entry = reference
    .all(type)
    .find((item) =>
      [item.name, ...(item.aliases ?? [])].some((name) => name.toLowerCase() === wanted),
    )
  if (!entry)
    throw new CliError(`no ${type} called '${value}' in the reference data`, ExitCode.usage)
  return entry.id
}

async function personId(value: string, store: Store): Promise<string> {
  if (value.startsWith('person:')) return value
  const wanted = value.trim().toLowerCase()
  const people = (await store.entities.list({ type: 'person' })).filter((person) =>
    person.name.toLowerCase().includes(wanted),
  )
  const [only] = people
  if (only && people.length === 1) return only.id
  if (people.length === 0) throw new CliError(`no stored person matches '${value}'`, ExitCode.usage)
  throw new CliError(
    `'${value}' matches several people: ${people.map((person) => `${person.name} (${person.id})`).join(', ')}; use an id`,
    ExitCode.usage,
  )
}
