import { describe, expect, it } from 'vitest'
import { extract, type Extraction } from '../../../src/extract/extract.js'
import type { Entity } from '../../../src/model/index.js'
import { loadReference } from '../../../src/reference/index.js'

const loaded = loadReference()
if (!loaded.ok) throw new Error('reference data did not load')
const reference = loaded.value

/** Every deposit, mine, company and person below is invented; the countries are real. */
function run(text: string): Extraction {
  return extract({ text, published: '2026-01-15', language: 'en' }, reference)
}

function entitiesOf(text: string): Entity[] {
  return run(text).entities
}

function places(entities: readonly Entity[]): Entity[] {
  return entities.filter((entity) => entity.type === 'place')
}

function placeNames(text: string): string[] {
  return places(entitiesOf(text)).map((entity) => entity.name)
}

function find(entities: readonly Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.name === name)
}

function mentionTexts(entity: Entity | undefined): string[] {
  return entity?.mentions.map((mention) => mention.text) ?? []
}

describe('a compass or size word opening a site name', () => {
  it.each([
    ['Exploration continues at the Northern Ridge deposit in Kazakhstan.', 'Northern Ridge'],
    ['The Southern Tavan mine resumed output in March.', 'Southern Tavan'],
    ['Drilling began at the Eastern Belmora license area last year.', 'Eastern Belmora'],
    ['Crews reached the Western Ardane open pit on Monday.', 'Western Ardane'],
    ['The Central Korvath antimony plant was idle.', 'Central Korvath antimony plant'],
    ['The Upper Tavan mine resumed output in March.', 'Upper Tavan'],
    ['Zorvath Metals owns the South Korvath field.', 'South Korvath'],
    ['Work began at the Greater Belmora license area last year.', 'Greater Belmora'],
    ['The West Ardane prospect lies near the border.', 'West Ardane'],
  ])('keeps the word in "%s"', (text, name) => {
    expect(placeNames(text)).toEqual([name])
  })

  it('gives the full name a stable id and the country the sentence names', () => {
    const entities = entitiesOf(
      "Kazakhstan's Northern Ridge deposit holds 20,000 tonnes of tungsten.",
    )
    expect(find(entities, 'Northern Ridge')).toMatchObject({
      id: 'place:northern-ridge',
      country: 'KZ',
    })
    expect(find(entities, 'Ridge')).toBeUndefined()
  })

  it('keeps a compass word out of names that are no sites', () => {
    expect(placeNames('Northern Kazakhstan is cold, and Western investors are wary.')).toEqual([])
    expect(placeNames('Western sanctions hit the Korvath mine.')).toEqual(['Korvath'])
    expect(placeNames('The Central Asia tungsten project was discussed.')).toEqual([])
    expect(placeNames('The Eastern Europe copper project was discussed.')).toEqual([])
  })
})

describe('a site named by an apposition', () => {
  it('reads "X, one of the largest tungsten deposits in Kazakhstan," as a place in Kazakhstan', () => {
    const result = run(
      'Korvath, one of the largest tungsten deposits in Kazakhstan, holds reserves of 40,000 tonnes.',
    )
    expect(find(result.entities, 'Korvath')).toMatchObject({
      id: 'place:korvath',
      type: 'place',
      country: 'KZ',
    })
    expect(result.facts).toEqual([
      expect.objectContaining({
        type: 'resource',
        holder: 'place:korvath',
        mineral: 'mineral:tungsten',
        kind: 'reserve',
      }),
    ])
  })

  it.each([
    ['Belmora, a copper mine in Mongolia, produced 12,000 tonnes last year.', 'Belmora', 'MN'],
    ["Tavan, Kazakhstan's biggest tungsten deposit, drew new bids.", 'Tavan', 'KZ'],
    ['Ardane, the only lithium prospect near the border, was sold in May.', 'Ardane', undefined],
    ['Korvath, a gold mining project in Kyrgyzstan, raised money.', 'Korvath', 'KG'],
    ['Qyzyl Tas, one of two copper fields owned by the state, is idle.', 'Qyzyl Tas', undefined],
  ])('reads "%s"', (text, name, country) => {
    const place = find(entitiesOf(text), name)
    expect(place?.type).toBe('place')
    expect(place?.country).toBe(country)
  })

  it('does not read people, companies or noun modifiers as sites', () => {
    expect(
      placeNames('Jane Doe, a field engineer at Zorvath Metals, said the plan was sound.'),
    ).toEqual([])
    expect(placeNames('Tom Reyl, the mine manager, said output fell.')).toEqual([])
    expect(placeNames('Dara Kell, one of the deposit holders, said she would wait.')).toEqual([])
    expect(placeNames('Ardane, the field’s new owner, said little.')).toEqual([])
    expect(placeNames('Korvath, a $2 billion project in Kazakhstan, stalled.')).toEqual([])
    expect(placeNames('Europe, one of the largest copper fields, is big.')).toEqual([])
    expect(placeNames('Tavex, the owner of a copper mine in Chile, said output fell.')).toEqual([])
  })
})

