import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/model/index.js'
import { entitiesOf } from './entities-of.js'

const typeOf = (entities: readonly Entity[], name: string): string | undefined =>
  entities.find((entity) => entity.name === name)?.type

describe('a name opening a sentence with a long apposition', () => {
  it('reads the name as a person and the workplace after "advises … at" as an organisation', () => {
    const entities = entitiesOf(
      'Caspar Vell, a former trade negotiator who now advises companies at Ashgrove Strategies, said the format had changed.',
    )
    expect(entities.find((e) => e.name === 'Caspar Vell')).toMatchObject({
      type: 'person',
      role: 'Former trade negotiator',
    })
    expect(typeOf(entities, 'Ashgrove Strategies')).toBe('organization')
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Caspar Vell'])
  })

  it('reads a workplace after "works for" as an organisation even before "said"', () => {
    const entities = entitiesOf(
      'Orla Brennick, a veteran geologist who works for Fenwright Partners, said the ore was rich.',
    )
    expect(typeOf(entities, 'Orla Brennick')).toBe('person')
    expect(typeOf(entities, 'Fenwright Partners')).toBe('organization')
  })

  it('keeps a company at the start of a sentence with ", a … company," an organisation', () => {
    const entities = entitiesOf(
      'Halvane Resources, a small exploration company based in Qaratau, said it would drill next year.',
    )
    expect(typeOf(entities, 'Halvane Resources')).toBe('organization')
    expect(entities.some((e) => e.type === 'person')).toBe(false)
  })

  it('keeps a company name without a suffix an organisation when its apposition says so', () => {
    const entities = entitiesOf(
      'Brightmoor Ashby, a mid-sized trading firm that buys tungsten concentrate, said prices rose.',
    )
    expect(typeOf(entities, 'Brightmoor Ashby')).not.toBe('person')
  })
})
