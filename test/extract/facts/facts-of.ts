import type { Entity, Fact } from '../../../src/model/index.js'
import { loadReference } from '../../../src/reference/index.js'
import { extract } from '../../../src/extract/index.js'
import { findFacts } from '../../../src/extract/facts/index.js'
import type { ResolvedMention } from '../../../src/extract/passes/01-mentions.js'
import { splitSentences } from '../../../src/extract/text/index.js'

const loaded = loadReference()
if (!loaded.ok) throw new Error('the reference data must load')
const reference = loaded.value

/** The facts of `text` from its own entities plus invented names (every occurrence), so a
 *  test proves the mechanism and not the gazetteer. */
export function factsOf(
  text: string,
  invented: Record<string, 'person' | 'organization' | 'place' | 'initiative'>,
  published = '2025-12-26',
): Fact[] {
  const found = extract({ text, published, language: 'en' }, reference)
  const mentions: ResolvedMention[] = []
  const entities: Entity[] = found.entities.filter(
    (entity) => !Object.keys(invented).some((name) => entity.name.includes(name)),
  )
  for (const [name, type] of Object.entries(invented)) {
    const id = `${type}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` as Entity['id']
    const spans: Array<{ start: number; end: number; text: string }> = []
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
      spans.push({ start, end: start + name.length, text: name })
      mentions.push({ entityId: id, start, end: start + name.length, text: name, kind: 'name' })
    }
    if (spans.length > 0) entities.push({ id, type, name, mentions: spans })
  }
  // A group phrase ("the five Central Asian states") is one span shared by its members.
  const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start === b.start && a.end === b.end
  for (const entity of entities)
    for (const m of entity.mentions)
      if (!mentions.some((x) => x.start < m.end && m.start < x.end && !sameSpan(x, m)))
        mentions.push({ entityId: entity.id, ...m, kind: 'name' })
  mentions.sort((a, b) => a.start - b.start)
  return findFacts({
    text,
    published,
    sentences: splitSentences(text),
    mentions,
    entities,
    reference,
  })
}

export function ofType<T extends Fact['type']>(
  facts: Fact[],
  type: T,
): Extract<Fact, { type: T }>[] {
  return facts.filter((fact): fact is Extract<Fact, { type: T }> => fact.type === type)
}
