import { describe, expect, it } from 'vitest'
import { RULES } from '../../../src/extract/facts/index.js'
import { factsOf } from './facts-of.js'

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
