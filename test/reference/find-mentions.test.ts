import { beforeAll, describe, expect, it } from 'vitest'
import { loadReference, type Reference } from '../../src/reference/index.js'

// Sentences are invented around real names, so a pass proves the index, not one article.
let ref: Reference

beforeAll(() => {
  const loaded = loadReference()
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem))
  ref = loaded.value
})

/** `[text, first candidate, kind]` of every match. */
function found(text: string): Array<[string, string, string]> {
  return ref.findMentions(text).map((match) => [match.text, match.entityIds[0] ?? '', match.kind])
}

describe('findMentions', () => {
  it('reads "U.S." and "the United States" as the US, and never the pronoun "us"', () => {
    const text = 'Officials of the U.S. told us the United States would help us.'
    expect(found(text)).toEqual([
      ['U.S.', 'country:US', 'acronym'],
      ['United States', 'country:US', 'name'],
    ])
  })

  it('reads "Kazakh officials" as Kazakhstan by its demonym', () => {
    expect(found('Kazakh officials met the Zorvath delegation.')).toEqual([
      ['Kazakh', 'country:KZ', 'demonym'],
    ])
  })

  it('ends a possessive country before its ’s and finds the region after it', () => {
    const text = 'Kazakhstan’s Karaganda Region hosts the Qaratau project.'
    const matches = ref.findMentions(text)
    expect(matches.map((match) => [match.text, match.entityIds[0]])).toEqual([
      ['Kazakhstan', 'country:KZ'],
      ['Karaganda Region', 'place:kz-karaganda-region'],
    ])
    expect(text.slice(matches[0]?.start, matches[0]?.end)).toBe('Kazakhstan')
  })

  it('knows transliterated deposit and region names', () => {
    expect(found('Zorvath Capital will drill Severny Katpar and Verkhnee Kairakty.')).toEqual([
      ['Severny Katpar', 'place:kz-northern-katpar', 'alias'],
      ['Verkhnee Kairakty', 'place:kz-upper-kairakty', 'alias'],
    ])
    expect(found('A plant in Qaraghandy region.')[0]?.[1]).toBe('place:kz-karaganda-region')
  })

  it('maps wolfram, APT, WO3 and U3O8 to their parent minerals', () => {
    const ids = ref
      .findMentions('Zorvath sells wolfram and APT with 65% WO3, and U3O8 as yellowcake.')
      .map((match) => match.entityIds[0])
    expect(ids).toEqual([
      'mineral:tungsten',
      'mineral:tungsten',
      'mineral:tungsten',
      'mineral:uranium',
      'mineral:uranium',
    ])
  })

  it('does not read a lower-case "apt" as the tungsten intermediate', () => {
    expect(found('an apt remark')).toEqual([])
  })

  it('expands "the five Central Asian states" to the five ids', () => {
    const [match] = ref.findMentions('Leaders of the five Central Asian states met in Qaratau.')
    expect(match?.kind).toBe('group')
    expect(match?.groupId).toBe('group:c5')
    expect(match?.entityIds).toEqual([
      'country:KZ',
      'country:KG',
      'country:TJ',
      'country:TM',
      'country:UZ',
    ])
  })

  it('finds nothing in a bare region', () => {
    expect(found('Investors are looking at Central Asia again.')).toEqual([])
    expect(found('Central Asian leaders spoke.')).toEqual([])
  })

  it('prefers the longest match: the bank, not the country inside its name', () => {
    expect(found('The Export-Import Bank of the United States lent Zorvath $90 million.')).toEqual([
      ['Export-Import Bank of the United States', 'organization:us-exim', 'name'],
    ])
  })

  it('yields no place or country for one inside an unknown company name', () => {
    expect(found('Astana Zorvath Mining Company and Kazakhstan Qaratau Holdings signed.')).toEqual(
      [],
    )
    expect(found('Shares of Astana Mining Company rose.')).toEqual([
      ['Astana Mining Company', 'organization:snurdc-astana-mining', 'alias'],
    ])
  })

  it('offers both the place and the state for a capital', () => {
    const [match] = ref.findMentions('Talks in Astana ended.')
    expect(match?.candidates).toEqual([
      { id: 'place:kz-astana', kind: 'name' },
      { id: 'country:KZ', kind: 'metonym' },
    ])
  })

  it('matches a hyphen as a space and a curly apostrophe as a straight one', () => {
    expect(found('a bill to repeal Jackson Vanik')[0]?.[1]).toBe(
      'initiative:jackson-vanik-amendment',
    )
    expect(found('the People’s Republic of China')[0]?.[1]).toBe('country:CN')
  })

  it('keeps acronyms and single capitalised words case-bound, but reads datelines', () => {
    expect(found('the states agreed; they cove the boat')).toEqual([])
    expect(found('ASTANA, Nov. 5 —')[0]?.[1]).toBe('place:kz-astana')
  })

  it('flags forms that may name something else', () => {
    const [japarov] = ref.findMentions('Japarov said so.')
    expect(japarov?.isAmbiguous).toBe(true)
    expect(japarov?.entityIds).toEqual(['person:akylbek-japarov', 'person:sadyr-japarov'])
    expect(ref.findMentions('Zorvath will lead the talks.')[0]?.isAmbiguous).toBe(true)
  })

  it('returns offsets that index the input', () => {
    const text = 'In Washington, Rubio met Uzbek and Tajik ministers.'
    for (const match of ref.findMentions(text)) {
      expect(text.slice(match.start, match.end)).toBe(match.text)
    }
  })
})

describe('group phrases', () => {
  it('reads digits and leaders of a counted group as the group', () => {
    const c5 = ['country:KZ', 'country:KG', 'country:TJ', 'country:TM', 'country:UZ']
    for (const text of [
      'The summit included all 5 Central Asian Presidents.',
      'The five Central Asian leaders met in Astana.',
      'Aid reached the 5 Central Asian nations.',
      'The five Central Asian heads of state signed it.',
    ]) {
      const group = ref.findMentions(text).find((match) => match.kind === 'group')
      expect(group?.entityIds, text).toEqual(c5)
    }
  })

  it('does not read uncounted "Central Asian leaders" as the five states', () => {
    const matches = ref.findMentions('Several Central Asian leaders attended.')
    expect(matches.filter((match) => match.kind === 'group')).toEqual([])
  })
})
