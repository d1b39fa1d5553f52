import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

const agreements = (text: string) =>
  ofType(factsOf(text, { 'Zorvath Platform': 'initiative' }), 'agreement')

describe('agreements between states', () => {
  it('reads a signed framework between two states, with its minerals', () => {
    const [fact, ...rest] = agreements(
      'Uzbekistan signed a critical minerals framework with the United States.',
    )
    expect(rest).toEqual([])
    expect(fact).toMatchObject({
      parties: ['country:UZ', 'country:US'],
      kind: 'framework',
      subjects: ['mineral:critical-minerals'],
      status: 'signed',
    })
  })

  it('makes no agreement of "within the framework of" or a legal framework', () => {
    expect(
      agreements(
        'Kazakhstan and Uzbekistan signed nothing new within the framework of the Zorvath Platform.',
      ).filter((f) => f.kind === 'framework'),
    ).toEqual([])
    expect(
      agreements('Kazakhstan adopted a new legal framework for critical minerals in 2024.'),
    ).toEqual([])
  })

  it('makes no agreement of a framework named by one state without a status', () => {
    expect(agreements('Kazakhstan has a framework for tungsten exports.')).toEqual([])
  })

  it('reads "an MoU signed by X and Y in 2022"', () => {
    const [fact] = agreements(
      'The plan rests on a memorandum of understanding signed by Kazakhstan and Japan in 2022.',
    )
    expect(fact).toMatchObject({
      parties: ['country:KZ', 'country:JP'],
      kind: 'mou',
      when: '2022',
      status: 'signed',
    })
  })

  it('reads an MoU between a state and the EU', () => {
    const [fact] = agreements(
      'Kazakhstan and the European Union signed an MoU on raw materials in November 2022.',
    )
    expect(fact).toMatchObject({
      parties: ['country:KZ', 'organization:eu'],
      kind: 'mou',
      when: '2022-11',
      status: 'signed',
    })
  })
})
