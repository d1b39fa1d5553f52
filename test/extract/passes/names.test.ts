import { describe, expect, it } from 'vitest'
import { entitiesOf, find, mentionTexts } from './entities-of.js'

describe('people', () => {
  it('reads a title before a name as a person with that role', () => {
    const entities = entitiesOf(
      'Deputy Minister Aigerim Sadykova met Senator Tobias Renwick in Almaty on Monday.',
    )
    expect(find(entities, 'Aigerim Sadykova')).toMatchObject({
      id: 'person:aigerim-sadykova',
      type: 'person',
      role: 'Deputy Minister',
    })
    expect(find(entities, 'Tobias Renwick')?.role).toBe('Senator')
  })

  it('reads a lower-case title and an abbreviated one ("chief executive", "Sens.")', () => {
    const entities = entitiesOf(
      'The deal was signed by Zorvath Capital chief executive Marten Oakes. Sens. Lida Varga and others backed it.',
    )
    expect(find(entities, 'Marten Oakes')?.role).toBe('Zorvath Capital chief executive')
    expect(find(entities, 'Lida Varga')?.role).toBe('Senator')
  })

  it('reads an apposition after a name ("Jane Doe, an analyst at …")', () => {
    const entities = entitiesOf(
      '"Prices will rise," said Oskar Lindqvist, an analyst at the Oslo-based Fjordline Institute.',
    )
    expect(find(entities, 'Oskar Lindqvist')).toMatchObject({ type: 'person', role: 'Analyst' })
    expect(find(entities, 'Fjordline Institute')?.type).toBe('organization')
  })

  it('reads a verb of saying or ", who" as a person cue', () => {
    const entities = entitiesOf(
      'The ore is good, Bakhyt Zhumabek said. Fans honoured Rustam Ilyasov, who played here.',
    )
    expect(find(entities, 'Bakhyt Zhumabek')?.type).toBe('person')
    expect(find(entities, 'Rustam Ilyasov')?.type).toBe('person')
    expect(find(entities, 'Rustam Ilyasov')?.role).toBeUndefined()
  })

  it('links a later surname to the full name', () => {
    const entities = entitiesOf(
      'Analyst Nurlan Tasbolat expects growth. Tasbolat said exports would double. Tasbolat’s team agreed.',
    )
    expect(mentionTexts(find(entities, 'Nurlan Tasbolat'))).toEqual([
      'Nurlan Tasbolat',
      'Tasbolat',
      'Tasbolat',
    ])
  })

  it('does not make a person of capitalised words without a cue', () => {
    const entities = entitiesOf('Green Valley Logic was the headline. Red Square Lights shone.')
    expect(entities.filter((entity) => entity.type === 'person')).toEqual([])
  })
})

describe('organisations', () => {
  it('reads company suffixes and links the short form', () => {
    const entities = entitiesOf(
      'Zorvath Capital and Kestrel Antimony Corp. agreed terms. Zorvath will pay $40 million.',
    )
    expect(find(entities, 'Zorvath Capital')).toMatchObject({
      id: 'organization:zorvath-capital',
      type: 'organization',
    })
    expect(mentionTexts(find(entities, 'Zorvath Capital'))).toContain('Zorvath')
    expect(find(entities, 'Kestrel Antimony Corp.')?.type).toBe('organization')
  })

  it('names a ministry after the state whose possessive precedes it', () => {
    const entities = entitiesOf(
      'Kyrgyzstan’s Ministry of Steppe Affairs and Geology issued a decree.',
    )
    const ministry = find(entities, 'Ministry of Steppe Affairs and Geology of Kyrgyzstan')
    expect(ministry?.type).toBe('organization')
    expect(mentionTexts(ministry)).toEqual(['Ministry of Steppe Affairs and Geology'])
  })

  it('reads descriptors before a name and appositions after it', () => {
    const entities = entitiesOf(
      'The plant is run by trading house Qarluq Shoji. Veltrano, a Spanish builder of rail lines, bid too.',
    )
    expect(find(entities, 'Qarluq Shoji')?.type).toBe('organization')
    expect(find(entities, 'Veltrano')?.type).toBe('organization')
  })

  it('reads both names of "the X and Y joint ventures"', () => {
    const entities = entitiesOf('It holds stakes in the Tasqala-K and Ortabel joint ventures.')
    expect(find(entities, 'Tasqala-K')?.type).toBe('organization')
    expect(find(entities, 'Ortabel')?.type).toBe('organization')
  })

  it('takes a news agency cited as a source, but not a wire or photo credit', () => {
    const entities = entitiesOf(
      'QARATAU, Kazakhstan (Steppe Wire) — Exports rose, according to Vestnik. Photo: Reuters.',
    )
    expect(find(entities, 'Vestnik')?.type).toBe('organization')
    expect(find(entities, 'Steppe Wire')).toBeUndefined()
    expect(entities.some((entity) => entity.name === 'Reuters')).toBe(false)
  })

  it('links "the company" only when one organisation is in play', () => {
    const one = entitiesOf('Zorvath Capital said the company would grow.')
    expect(mentionTexts(find(one, 'Zorvath Capital'))).toEqual(['Zorvath Capital', 'the company'])
    expect(find(one, 'Zorvath Capital')?.aliases ?? []).not.toContain('the company')
    const two = entitiesOf('Zorvath Capital and Kestrel Mining said the company would grow.')
    expect(mentionTexts(find(two, 'Zorvath Capital'))).toEqual(['Zorvath Capital'])
  })
})

