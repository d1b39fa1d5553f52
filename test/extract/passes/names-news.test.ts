import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/extract/extract.js'
import { entitiesOf, find, mentionTexts, ofType, reference } from './entities-of.js'

describe('plural titles', () => {
  it('gives each name under "Senators A and B" the singular role', () => {
    const entities = entitiesOf('Senators Dara Kell and Owen Marsh introduced the bill on Tuesday.')
    expect(find(entities, 'Dara Kell')).toMatchObject({ type: 'person', role: 'Senator' })
    expect(find(entities, 'Owen Marsh')).toMatchObject({ type: 'person', role: 'Senator' })
  })

  it('reads longer lists, multi-word titles and qualifiers ("U.S. Senators", "Foreign Ministers")', () => {
    const three = entitiesOf('Representatives Lena Voss, Tomas Reyl and Ivo Brand backed it.')
    expect(ofType(three, 'person').map((p) => [p.name, p.role])).toEqual([
      ['Lena Voss', 'Representative'],
      ['Tomas Reyl', 'Representative'],
      ['Ivo Brand', 'Representative'],
    ])
    const ministers = entitiesOf('Foreign Ministers Aru Tole and Bek Sarin met in Astana.')
    expect(find(ministers, 'Bek Sarin')?.role).toBe('Foreign Minister')
    const qualified = entitiesOf('U.S. Senators Dara Kell and Owen Marsh spoke.')
    expect(find(qualified, 'Owen Marsh')?.role).toBe('U.S. Senator')
  })

  it('reads abbreviated plurals and party tags ("Sens. A (R-Idaho) and B (D-Del.)")', () => {
    const entities = entitiesOf('Sens. Dara Kell (R-Idaho) and Owen Marsh (D-Del.) wrote to them.')
    expect(find(entities, 'Dara Kell')?.role).toBe('Senator')
    expect(find(entities, 'Owen Marsh')?.role).toBe('Senator')
  })

  it('gives a known person later in the list the role too', () => {
    const entities = entitiesOf('Senators Dara Kell and Jim Risch spoke.')
    expect(find(entities, 'James Risch')?.role).toBe('Senator')
  })

  it('gives a singular title to the first name only', () => {
    const entities = entitiesOf('Senator Dara Kell and Owen Marsh spoke.')
    expect(find(entities, 'Dara Kell')?.role).toBe('Senator')
    expect(find(entities, 'Owen Marsh')).toBeUndefined()
  })

  it('does not read a plural title inside a body name as a person', () => {
    const entities = entitiesOf(
      'Members of the House of Representatives Foreign Affairs Committee spoke.',
    )
    expect(ofType(entities, 'person')).toEqual([])
    expect(find(entities, 'House of Representatives Foreign Affairs Committee')?.type).toBe(
      'organization',
    )
  })
})

describe('law names', () => {
  it('runs a law name left over a mineral the gazetteer matched', () => {
    const entities = entitiesOf(
      'Senators Dara Kell and Owen Marsh introduced the Critical Minerals Security Act on Tuesday.',
    )
    expect(find(entities, 'Critical Minerals Security Act')).toMatchObject({
      id: 'initiative:critical-minerals-security-act',
      type: 'initiative',
    })
    // A mineral inside the law's name is no mention of its own (CONVENTIONS.md).
    expect(entities.some((entity) => entity.id === 'mineral:critical-minerals')).toBe(false)
  })

  it('runs a law name left over words a span drops ("Central") and whole gazetteer names', () => {
    const trade = entitiesOf(
      'Representatives Lena Voss and Tomas Reyl backed the Central Asia Trade Act.',
    )
    expect(find(trade, 'Central Asia Trade Act')?.type).toBe('initiative')
    const short = entitiesOf('The Senate passed the Critical Minerals Act in May.')
    expect(find(short, 'Critical Minerals Act')?.type).toBe('initiative')
  })

  it('keeps the mineral when it is named outside the law too', () => {
    const entities = entitiesOf(
      'The Strategic Tungsten Reserve Act passed. Tungsten prices rose on the news.',
    )
    expect(find(entities, 'Strategic Tungsten Reserve Act')?.type).toBe('initiative')
    expect(mentionTexts(entities.find((entity) => entity.id === 'mineral:tungsten'))).toEqual([
      'Tungsten',
    ])
  })

  it('stops at lower-case words, possessives and countries', () => {
    const possessive = entitiesOf("Kazakhstan's Qaratau Subsoil Code was amended.")
    expect(find(possessive, 'Qaratau Subsoil Code')?.type).toBe('initiative')
    expect(possessive.some((entity) => entity.id === 'country:KZ')).toBe(true)
    const decree = entitiesOf('The cabinet issued the Ore Export Decree in May.')
    expect(find(decree, 'Ore Export Decree')?.type).toBe('initiative')
  })
})

