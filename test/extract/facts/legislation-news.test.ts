import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

/** Invented lawmakers and laws, as political copy names them. */
const NAMES = {
  'Dara Kell': 'person',
  'Owen Marsh': 'person',
  'Ilse Varga': 'person',
  'Strategic Minerals Reserve Act': 'initiative',
  'Mineral Supply Chain Act of 2025': 'initiative',
  'Qaratau Subsoil Code': 'initiative',
  'Zorvath Amendment': 'initiative',
  'Qaratau Partnership': 'initiative',
  'Zorvath Capital': 'organization',
} as const

const ACT = 'initiative:strategic-minerals-reserve-act'
const SUPPLY = 'initiative:mineral-supply-chain-act-of-2025'

const lawsOf = (text: string, published?: string) =>
  ofType(factsOf(text, NAMES, published), 'legislation')

describe('the stages of a named bill', () => {
  it('reads "the House passed the X Act" as passed', () => {
    const laws = lawsOf('The House passed the Mineral Supply Chain Act of 2025 on Tuesday.')
    expect(laws).toHaveLength(1)
    expect(laws[0]?.instrument).toBe(SUPPLY)
    expect(laws[0]?.action).toBe('pass')
    expect(laws[0]?.status).toBe('passed')
    expect(laws[0]?.when).toBe('2025-12-23')
  })

  it('reads "X signed the Act into law" as enacted, with X as sponsor', () => {
    const laws = lawsOf(
      'President Ilse Varga signed the Strategic Minerals Reserve Act into law on Friday.',
    )
    expect(laws).toHaveLength(1)
    expect(laws[0]?.sponsor).toBe('person:ilse-varga')
    expect(laws[0]?.instrument).toBe(ACT)
    expect(laws[0]?.action).toBe('sign')
    expect(laws[0]?.status).toBe('enacted')
  })

  it('reads the passive "the Act was signed into law in July"', () => {
    const laws = lawsOf('The Strategic Minerals Reserve Act was signed into law in July.')
    expect(laws[0]?.instrument).toBe(ACT)
    expect(laws[0]?.status).toBe('enacted')
    expect(laws[0]?.when).toBe('2025-07')
  })

  it('reads "passed ... and was signed by P" as two stages of the one law', () => {
    const laws = lawsOf(
      'The Strategic Minerals Reserve Act passed with bipartisan support and was signed by President Ilse Varga in July.',
    )
    expect(laws.map((l) => l.status)).toEqual(['passed', 'enacted'])
    expect(laws.map((l) => l.instrument)).toEqual([ACT, ACT])
    expect(laws[1]?.sponsor).toBe('person:ilse-varga')
    expect(laws[1]?.action).toBe('sign')
  })

  it('reads "introduced S. 1234, the X Act" with its sponsor and month', () => {
    const laws = lawsOf(
      'Senator Dara Kell introduced S. 1234, the Mineral Supply Chain Act of 2025, in March.',
    )
    expect(laws).toHaveLength(1)
    expect(laws[0]?.sponsor).toBe('person:dara-kell')
    expect(laws[0]?.instrument).toBe(SUPPLY)
    expect(laws[0]?.action).toBe('introduce')
    expect(laws[0]?.status).toBe('introduced')
    expect(laws[0]?.when).toBe('2025-03')
  })

  it('reads "the Act, introduced by Senators A and B," with sponsors after the verb', () => {
    const laws = lawsOf(
      'The Strategic Minerals Reserve Act, introduced by Senators Dara Kell and Owen Marsh, would create a stockpile.',
    )
    expect(laws).toHaveLength(1)
    expect(laws[0]?.sponsor).toEqual(['person:dara-kell', 'person:owen-marsh'])
    expect(laws[0]?.instrument).toBe(ACT)
    expect(laws[0]?.status).toBe('introduced')
  })

  it('gives "sponsored by" sponsors to the stage the sentence states', () => {
    const laws = lawsOf(
      'The Strategic Minerals Reserve Act, sponsored by Senator Dara Kell, passed the Senate on Tuesday.',
    )
    expect(laws).toHaveLength(1)
    expect(laws[0]?.sponsor).toBe('person:dara-kell')
    expect(laws[0]?.status).toBe('passed')
    expect(laws[0]?.action).toBe('pass')
  })

  it('reads "X is sponsoring the Act" as an introduced bill', () => {
    const laws = lawsOf('Senator Dara Kell is sponsoring the Strategic Minerals Reserve Act.')
    expect(laws[0]?.sponsor).toBe('person:dara-kell')
    expect(laws[0]?.status).toBe('introduced')
  })

  it('reads "parliament adopted the Code" and "passed amendments to the Code"', () => {
    const adopted = lawsOf("Kazakhstan's parliament adopted the Qaratau Subsoil Code in October.")
    expect(adopted[0]?.instrument).toBe('initiative:qaratau-subsoil-code')
    expect(adopted[0]?.status).toBe('passed')
    const amended = lawsOf(
      "Mongolia's parliament passed amendments to the Qaratau Subsoil Code in April.",
    )
    expect(amended[0]?.action).toBe('amend')
    expect(amended[0]?.status).toBe('passed')
  })

  it('reads "X signed a new Code in 2017" as enacted', () => {
    const laws = lawsOf('President Ilse Varga signed a new Qaratau Subsoil Code in 2017.')
    expect(laws[0]?.sponsor).toBe('person:ilse-varga')
    expect(laws[0]?.instrument).toBe('initiative:qaratau-subsoil-code')
    expect(laws[0]?.when).toBe('2017')
  })

  it('reads "the Act took effect" as in force', () => {
    const laws = lawsOf('The Strategic Minerals Reserve Act took effect on January 1.')
    expect(laws[0]?.instrument).toBe(ACT)
    expect(laws[0]?.status).toBe('in-force')
  })

  it('reads "the Senate passed the bill" as the bill named before', () => {
    const text =
      'Senator Dara Kell introduced the Strategic Minerals Reserve Act in March. ' +
      'The Senate passed the bill in July.'
    const laws = lawsOf(text)
    expect(laws).toHaveLength(2)
    expect(laws.map((l) => l.instrument)).toEqual([ACT, ACT])
    expect(laws.map((l) => l.status)).toEqual(['introduced', 'passed'])
    expect(laws[1]?.when).toBe('2025-07')
  })

  it('reads "the Act, which Congress passed in 2022" and "the measure, which passed"', () => {
    const which = lawsOf(
      'The Strategic Minerals Reserve Act, which Congress passed in 2022, funds a stockpile.',
    )
    expect(which[0]?.instrument).toBe(ACT)
    expect(which[0]?.status).toBe('passed')
    expect(which[0]?.when).toBe('2022')
    const text =
      'Senator Dara Kell introduced the Strategic Minerals Reserve Act in March. ' +
      'The measure, which passed the House in May, now goes to the Senate.'
    const laws = lawsOf(text)
    expect(laws.map((l) => l.status)).toEqual(['introduced', 'passed'])
    expect(laws[1]?.instrument).toBe(ACT)
  })

  it('keeps a repeal as the action of a passed bill', () => {
    const laws = lawsOf('The House passed a bill to repeal the Zorvath Amendment for Uzbekistan.')
    expect(laws).toHaveLength(1)
    expect(laws[0]?.instrument).toBe('initiative:zorvath-amendment')
    expect(laws[0]?.action).toBe('repeal')
    expect(laws[0]?.status).toBe('passed')
  })
})

