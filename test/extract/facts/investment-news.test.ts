import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

// Sentences shaped like business and wire copy, with invented names only.
const NAMES = {
  'Zorvath Capital': 'organization',
  'Zorvath Bank': 'organization',
  'Vell Minerals': 'organization',
  'Qaratau Mining': 'organization',
  'Belmor Resources': 'organization',
  'Orsk Development Bank': 'organization',
  Velmora: 'place',
  Kestrel: 'place',
} as const

const investments = (text: string) => ofType(factsOf(text, NAMES), 'investment')
const one = (text: string) => {
  const facts = investments(text)
  expect(facts).toHaveLength(1)
  return facts[0]
}

describe('putting money in', () => {
  it('reads "will put $500m into" a site', () => {
    expect(one('Zorvath Capital will put $500m into the Velmora copper project.')).toMatchObject({
      investor: 'organization:zorvath-capital',
      site: 'place:velmora',
      amount: { value: 500_000_000, currency: 'USD' },
      status: 'announced',
    })
  })

  it('reads "has committed" an amount to a company', () => {
    expect(
      one('Zorvath Capital has committed $250 million to Qaratau Mining for its tungsten mine.'),
    ).toMatchObject({
      investor: 'organization:zorvath-capital',
      recipient: 'organization:qaratau-mining',
      amount: { value: 250_000_000 },
      status: 'announced',
    })
  })

  it('reads "earmarked" and "allocated" amounts', () => {
    expect(
      one('Zorvath Bank has earmarked $120 million for the Kestrel lithium project.'),
    ).toMatchObject({
      investor: 'organization:zorvath-bank',
      site: 'place:kestrel',
      amount: { value: 120_000_000 },
    })
    expect(
      one('Zorvath Capital allocated 40 billion tenge to the development of the Velmora deposit.'),
    ).toMatchObject({
      investor: 'organization:zorvath-capital',
      site: 'place:velmora',
      amount: { value: 40_000_000_000, currency: 'KZT' },
    })
  })

  it('reads "plans to spend" on a mine as a planned investment', () => {
    expect(
      one('Vell Minerals plans to spend $75 million on expanding the Kestrel mine next year.'),
    ).toMatchObject({
      investor: 'organization:vell-minerals',
      site: 'place:kestrel',
      amount: { value: 75_000_000 },
      status: 'planned',
    })
  })

  it('reads a possessive investor: "X\'s $2 billion investment in Y"', () => {
    expect(
      one("Zorvath Capital's $2 billion investment in Qaratau Mining was approved on Monday."),
    ).toMatchObject({
      investor: 'organization:zorvath-capital',
      recipient: 'organization:qaratau-mining',
      amount: { value: 2_000_000_000 },
    })
  })

  it('reads "investments totalling" an amount', () => {
    expect(
      one('Zorvath Capital announced investments totalling $3.4 billion in Kazakhstan.'),
    ).toMatchObject({
      investor: 'organization:zorvath-capital',
      recipient_country: 'country:KZ',
      amount: { value: 3_400_000_000 },
    })
  })

  it('reads the passive "$300m will be invested by X in Y"', () => {
    expect(one('$300m will be invested by Zorvath Capital in Qaratau Mining.')).toMatchObject({
      investor: 'organization:zorvath-capital',
      recipient: 'organization:qaratau-mining',
      amount: { value: 300_000_000 },
    })
  })

  it('reads "is being financed by" with the lender as investor', () => {
    expect(
      one('The Kestrel smelter is being financed by Zorvath Bank with a $90 million package.'),
    ).toMatchObject({
      investor: 'organization:zorvath-bank',
      site: 'place:kestrel',
      amount: { value: 90_000_000 },
    })
  })
})

describe('loans and financing received', () => {
  it('makes the lender, not the borrower, the investor of a secured loan', () => {
    expect(
      one('Qaratau Mining secured a $200 million loan from Zorvath Bank last month.'),
    ).toMatchObject({
      investor: 'organization:zorvath-bank',
      recipient: 'organization:qaratau-mining',
      amount: { value: 200_000_000 },
      instrument: 'loan',
    })
  })

  it('reads "received $X in financing from Y"', () => {
    expect(
      one('Belmor Resources received $45 million in financing from Orsk Development Bank.'),
    ).toMatchObject({
      investor: 'organization:orsk-development-bank',
      recipient: 'organization:belmor-resources',
      amount: { value: 45_000_000 },
      instrument: 'financing',
    })
  })

  it('reads "financing of up to $900 million from X for Y"', () => {
    expect(
      one(
        'The Kestrel project has been offered financing of up to $900 million from Zorvath Bank.',
      ),
    ).toMatchObject({
      investor: 'organization:zorvath-bank',
      site: 'place:kestrel',
      amount: { value: 900_000_000, qualifier: 'up-to' },
      instrument: 'financing',
    })
  })

  it('reads a credit line extended to a company', () => {
    expect(
      one('Orsk Development Bank extended a $60 million credit line to Belmor Resources.'),
    ).toMatchObject({
      investor: 'organization:orsk-development-bank',
      recipient: 'organization:belmor-resources',
      instrument: 'loan',
    })
  })
})

