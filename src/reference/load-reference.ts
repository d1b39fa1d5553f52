import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import {
  fail,
  ok,
  ReferenceEntry,
  ReferenceFile,
  ReferenceGroup,
  type EntityType,
  type NotEntity,
  type Problem,
  type Result,
  referenceForms,
} from '../model/index.js'
import { Gazetteer, type GazetteerMatch } from './gazetteer.js'
import { formKey } from './tokens.js'

/** The reference data and its lookups, built once from `data/reference/`. */
export interface Reference {
  /** A hash of the data files' contents: stored with each extraction to say what it used. */
  readonly version: string
  get(id: string): ReferenceEntry | undefined
  /** Every entry, or every entry of one type, sorted by id. */
  all(type?: EntityType): readonly ReferenceEntry[]
  /** Group phrases ("the five Central Asian states") and their member ids. */
  groups(): readonly ReferenceGroup[]
  /** Every longest, non-overlapping match of a known form in `text` (see gazetteer.ts). */
  findMentions(text: string): GazetteerMatch[]
}

/** The data files, in a fixed order (the version hash depends on it), and the type each holds. */
export const REFERENCE_FILES = [
  ['countries.json', 'country'],
  ['minerals.json', 'mineral'],
  ['people.json', 'person'],
  ['organizations.json', 'organization'],
  ['places.json', 'place'],
  ['initiatives.json', 'initiative'],
  ['groups.json', 'group'],
] as const

/** `data/reference/` of this package, found from this module: works from `src/` and `dist/`. */
const DEFAULT_DIR = fileURLToPath(new URL('../../data/reference/', import.meta.url))

const loaded = new Map<string, Result<Reference>>()

/**
 * Loads and checks `data/reference/` (or `dir`) once per directory: every entry against its
 * schema, unique ids, references between entries, and that no form is shared by two entities
 * of one type unless both list it as ambiguous. The first broken entry is the Problem.
 */
export function loadReference(dir: string = DEFAULT_DIR): Result<Reference> {
  const cached = loaded.get(dir)
  if (cached) return cached
  const result = readReference(dir)
  loaded.set(dir, result)
  return result
}

function invalid(file: string, entry: string | null, detail: string): Problem {
  return { code: 'reference.invalid', input: file, file, entry, detail }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ')
}

function entryLabel(raw: unknown, index: number): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string') {
    return raw.id
  }
  return `#${index}`
}

function readReference(dir: string): Result<Reference> {
  const hash = createHash('sha256')
  const entries: ReferenceEntry[] = []
  const fileOf = new Map<string, string>()
  const groups: ReferenceGroup[] = []
  const notEntities: NotEntity[] = []

  for (const [name, type] of REFERENCE_FILES) {
    const file = join(dir, name)
    let content: string
    try {
      content = readFileSync(file, 'utf8')
    } catch (error) {
      return fail(
        invalid(file, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`),
      )
    }
    hash.update(`${name}\0${content}\0`)
    let json: unknown
    try {
      json = JSON.parse(content)
    } catch (error) {
      return fail(invalid(file, null, `not valid JSON (${(error as Error).message})`))
    }
    const parsedFile = ReferenceFile.safeParse(json)
    if (!parsedFile.success) return fail(invalid(file, null, describeIssues(parsedFile.error)))
    notEntities.push(...(parsedFile.data.notEntities ?? []))

    for (const [index, raw] of parsedFile.data.entries.entries()) {
      const label = entryLabel(raw, index)
      if (type === 'group') {
        const group = ReferenceGroup.safeParse(raw)
        if (!group.success) return fail(invalid(file, label, describeIssues(group.error)))
        groups.push(group.data)
        continue
      }
      const parsed = ReferenceEntry.safeParse(raw)
      if (!parsed.success) return fail(invalid(file, label, describeIssues(parsed.error)))
      const entry = parsed.data
      if (entry.type !== type) {
        return fail(invalid(file, label, `a ${entry.type} in the file of ${type} entries`))
      }
      const other = fileOf.get(entry.id)
      if (other) return fail(invalid(file, label, `duplicate id (also in ${other})`))
      fileOf.set(entry.id, file)
      entries.push(entry)
    }
  }

  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const links = checkLinks(entries, groups, byId, fileOf, join(dir, 'groups.json'))
  if (!links.ok) return links
  const shared = checkSharedForms(entries, fileOf)
  if (!shared.ok) return shared

  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const byType = new Map<EntityType, ReferenceEntry[]>()
  for (const entry of sorted) byType.set(entry.type, [...(byType.get(entry.type) ?? []), entry])
  const gazetteer = new Gazetteer(sorted, groups, notEntities)

  return ok({
    version: hash.digest('hex').slice(0, 16),
    get: (id) => byId.get(id),
    all: (type) => (type ? (byType.get(type) ?? []) : sorted),
    groups: () => groups,
    findMentions: (text) => gazetteer.findMentions(text),
  })
}

/** Every id an entry or group points to (region, minerals, role org, metonym place) exists. */
function checkLinks(
  entries: ReferenceEntry[],
  groups: ReferenceGroup[],
  byId: Map<string, ReferenceEntry>,
  fileOf: Map<string, string>,
  groupsFile: string,
): Result<true> {
  for (const entry of entries) {
    const targets = [
      entry.within,
      ...(entry.minerals ?? []),
      ...(entry.members ?? []),
      ...(entry.participants ?? []),
      ...(entry.roles ?? []).map((role) => role.org),
      ...(entry.metonyms ?? []).map((metonym) => metonym.place),
    ]
    for (const target of targets) {
      if (target !== undefined && !byId.has(target)) {
        return fail(
          invalid(
            fileOf.get(entry.id) ?? '',
            entry.id,
            `points to ${target}, which is not in the reference`,
          ),
        )
      }
    }
  }
  for (const group of groups) {
    for (const member of group.members) {
      if (!byId.has(member)) {
        return fail(invalid(groupsFile, group.id, `member ${member} is not in the reference`))
      }
    }
  }
  return ok(true)
}

/** Two entities of one type may share a form only when both mark it ambiguous ("Japarov"). */
function checkSharedForms(entries: ReferenceEntry[], fileOf: Map<string, string>): Result<true> {
  const claims = new Map<string, { id: string; text: string; isAmbiguous: boolean }>()
  for (const entry of entries) {
    const ambiguous = new Set(entry.ambiguous ?? [])
    const forms = new Set(referenceForms(entry))
    for (const text of forms) {
      const key = `${entry.type} ${formKey(text)}`
      const isAmbiguous = ambiguous.has(text)
      const earlier = claims.get(key)
      if (!earlier) {
        claims.set(key, { id: entry.id, text, isAmbiguous })
        continue
      }
      if (earlier.id === entry.id) continue
      if (!earlier.isAmbiguous || !isAmbiguous) {
        return fail(
          invalid(
            fileOf.get(entry.id) ?? '',
            entry.id,
            `"${text}" also names ${earlier.id}; list it under ambiguous in both entries`,
          ),
        )
      }
    }
  }
  return ok(true)
}