describe('what is not a legislative act', () => {
  it('makes nothing of an opinion or a vote against', () => {
    expect(
      lawsOf('Senator Dara Kell said the Strategic Minerals Reserve Act was a good idea.'),
    ).toEqual([])
    expect(lawsOf('Senator Dara Kell voted against the Strategic Minerals Reserve Act.')).toEqual(
      [],
    )
  })

  it('makes nothing of a failed or conditional passage', () => {
    expect(lawsOf('The Senate failed to pass the Strategic Minerals Reserve Act.')).toEqual([])
    expect(lawsOf('The House has not passed the Strategic Minerals Reserve Act.')).toEqual([])
    expect(lawsOf('If passed, the Strategic Minerals Reserve Act would fund a stockpile.')).toEqual(
      [],
    )
  })

  it('makes nothing of an agreement signed or adopted (not a law)', () => {
    expect(lawsOf('Zorvath Capital signed the Qaratau Partnership with Kazakhstan.')).toEqual([])
    expect(lawsOf('The Qaratau Partnership was adopted in Astana.')).toEqual([])
  })

  it('makes nothing of a law named far from the verb', () => {
    const text = 'The Strategic Minerals Reserve Act aside, lawmakers passed a budget on Friday.'
    expect(lawsOf(text)).toEqual([])
  })
})
