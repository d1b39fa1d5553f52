import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../src/extract/text/index.js'

const textsOf = (text: string): string[] => splitSentences(text).map((s) => s.text)

describe('splitSentences', () => {
  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    const text =
      'Zorvath Capital Inc. will put $1.5 billion into the Qaratau project, Dr. Aliyev told Kyle L. Marsh in Washington, D.C. on Dec. 5. Mr. Osmon agreed.'
    expect(textsOf(text)).toEqual([
      'Zorvath Capital Inc. will put $1.5 billion into the Qaratau project, Dr. Aliyev told Kyle L. Marsh in Washington, D.C. on Dec. 5.',
      'Mr. Osmon agreed.',
    ])
  })

  it('ends a sentence after "U.S." when the next word opens a sentence', () => {
    expect(
      textsOf(
        'Zorvath Corp. moved to the U.S. The Qaratau mine stayed. It was No. 2 in St. Petersburg.',
      ),
    ).toEqual([
      'Zorvath Corp. moved to the U.S.',
      'The Qaratau mine stayed.',
      'It was No. 2 in St. Petersburg.',
    ])
  })

  it('ends a sentence after a closing quote, not inside it', () => {
    const text =
      'He said: “Qaratau will be built. It is ready.” Then the minister left. “Will it pay?” she asked.'
    expect(textsOf(text)).toEqual([
      'He said: “Qaratau will be built.',
      'It is ready.”',
      'Then the minister left.',
      '“Will it pay?” she asked.',
    ])
  })

  it('always ends a sentence at a blank line, so a colon-introduced quote stands alone', () => {
    const text = 'The envoy stated:\n\n“Zorvath is welcome here.”\n\nTalks went on'
    expect(textsOf(text)).toEqual([
      'The envoy stated:',
      '“Zorvath is welcome here.”',
      'Talks went on',
    ])
  })

  it('makes each list line its own sentence and leaves its marker out', () => {
    const text =
      'The plan has three parts:\n• a smelter near Qaratau\n• a rail spur\n1. The C5+1 framework is meant to help.\n2. Funding'
    expect(textsOf(text)).toEqual([
      'The plan has three parts:',
      'a smelter near Qaratau',
      'a rail spur',
      'The C5+1 framework is meant to help.',
      'Funding',
    ])
  })

  it('reads an ellipsis that leaves words out of a quote as part of the sentence', () => {
    expect(
      textsOf('“Qaratau … predicted to hold more,” he said. Output fell... Then it rose.'),
    ).toEqual(['“Qaratau … predicted to hold more,” he said.', 'Output fell...', 'Then it rose.'])
  })

  it('gives offsets that slice back to each sentence, trimmed of spaces', () => {
    const text = '  Zorvath signed.   It paid $2.5bn!\n\n  Why? Nobody knows.  '
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text)).toEqual([
      'Zorvath signed.',
      'It paid $2.5bn!',
      'Why?',
      'Nobody knows.',
    ])
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences(' \n\n \t')).toEqual([])
  })
})
