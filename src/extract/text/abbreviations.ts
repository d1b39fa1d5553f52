import { z } from 'zod'
import { readPatternFile } from './pattern-data.js'

const WordList = z.object({ why: z.string().min(1), words: z.array(z.string().min(1)).min(1) })
const AbbreviationFile = z.object({ never: WordList, maybe: WordList, sentenceStarters: WordList })

const data = readPatternFile('abbreviations.json', AbbreviationFile)

/** data/patterns/abbreviations.json as lookup sets, built once. Abbreviations are stored
 *  without their final period ("U.S", "Dr"); "never" and "maybe" compare case-insensitively. */
export const ABBREVIATIONS = {
  never: new Set(data.never.words.map((word) => word.toLowerCase())),
  maybe: new Set(data.maybe.words.map((word) => word.toLowerCase())),
  sentenceStarters: new Set(data.sentenceStarters.words),
}
