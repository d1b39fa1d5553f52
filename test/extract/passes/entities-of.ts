import { extract } from '../../../src/extract/extract.js'
import type { Entity } from '../../../src/model/index.js'
import { loadReference } from '../../../src/reference/index.js'

const loaded = loadReference()
if (!loaded.ok) throw new Error('reference data did not load')
export const reference = loaded.value

/** The entities extraction finds in a text (English unless told), published 15 January 2026. */
export function entitiesOf(text: string, language: string | null = 'en'): Entity[] {
  return extract({ text, published: '2026-01-15', language }, reference).entities
}

export function find(entities: readonly Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.name === name)
}

export function ofType(entities: readonly Entity[], type: Entity['type']): Entity[] {
  return entities.filter((entity) => entity.type === type)
}

export function mentionTexts(entity: Entity | undefined): string[] {
  return entity?.mentions.map((mention) => mention.text) ?? []
}
