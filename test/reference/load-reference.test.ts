import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeProblem } from '../../src/model/index.js'
import { loadReference, REFERENCE_FILES } from '../../src/reference/index.js'

const DATA_DIR = fileURLToPath(new URL('../../data/reference/', import.meta.url))

/** A copy of the real data in a temp dir, with one file's entries changed by `edit`. */
function dataWith(file: string, edit: (entries: Array<Record<string, unknown>>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-reference-'))
  for (const name of readdirSync(DATA_DIR)) copyFileSync(join(DATA_DIR, name), join(dir, name))
  const body = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    entries: Array<Record<string, unknown>>
  }
  edit(body.entries)
  writeFileSync(join(dir, file), JSON.stringify(body))
  return dir
}

describe('loadReference', () => {
  it('loads and validates the real data', () => {
    const loaded = loadReference()
    if (!loaded.ok) throw new Error(describeProblem(loaded.problem))
    const ref = loaded.value
    expect(ref.version).toMatch(/^[0-9a-f]{16}$/)
    expect(ref.get('country:KZ')?.name).toBe('Kazakhstan')
    expect(ref.get('mineral:tungsten')?.aliases).toContain('wolfram')
    for (const [, type] of REFERENCE_FILES) {
      if (type !== 'group') expect(ref.all(type).length).toBeGreaterThan(10)
    }
    expect(ref.all().every((entry) => entry.sources.length > 0)).toBe(true)
  })

  it('loads once per directory', () => {
    expect(loadReference()).toBe(loadReference())
  })

  it('names the file and the entry of a broken entry', () => {
    const dir = dataWith('minerals.json', (entries) => {
      const tungsten = entries.find((entry) => entry.id === 'mineral:tungsten')
      if (tungsten) tungsten.sources = []
    })
    const loaded = loadReference(dir)
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(loaded.problem).toMatchObject({
      code: 'reference.invalid',
      file: join(dir, 'minerals.json'),
      entry: 'mineral:tungsten',
    })
    expect(describeProblem(loaded.problem)).toContain('minerals.json (entry mineral:tungsten)')
  })

  it('names an entry without an id by its index', () => {
    const dir = dataWith('people.json', (entries) => {
      entries.splice(2, 0, { name: 'Zorvath Qaratau' })
    })
    const loaded = loadReference(dir)
    expect(!loaded.ok && loaded.problem).toMatchObject({ entry: '#2' })
  })

  it('rejects a duplicate id', () => {
    const dir = dataWith('places.json', (entries) => {
      entries.push({ ...entries[0], name: 'Qaratau' })
    })
    const loaded = loadReference(dir)
    expect(!loaded.ok && loaded.problem).toMatchObject({ code: 'reference.invalid' })
    expect(!loaded.ok && loaded.problem).toHaveProperty(
      'detail',
      expect.stringContaining('duplicate id'),
    )
  })

  it('rejects a form two entities of one type share without marking it ambiguous', () => {
    const dir = dataWith('organizations.json', (entries) => {
      entries.push({
        id: 'organization:zorvath-capital',
        type: 'organization',
        name: 'Zorvath Capital',
        aliases: ['Tau-Ken Samruk'],
        sources: [{ ref: 'general knowledge' }],
      })
    })
    const loaded = loadReference(dir)
    expect(!loaded.ok && loaded.problem).toMatchObject({
      entry: 'organization:zorvath-capital',
      detail: expect.stringContaining('organization:kz-tau-ken-samruk'),
    })
  })
})
