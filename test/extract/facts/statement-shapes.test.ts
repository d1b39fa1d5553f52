import { describe, expect, it } from 'vitest'
import { factsOf, ofType } from './facts-of.js'

/** Invented speakers, as wire copy names them. */
const NAMES = {
  'Mara Lind': 'person',
  'Tobin Carrow': 'person',
  'Zorvath Mining': 'organization',
  'Ministry of Mines': 'organization',
} as const

const said = (text: string) =>
  ofType(factsOf(text, NAMES), 'statement').map((s) => [s.speaker, s.quote])

const LIND = 'person:mara-lind'
const CARROW = 'person:tobin-carrow'
const ZORVATH = 'organization:zorvath-mining'
const MINISTRY = 'organization:ministry-of-mines'

describe('statement shapes of news copy', () => {
  it.each([
    ['“We will build the plant,” Mara Lind said.', LIND, 'We will build the plant,'],
    ['“We will build the plant,” said Mara Lind.', LIND, 'We will build the plant,'],
    ['“Prices keep rising,” Mara Lind says.', LIND, 'Prices keep rising,'],
    ['“The talks went well,” Mara Lind told Reuters.', LIND, 'The talks went well,'],
    ['“The talks went well,” Mara Lind told reporters on Monday.', LIND, 'The talks went well,'],
    ['“The talks went well,” Mara Lind said in a statement.', LIND, 'The talks went well,'],
    ['“Output will double,” Mara Lind added.', LIND, 'Output will double,'],
    ['“Output will double,” Mara Lind noted.', LIND, 'Output will double,'],
    ['“Prices could fall,” Mara Lind warned.', LIND, 'Prices could fall,'],
    ['“The ore is there,” Mara Lind insisted.', LIND, 'The ore is there,'],
    ['“Prices could fall,” cautioned Mara Lind.', LIND, 'Prices could fall,'],
    ['“The ore is there,” according to Mara Lind.', LIND, 'The ore is there,'],
    ['"We will build the plant," Mara Lind said.', LIND, 'We will build the plant,'],
    ['«We will build the plant», Mara Lind said.', LIND, 'We will build the plant'],
    ['Mara Lind said: “We will build the plant.”', LIND, 'We will build the plant.'],
    [
      'Mara Lind wrote in a post on X: “We will build the plant.”',
      LIND,
      'We will build the plant.',
    ],
    [
      'Mara Lind, who heads the ministry, said: “We will build the plant.”',
      LIND,
      'We will build the plant.',
    ],
    [
      'Mara Lind, who heads the ministry, said the plant was “a national priority”.',
      LIND,
      'a national priority',
    ],
    [
      'Zorvath Mining’s spokesman, Tobin Carrow, said: “Output will double.”',
      CARROW,
      'Output will double.',
    ],
    [
      '“Output will double,” Zorvath Mining spokesman Tobin Carrow said.',
      CARROW,
      'Output will double,',
    ],
    ['Mara Lind called the deal “historic”.', LIND, 'historic'],
    ['Mara Lind described the talks as “frank and useful”.', LIND, 'frank and useful'],
    ['“We will build the plant” — Mara Lind, on Monday.', LIND, 'We will build the plant'],
    ['“We will build the plant.” – Mara Lind', LIND, 'We will build the plant.'],
    ['“Output will double,” Zorvath Mining said in a statement.', ZORVATH, 'Output will double,'],
    [
      'The Ministry of Mines said in a statement: “Exports will resume.”',
      MINISTRY,
      'Exports will resume.',
    ],
    ['Mara Lind said, “We will build the plant.”', LIND, 'We will build the plant.'],
    ['Mara Lind told Reuters: “We will build the plant.”', LIND, 'We will build the plant.'],
    [
      'Asked about the mine, Mara Lind said: “We will build the plant.”',
      LIND,
      'We will build the plant.',
    ],
    ['In a statement, Zorvath Mining said: “Output will double.”', ZORVATH, 'Output will double.'],
    [
      '“Output will double,” Mara Lind, a Zorvath Mining director, said.',
      LIND,
      'Output will double,',
    ],
    [
      '“Output will double,” Mara Lind was quoted as saying by Interfax.',
      LIND,
      'Output will double,',
    ],
    ['Mara Lind told Reuters in an interview that the mine was “too small”.', LIND, 'too small'],
    ['“We will build the plant”, - said Mara Lind.', LIND, 'We will build the plant'],
    ['“We will build the plant,” - Mara Lind said.', LIND, 'We will build the plant,'],
    ['“We will build the plant.” - said Mara Lind.', LIND, 'We will build the plant.'],
    ['“We will build the plant.” - Mara Lind', LIND, 'We will build the plant.'],
    [
      'Mara Lind said the plant was late, adding: “We will catch up by spring.”',
      LIND,
      'We will catch up by spring.',
    ],
    ['Mara Lind said the deal, which she called “historic”, was signed.', LIND, 'historic'],
  ])('%s', (text, speaker, quote) => {
    expect(said(text)).toContainEqual([speaker, quote])
  })

  it('gives both halves of a split quote to its speaker', () => {
    expect(
      said('“We will build the plant,” Mara Lind said, “and we will do it this year.”'),
    ).toEqual([
      [LIND, 'We will build the plant,'],
      [LIND, 'and we will do it this year.'],
    ])
  })

  it('reads a quote that closes its sentence with the name and verb in the next', () => {
    expect(said('“Is this fair?” Mara Lind asked. “We think not.”')).toEqual([
      [LIND, 'Is this fair?'],
      [LIND, 'We think not.'],
    ])
    expect(said('“We will grow.” Mara Lind said the company would hire.')).toEqual([
      [LIND, 'We will grow.'],
    ])
  })

  it('keeps the speaker of a continued quote when the next sentence names no one', () => {
    const text = '“We will grow,” Mara Lind said. “Prices are up.” Analysts said the same.'
    expect(said(text)).toEqual([
      [LIND, 'We will grow,'],
      [LIND, 'Prices are up.'],
    ])
  })

  it('reads "He said:" after a sentence naming him', () => {
    const text = 'Tobin Carrow spoke after the vote. He said: “We will not sell the mine.”'
    expect(said(text)).toEqual([[CARROW, 'We will not sell the mine.']])
  })

  it('reads a paragraph-opening quote with "she added" as the person named before', () => {
    const text = 'Mara Lind said the mine would reopen.\n\n“We have waited long enough,” she added.'
    expect(said(text)).toEqual([[LIND, 'We have waited long enough,']])
  })

  it('reads "the minister said" as the person titled minister before', () => {
    const text =
      'Mining Minister Tobin Carrow opened the plant on Monday.\n\n“This is a new start,” the minister said.'
    expect(said(text)).toEqual([[CARROW, 'This is a new start,']])
  })

  it('reads "said the minister" and a dash-led "the minister said" the same way', () => {
    const lead = 'Mining Minister Tobin Carrow opened the plant on Monday.\n\n'
    expect(said(`${lead}“This is a new start,” said the minister.`)).toEqual([
      [CARROW, 'This is a new start,'],
    ])
    expect(said(`${lead}“This is a new start,” - the minister said.`)).toEqual([
      [CARROW, 'This is a new start,'],
    ])
  })

  it('reads "the ministry said" as the ministry named before', () => {
    const text =
      'The Ministry of Mines issued new rules on Monday.\n\n“Exports will resume in March,” the ministry said in a statement.'
    expect(said(text)).toEqual([[MINISTRY, 'Exports will resume in March,']])
  })

  it('reads "according to the ministry" as the ministry named before', () => {
    const text =
      'The Ministry of Mines issued new rules.\n\n“Exports will resume in March,” according to the ministry.'
    expect(said(text)).toEqual([[MINISTRY, 'Exports will resume in March,']])
  })

  it('reads "the company said" as the company named before', () => {
    const text = 'Zorvath Mining reported a loss.\n\n“Output will recover,” the company said.'
    expect(said(text)).toEqual([[ZORVATH, 'Output will recover,']])
  })

  it('gives each paragraph of a multi-paragraph quote its own statement', () => {
    const text =
      'Mara Lind said: “We will build the plant.\n\n“It will open next year, and it will export to Japan.”\n\nShe left.'
    expect(said(text)).toEqual([
      [LIND, 'We will build the plant.'],
      [LIND, 'It will open next year, and it will export to Japan.'],
    ])
  })

  it('takes the speaker of a multi-paragraph quote from its last paragraph', () => {
    const text =
      'The plant is late.\n\n“We will build it.\n\n“It will open next year,” Mara Lind said.'
    expect(said(text)).toEqual([
      [LIND, 'We will build it.'],
      [LIND, 'It will open next year,'],
    ])
  })

  it('keeps a multi-sentence quote one statement', () => {
    const text = '“The ore is rich. The power is not,” Mara Lind said.'
    expect(said(text)).toEqual([[LIND, 'The ore is rich. The power is not,']])
  })
})

describe('what is not a statement', () => {
  it.each([
    ['The so-called “C5+1” format was launched in 2015.'],
    ['The deal, dubbed “Project Lark”, was signed by Zorvath Mining.'],
    ['“We are ready,” an official said.'],
    ['“We are ready,” a source close to Zorvath Mining told reporters.'],
    ['Mara Lind read the report “Ore and Power” on Monday.'],
    ['Mara Lind arrived. “We are ready'],
    ['The plan, known as “Northern Light,” was praised by Mara Lind.'],
    ['“We will build the plant,” she said.'],
    ['Mara Lind said: “We will build the'],
    ['“We will build it.\n\nThe plant is late.'],
    ['“Output will double,” the company said, citing Mara Lind.'],
    ['Mara Lind said the plan, which critics call “a giveaway”, would go ahead.'],
    ['Mara Lind said the scheme, known as “Northern Light”, would go ahead.'],
    ['“This is a new start,” said the minister.'],
    ['Zorvath Mining hired Mara Lind.\n\n“Output will double,” according to the report.'],
    ['Mara Lind works at Zorvath Mining.\n\n“Output will double,” the company said.'],
  ])('%s', (text) => {
    expect(said(text)).toEqual([])
  })
})