describe('places', () => {
  it('reads deposits, facilities and regions with their country', () => {
    const entities = entitiesOf(
      'The Qaratau deposit lies in Kyrgyzstan’s Zhalgyz region, near the Beltau antimony plant.',
    )
    expect(find(entities, 'Qaratau')).toMatchObject({ type: 'place', id: 'place:qaratau' })
    expect(find(entities, 'Zhalgyz Region')).toMatchObject({ type: 'place', country: 'KG' })
    expect(mentionTexts(find(entities, 'Zhalgyz Region'))).toEqual(['Zhalgyz region'])
    expect(find(entities, 'Beltau antimony plant')?.type).toBe('place')
  })

  it('reads location cues, "-based" and a town joined to a known city', () => {
    const entities = entitiesOf(
      'Prices rose in Vellmar. The Tarnow-based firm will ship to Almaty and Qostobe.',
    )
    expect(find(entities, 'Vellmar')?.type).toBe('place')
    expect(find(entities, 'Tarnow')?.type).toBe('place')
    expect(find(entities, 'Qostobe')?.type).toBe('place')
  })

  it('reads an unknown dateline as a place in the country it names', () => {
    const entities = entitiesOf('ZHANATAS-TAU, Kazakhstan — The mine reopened on Monday.')
    expect(find(entities, 'Zhanatas-Tau')).toMatchObject({ type: 'place', country: 'KZ' })
  })

  it('does not guess places from months or sentence openers', () => {
    const entities = entitiesOf('In March, output fell. In Zorvath Capital we trust.')
    expect(entities.filter((entity) => entity.type === 'place')).toEqual([])
  })
})

describe('initiatives', () => {
  it('reads named acts and programmes', () => {
    const entities = entitiesOf(
      'The Steppe Minerals Act of 2024 set up the Qaratau Green Corridor Initiative.',
    )
    expect(find(entities, 'Steppe Minerals Act of 2024')?.type).toBe('initiative')
    expect(find(entities, 'Qaratau Green Corridor Initiative')?.type).toBe('initiative')
  })

  it('reads export measures, one entity per kind, named with the state that imposes them', () => {
    const entities = entitiesOf(
      'China’s ban on exports of antimony to the United States hurt buyers. A ban on exports of gallium and antimony to the United States followed. China also placed tungsten under export controls.',
    )
    const ban = entities.find((entity) => entity.name.startsWith('Chinese ban on exports'))
    expect(ban?.type).toBe('initiative')
    expect(mentionTexts(ban)).toEqual([
      'ban on exports of antimony to the United States',
      'ban on exports of gallium and antimony to the United States',
    ])
    expect(find(entities, 'Chinese export controls on tungsten')?.type).toBe('initiative')
  })
})

describe('other languages', () => {
  it('finds inflected Russian forms of known entities and guesses no unknown ones', () => {
    const entities = entitiesOf(
      'Президент Касым-Жомарт Токаев прибыл в Вашингтоне. Аналитик Зорват Капиталов сказал.',
      'ru',
    )
    expect(entities.map((entity) => entity.id)).toContain('person:kassym-jomart-tokayev')
    expect(entities.map((entity) => entity.id)).toContain('place:us-washington-dc')
    expect(entities.some((entity) => entity.id.includes('zorvat'))).toBe(false)
  })
})

describe('offsets', () => {
  it('slice back to the mention text for every found entity', () => {
    const text =
      'ASTANA — Zorvath Capital chief executive Marten Oakes said the Qaratau deposit in Kyrgyzstan’s Zhalgyz region is rich. Oakes added that a ban on exports of tungsten ore was coming.'
    for (const entity of entitiesOf(text)) {
      for (const mention of entity.mentions) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.text)
      }
    }
  })
})