describe('bill numbers', () => {
  it('reads "S. 1234" and "H.Res. 12" as initiatives', () => {
    const entities = entitiesOf('Senator Dara Kell introduced S. 1234 on Friday. H.Res. 12 failed.')
    expect(find(entities, 'S. 1234')).toMatchObject({ id: 'initiative:s-1234', type: 'initiative' })
    expect(find(entities, 'H.Res. 12')?.type).toBe('initiative')
  })

  it('makes a number written next to its act one entity, the act, with the number as alias', () => {
    const after = entitiesOf(
      'Sen. Dara Kell introduced S. 1234, the Strategic Ores Security Act, in March.',
    )
    expect(ofType(after, 'initiative')).toHaveLength(1)
    expect(find(after, 'Strategic Ores Security Act')?.aliases).toEqual(['S. 1234'])
    const before = entitiesOf(
      'The Strategic Ores Security Act (H.R. 567) passed the House. H.R. 567 now goes to the Senate.',
    )
    expect(ofType(before, 'initiative')).toHaveLength(1)
    expect(mentionTexts(find(before, 'Strategic Ores Security Act'))).toEqual([
      'Strategic Ores Security Act',
      'H.R. 567',
      'H.R. 567',
    ])
  })

  it('does not read the "S." of "U.S." before a number as a bill', () => {
    const entities = entitiesOf('The U.S. 2024 budget set aside funds.')
    expect(ofType(entities, 'initiative')).toEqual([])
  })
})

describe('export bans in verb form', () => {
  it('reads "banned exports of X" as the ban on exports of X', () => {
    const entities = entitiesOf('Beijing banned exports of gallium and germanium in July.')
    expect(ofType(entities, 'initiative')).toEqual([
      expect.objectContaining({
        name: 'Chinese ban on exports of gallium and germanium',
        mentions: [expect.objectContaining({ text: 'banned exports of gallium and germanium' })],
      }),
    ])
    expect(entities.some((entity) => entity.id === 'mineral:gallium')).toBe(true)
  })

  it('reads "a decree banning exports of X" and "bans the export of X"', () => {
    const decree = entitiesOf(
      "Kazakhstan's government issued a decree banning exports of tungsten.",
    )
    expect(ofType(decree, 'initiative').map((e) => e.name)).toEqual([
      'Kazakhstani ban on exports of tungsten',
    ])
    const bans = entitiesOf('The ministry bans the export of antimony.')
    expect(ofType(bans, 'initiative').map((e) => e.name)).toEqual(['ban on exports of antimony'])
  })

  it('links the verb form and a later "ban on exports" to one measure', () => {
    const entities = entitiesOf(
      'Beijing banned exports of gallium in July. Buyers said the ban on exports of gallium hurt supply.',
    )
    expect(ofType(entities, 'initiative')).toHaveLength(1)
  })

  it('makes the verb form a legislation fact too, introduced by the state that bans', () => {
    const { facts } = extract(
      {
        text: 'Beijing banned exports of gallium and germanium in July 2023.',
        published: '2026-01-15',
        language: 'en',
      },
      reference,
    )
    expect(facts).toEqual([
      expect.objectContaining({
        type: 'legislation',
        instrument: 'initiative:chinese-ban-on-exports-of-gallium-and-germanium',
        action: 'introduce',
        when: '2023-07',
      }),
    ])
  })
})

describe('capitals in a list of destinations', () => {
  it('reads a capital listed after a location-cued capital as the place', () => {
    const entities = entitiesOf('Senator Dara Kell will travel to Tashkent and Bishkek next week.')
    expect(entities.map((entity) => entity.id)).toEqual([
      'person:dara-kell',
      'place:uz-tashkent',
      'place:kg-bishkek',
    ])
    const three = entitiesOf('Secretary Ruth Amsel will visit Astana, Tashkent or Bishkek.')
    expect(ofType(three, 'place').map((e) => e.id)).toEqual([
      'place:kz-astana',
      'place:uz-tashkent',
      'place:kg-bishkek',
    ])
  })

  it('keeps metonyms outside such a list as states', () => {
    const entities = entitiesOf(
      'The envoy flew to Astana. Tashkent and Bishkek welcomed the move. Washington and Beijing disagreed.',
    )
    expect(entities.map((entity) => entity.id)).toEqual([
      'place:kz-astana',
      'country:UZ',
      'country:KG',
      'country:US',
      'country:CN',
    ])
  })
})