describe('who gives and who gets', () => {
  it('keeps the subject as investor when a receiving verb starts another phrase', () => {
    expect(
      one('Zorvath Capital won the tender and will invest $50m in the Kestrel mine.'),
    ).toMatchObject({ investor: 'organization:zorvath-capital', site: 'place:kestrel' })
    expect(
      one('Qaratau Mining secured approval to acquire Belmor Resources for $30 million.'),
    ).toMatchObject({
      investor: 'organization:qaratau-mining',
      recipient: 'organization:belmor-resources',
    })
  })

  it('reads "$X has been committed by Y to Z"', () => {
    expect(
      one('$250 million has been committed by Zorvath Capital to the Kestrel mine.'),
    ).toMatchObject({
      investor: 'organization:zorvath-capital',
      site: 'place:kestrel',
      amount: { value: 250_000_000 },
      status: 'announced',
    })
  })

  it("gives a verb's amount to the loan it names, with the verb's subject as lender", () => {
    expect(
      one('Orsk Development Bank committed a $70 million loan to Belmor Resources.'),
    ).toMatchObject({
      investor: 'organization:orsk-development-bank',
      recipient: 'organization:belmor-resources',
      amount: { value: 70_000_000 },
      instrument: 'loan',
      status: 'announced',
    })
  })
})

describe('stakes and acquisitions', () => {
  it('reads "agreed to buy a 49% share in Y from Z for $90m" with buyer, target and price', () => {
    const fact = one(
      'Zorvath Capital agreed to buy a 49% share in Qaratau Mining from Vell Minerals for $90m.',
    )
    expect(fact).toMatchObject({
      investor: 'organization:zorvath-capital',
      recipient: 'organization:qaratau-mining',
      stake_percent: 49,
      amount: { value: 90_000_000 },
      instrument: 'equity',
    })
  })

  it('reads "Z sold its 30% interest in Y to X" with X as the investor', () => {
    expect(
      one(
        'Vell Minerals sold its 30% interest in Qaratau Mining to Zorvath Capital for $40 million.',
      ),
    ).toMatchObject({
      investor: 'organization:zorvath-capital',
      recipient: 'organization:qaratau-mining',
      stake_percent: 30,
      amount: { value: 40_000_000 },
      status: 'completed',
    })
  })

  it('reads "completed the acquisition of Y for $Z"', () => {
    expect(
      one('Zorvath Capital completed the acquisition of Belmor Resources for $310 million.'),
    ).toMatchObject({
      investor: 'organization:zorvath-capital',
      recipient: 'organization:belmor-resources',
      amount: { value: 310_000_000 },
      instrument: 'equity',
      status: 'completed',
    })
  })

  it("reads a joint venture with a value as the partners' investment", () => {
    const fact = one(
      'Zorvath Capital and Qaratau Mining formed a $1.1bn joint venture to develop the Kestrel tungsten deposit.',
    )
    expect(fact).toMatchObject({
      investor: ['organization:zorvath-capital', 'organization:qaratau-mining'],
      site: 'place:kestrel',
      minerals: ['mineral:tungsten'],
      amount: { value: 1_100_000_000 },
    })
  })

  it('reads "a $X joint venture between A and B"', () => {
    const fact = one(
      'The deal creates a $650 million joint venture between Zorvath Capital and Vell Minerals.',
    )
    expect(fact).toMatchObject({
      investor: ['organization:zorvath-capital', 'organization:vell-minerals'],
      amount: { value: 650_000_000 },
    })
  })
})

describe('project values', () => {
  it('reads "the project, worth 7.7 billion tenge" as a planned investment', () => {
    const fact = one(
      'Qaratau Mining will build a copper plant at Kestrel. The project, worth 7.7 billion tenge, is due to open in 2027.',
    )
    expect(fact).toMatchObject({
      site: 'place:kestrel',
      amount: { value: 7_700_000_000, currency: 'KZT' },
      status: 'planned',
    })
  })

  it('reads "a project valued at $X" with its developer as investor', () => {
    expect(
      one('Vell Minerals is developing a lithium project valued at $420 million in Kestrel.'),
    ).toMatchObject({
      investor: 'organization:vell-minerals',
      amount: { value: 420_000_000 },
    })
  })
})

describe('not investments', () => {
  it('makes nothing of a commitment without an amount', () => {
    expect(
      investments('Zorvath Capital has committed to developing the Velmora copper deposit.'),
    ).toEqual([])
  })

  it('makes nothing of spending without money', () => {
    expect(investments('Vell Minerals spent two years exploring the Kestrel deposit.')).toEqual([])
  })

  it('makes nothing of a joint venture without an amount', () => {
    expect(
      investments('Zorvath Capital and Qaratau Mining formed a joint venture to mine tungsten.'),
    ).toEqual([])
  })

  it('makes nothing of goods bought for money', () => {
    expect(
      investments(
        'Zorvath Capital bought 5,000 tonnes of copper from Vell Minerals for $40 million.',
      ),
    ).toEqual([])
    expect(
      investments(
        'Zorvath Capital completed the purchase of 3,000 tonnes of uranium for $200 million.',
      ),
    ).toEqual([])
  })

  it('makes nothing of a deal worth an amount in trade', () => {
    expect(
      investments('Qaratau exported copper worth $80 million to Zorvath Capital last year.'),
    ).toEqual([])
  })

  it('makes nothing of a loan that was not granted', () => {
    expect(
      investments('Qaratau Mining has not received the $200 million loan from Zorvath Bank.'),
    ).toEqual([])
  })

  it('makes nothing of assets under management near "committed"', () => {
    expect(
      investments(
        'The Zorvath Bank fund has $2 billion under management and is committed to sustainable mining.',
      ),
    ).toEqual([])
  })

  it('makes nothing of spending on buybacks or dividends', () => {
    expect(investments('Vell Minerals spent $40 million on share buybacks in 2024.')).toEqual([])
  })

  it('makes nothing of money that a mine earned', () => {
    expect(
      investments('The Kestrel mine earned $80 million in revenue for Vell Minerals last year.'),
    ).toEqual([])
  })
})