describe('a name, a mineral word and a site noun', () => {
  it.each([
    ["The company's Korvath tungsten project is due to start next year.", 'mineral:tungsten'],
    ['Its Korvath copper mine produced 10,000 tonnes.', 'mineral:copper'],
    ['Zorvath Metals will invest $50 million in the Korvath gold-copper deposit.', 'mineral:gold'],
    ['Investors toured the Korvath lithium mining project in Chile.', 'mineral:lithium'],
  ])('reads the place and still the mineral in "%s"', (text, mineral) => {
    const entities = entitiesOf(text)
    expect(find(entities, 'Korvath')).toMatchObject({ id: 'place:korvath', type: 'place' })
    expect(entities.map((entity) => entity.id)).toContain(mineral)
  })

  it('keeps a lower-case mineral inside a facility name as a mention of the mineral', () => {
    const entities = entitiesOf('Zorvath Metals bought 51% of the Korvath antimony plant in 2019.')
    expect(find(entities, 'Korvath antimony plant')?.type).toBe('place')
    expect(mentionTexts(find(entities, 'antimony'))).toEqual(['antimony'])
  })

  it('keeps a capitalised mineral inside a company name out of the minerals', () => {
    const entities = entitiesOf('Zorvath Antimony Corp. opened an office in Denver.')
    expect(entities.map((entity) => entity.id)).not.toContain('mineral:antimony')
  })

  it('needs a mineral or "mining" before "project"', () => {
    expect(placeNames('Production at the Korvath project rose sharply.')).toEqual([])
    expect(placeNames('Work on the Tavan hydropower project continued.')).toEqual([])
    expect(
      placeNames('The prospect of a deal faded, and the Ardane prospect of talks too.'),
    ).toEqual([])
  })
})

describe('later references to the one site', () => {
  it('links a later name and "the mine" to the site', () => {
    const entities = entitiesOf(
      'Zorvath Metals owns the Korvath copper mine in Mongolia. Korvath produced 12,000 tonnes of copper last year. The mine employs 400 people.',
    )
    const korvath = find(entities, 'Korvath')
    expect(korvath).toMatchObject({ country: 'MN' })
    expect(mentionTexts(korvath)).toEqual(['Korvath', 'Korvath', 'The mine'])
    expect(korvath?.aliases).toBeUndefined()
  })

  it('links "the deposit" after a deposit named by an apposition', () => {
    const entities = entitiesOf(
      'Tavan, a tungsten deposit in Kazakhstan, was found in 1962. Drilling at the deposit resumed in May.',
    )
    expect(mentionTexts(find(entities, 'Tavan'))).toEqual(['Tavan', 'the deposit'])
  })

  it('links nothing when two sites are named, or the head differs, or the noun is a modifier', () => {
    const two = entitiesOf(
      'Zorvath Metals owns the Korvath copper mine and the Belmora mine. The mine employs 400 people.',
    )
    expect(mentionTexts(find(two, 'Korvath'))).toEqual(['Korvath'])
    expect(mentionTexts(find(two, 'Belmora'))).toEqual(['Belmora'])
    const otherHead = entitiesOf('Zorvath Metals owns the Korvath deposit. The mine employs 400.')
    expect(mentionTexts(find(otherHead, 'Korvath'))).toEqual(['Korvath'])
    const modifier = entitiesOf(
      'Zorvath Metals owns the Korvath copper mine. Officials met the mine workers on Monday.',
    )
    expect(mentionTexts(find(modifier, 'Korvath'))).toEqual(['Korvath'])
  })
})

describe('an investment in a site referred to as "the plant"', () => {
  it('takes the minerals of the site’s name when the clause names none', () => {
    const { facts } = run(
      'The Korvath antimony plant employs 300 people. Zorvath Metals bought a 51% stake in the plant in 2019.',
    )
    expect(facts).toContainEqual(
      expect.objectContaining({
        type: 'investment',
        site: 'place:korvath-antimony-plant',
        minerals: ['mineral:antimony'],
        stake_percent: 51,
      }),
    )
  })

  it('keeps the minerals the clause names', () => {
    const { facts } = run(
      'The Korvath antimony plant employs 300 people. Zorvath Metals bought a 51% stake in the plant to secure gold supplies in 2019.',
    )
    const investment = facts.find((fact) => fact.type === 'investment')
    expect(investment).toMatchObject({ minerals: ['mineral:gold'] })
  })
})
