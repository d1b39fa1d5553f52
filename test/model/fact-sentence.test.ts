import { describe, expect, it } from 'vitest'
import { factText, labelFromId, type NameOf, type ShownFact } from '../../src/model/index.js'

const NAMES: Record<string, string> = {
  'person:ana-ruiz': 'Ana Ruiz',
  'person:li-wei': 'Li Wei',
  'country:KZ': 'Kazakhstan',
  'country:US': 'United States',
  'organization:korvath-metals': 'Korvath Metals',
  'organization:us-white-house': 'White House',
  'mineral:tungsten': 'tungsten',
  'place:kz-karaganda-region': 'Karaganda Region',
}
const nameOf: NameOf = (id) => ({ name: NAMES[id] ?? labelFromId(id).name, href: null })

function shown(fact: Record<string, unknown>): ShownFact {
  return { id: 'f1', confidence: 0.9, evidence: [], ...fact } as unknown as ShownFact
}

describe('a fact in plain words', () => {
  it('says an investment with its amount, where it goes, and its status', () => {
    const fact = shown({
      type: 'investment',
      investor: 'organization:korvath-metals',
      amount: { value: 1_000_000_000, currency: 'USD', qualifier: 'over' },
      minerals: ['mineral:tungsten'],
      site: 'place:kz-karaganda-region',
      recipient_country: 'country:KZ',
      status: 'announced',
    })
    expect(factText(fact, nameOf)).toBe(
      'Korvath Metals: investment of over USD 1 billion in tungsten, Karaganda Region and Kazakhstan; announced',
    )
  })

  it('names a meeting host once, as the host', () => {
    const fact = shown({
      type: 'meeting',
      kind: 'ministerial',
      participants: ['person:ana-ruiz', 'person:li-wei', 'country:KZ'],
      host: 'person:ana-ruiz',
      when: '2026-02-04',
    })
    expect(factText(fact, nameOf)).toBe(
      'Ministerial meeting of Li Wei and Kazakhstan, hosted by Ana Ruiz, 4 February 2026',
    )
  })

  it('meets in a place, or at a venue', () => {
    const at = (location: string) =>
      factText(shown({ type: 'meeting', participants: ['country:KZ'], location }), nameOf)
    expect(at('place:kz-karaganda-region')).toBe('Meeting of Kazakhstan in Karaganda Region')
    expect(at('organization:us-white-house')).toBe('Meeting of Kazakhstan at the White House')
  })

  it('leaves out the roles a fact lacks', () => {
    expect(factText(shown({ type: 'visit', traveler: 'person:li-wei' }), nameOf)).toBe(
      'Li Wei: visit to an unnamed place',
    )
    expect(
      factText(shown({ type: 'dependency', dependent: 'country:US', on: 'country:KZ' }), nameOf),
    ).toBe('United States depends on Kazakhstan')
  })
})
