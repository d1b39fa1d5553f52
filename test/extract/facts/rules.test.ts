import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/model/index.js'
import { loadReference } from '../../../src/reference/index.js'
import { extract } from '../../../src/extract/index.js'
import { findFacts, RULES } from '../../../src/extract/facts/index.js'
import type { ResolvedMention } from '../../../src/extract/passes/01-mentions.js'
import { splitSentences } from '../../../src/extract/text/index.js'

const loaded = loadReference()
if (!loaded.ok) throw new Error('the reference data must load')
const reference = loaded.value

/** The article's own entities plus the rule's invented names, so a pass proves the pattern. */
function factsOf(text: string, invented: Record<string, string>, published = '2025-12-26') {
  const found = extract({ text, published, language: 'en' }, reference)
  const mentions: ResolvedMention[] = []
  const entities: Entity[] = [...found.entities]
  for (const [name, type] of Object.entries(invented)) {
    const start = text.indexOf(name)
    if (start < 0) continue
    const id = `${type}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` as Entity['id']
    mentions.push({ entityId: id, start, end: start + name.length, text: name, kind: 'name' })
    entities.push({
      id,
      type: type as Entity['type'],
      name,
      mentions: [{ start, end: start + name.length, text: name }],
    })
  }
  for (const entity of found.entities)
    for (const m of entity.mentions)
      if (!mentions.some((x) => x.start < m.end && m.start < x.end))
        mentions.push({ entityId: entity.id, ...m, kind: 'name' })
  return findFacts({
    text,
    published,
    sentences: splitSentences(text),
    mentions,
    entities,
    reference,
  })
}

describe('fact rules', () => {
  for (const rule of RULES) {
    it(`${rule.id} fires on its example`, () => {
      const facts = factsOf(rule.example, rule.exampleEntities)
      expect(facts.map((fact) => fact.rule)).toContain(rule.id)
      for (const fact of facts)
        for (const span of fact.evidence)
          expect(rule.example.slice(span.start, span.end)).toBe(span.text)
    })
  }

  it('makes no agreement of "did not sign" unless talks go on', () => {
    const text = 'Zorvath Capital did not sign a binding agreement with Qaratau Mining.'
    const facts = factsOf(text, {
      'Zorvath Capital': 'organization',
      'Qaratau Mining': 'organization',
    })
    expect(facts.filter((fact) => fact.type === 'agreement')).toEqual([])
  })

  it('makes no statement for an anonymous speaker', () => {
    const text = '“We were slow,” said a purchasing manager at a utility.'
    expect(factsOf(text, {}).filter((fact) => fact.type === 'statement')).toEqual([])
  })
})
