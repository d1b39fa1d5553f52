import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

const law = { 'Zorvath Amendment': 'initiative' } as const

describe('a bill named by what it does to a named law', () => {
  it('reads "a bill introduced in February by A would exempt it from X" as a repeal of X', () => {
    const text =
      'A bill introduced in February by Representative Lena Drift would grant Moldova normal trade relations and so exempt it from the Zorvath Amendment.'
    const facts = ofType(
      factsOf(text, { ...law, 'Lena Drift': 'person' }, '2025-11-10'),
      'legislation',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]).toMatchObject({
      sponsor: 'person:lena-drift',
      instrument: 'initiative:zorvath-amendment',
      action: 'repeal',
      when: '2025-02',
      status: 'introduced',
    })
  })

  it('reads "graduate Kazakhstan from" and "an end to" as a repeal', () => {
    const graduate = ofType(
      factsOf(
        'Senator Mara Quill filed a measure that would graduate Kazakhstan from the Zorvath Amendment.',
        { ...law, 'Mara Quill': 'person' },
      ),
      'legislation',
    )
    expect(graduate.some((f) => f.action === 'repeal' && f.sponsor === 'person:mara-quill')).toBe(
      true,
    )
    const end = ofType(
      factsOf(
        'Lawmakers have proposed a bill that would bring an end to the Zorvath Amendment.',
        law,
      ),
      'legislation',
    )
    expect(end).toHaveLength(1)
    expect(end[0]).toMatchObject({ action: 'repeal', status: 'proposed' })
  })

  it('reads "lift X restrictions" in a legislative sentence', () => {
    const facts = ofType(
      factsOf('Lawmakers want to lift Jackson-Vanik restrictions on Uzbekistan.', {}),
      'legislation',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]).toMatchObject({
      instrument: 'initiative:jackson-vanik-amendment',
      action: 'repeal',
      jurisdiction: 'country:US',
    })
  })

  it('gives a law of one state that state as jurisdiction', () => {
    const text =
      'A bill introduced in March by Representative Lena Drift would exempt Kazakhstan from the Jackson-Vanik amendment.'
    const facts = ofType(factsOf(text, { 'Lena Drift': 'person' }), 'legislation')
    expect(facts[0]?.jurisdiction).toBe('country:US')
  })

  it('makes no legislation of an exemption outside a bill or a law not named as one', () => {
    expect(
      ofType(
        factsOf('Exporters were exempt from the Zorvath Amendment, the ministry said.', law),
        'legislation',
      ),
    ).toEqual([])
    expect(
      ofType(
        factsOf('The bill would exempt miners from the Zorvath Programme.', {
          'Zorvath Programme': 'initiative',
        }),
        'legislation',
      ),
    ).toEqual([])
  })
})
