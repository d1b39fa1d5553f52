import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

describe('investments with no investor, and several investors', () => {
  it('reads the value of planned projects as a planned investment with no investor', () => {
    for (const text of [
      "Projects worth $1.6 billion are planned in Uzbekistan's copper sector.",
      "Projects worth a combined $1.6 billion are planned in Uzbekistan's copper sector.",
      'Copper projects worth a total of $1.6 billion are planned in Uzbekistan.',
    ]) {
      const facts = ofType(factsOf(text, {}), 'investment')
      expect(facts).toHaveLength(1)
      expect(facts[0]).toMatchObject({
        recipient_country: 'country:UZ',
        minerals: ['mineral:copper'],
        amount: { value: 1600000000, currency: 'USD' },
        status: 'planned',
      })
      expect(facts[0]?.investor).toBeUndefined()
    }
  })

  it('lists investors joined by commas and "and", with "will co-finance" as announced', () => {
    const text =
      'Zorvath Capital, Marrow Fund and Kestrel Bank will co-finance the $500 million Korvath copper expansion.'
    const facts = ofType(
      factsOf(text, {
        'Zorvath Capital': 'organization',
        'Marrow Fund': 'organization',
        'Kestrel Bank': 'organization',
        Korvath: 'place',
      }),
      'investment',
    )
    expect(facts).toHaveLength(1)
    expect(facts[0]?.investor).toEqual([
      'organization:zorvath-capital',
      'organization:marrow-fund',
      'organization:kestrel-bank',
    ])
    expect(facts[0]?.status).toBe('announced')
  })

  it('makes no investment of co-financing with no amount', () => {
    const text = 'Zorvath Capital and Marrow Fund will co-finance the Korvath copper expansion.'
    expect(
      ofType(
        factsOf(text, {
          'Zorvath Capital': 'organization',
          'Marrow Fund': 'organization',
          Korvath: 'place',
        }),
        'investment',
      ),
    ).toEqual([])
  })

  it('makes no investment of a project worth a share of exports', () => {
    const text = 'Copper worth a combined $1.6 billion was exported from Uzbekistan last year.'
    expect(ofType(factsOf(text, {}), 'investment')).toEqual([])
  })
})
