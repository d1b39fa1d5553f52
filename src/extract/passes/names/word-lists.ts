import { z } from 'zod'
import { readPatternFile } from '../../text/index.js'

/** The word lists of the name passes (data/patterns/names.json, titles.json, org-suffixes.json),
 *  validated once and turned into lookup sets. */

const WordList = z.object({ why: z.string().min(1), words: z.array(z.string().min(1)).min(1) })

const NamesFile = z.object({
  notNames: WordList,
  particles: WordList,
  placeHeads: z.object({
    why: z.string().min(1),
    region: z.array(z.string().min(1)).min(1),
    site: z.array(z.string().min(1)).min(1),
    facility: z.array(z.string().min(1)).min(1),
  }),
  placeSuffixes: WordList,
  facilityWords: WordList,
  initiativeHeads: WordList,
  locationCues: WordList,
})

const TitlesFile = z.object({
  titles: WordList,
  roleNouns: WordList,
  speechVerbs: WordList,
  expansions: z.object({ why: z.string().min(1), forms: z.record(z.string(), z.string()) }),
  workVerbs: z.object({ why: z.string().min(1), words: z.array(z.string().min(1)) }),
})

const OrgFile = z.object({
  suffixes: WordList,
  heads: WordList,
  descriptors: WordList,
  appositives: WordList,
  after: WordList,
  abbreviated: WordList,
})

const names = readPatternFile('names.json', NamesFile)
const titles = readPatternFile('titles.json', TitlesFile)
const orgs = readPatternFile('org-suffixes.json', OrgFile)

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()))

/** A title phrase as its lower-case words without periods: "Sens." -> "sens". */
export function titleKey(phrase: string): string {
  return phrase.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim()
}

export const WORDS = {
  notNames: new Set(names.notNames.words),
  particles: new Set(names.particles.words),
  regionHeads: lower(names.placeHeads.region),
  siteHeads: names.placeHeads.site.map((w) => w.toLowerCase()),
  facilityHeads: lower(names.placeHeads.facility),
  placeSuffixes: new Set(names.placeSuffixes.words),
  facilityWords: lower(names.facilityWords.words),
  initiativeHeads: new Set(names.initiativeHeads.words),
  locationCues: names.locationCues.words.map((w) => w.toLowerCase()),
  titles: new Set(titles.titles.words.map(titleKey)),
  /** The longest title in words, so a backwards search knows where to stop. */
  maxTitleWords: Math.max(...titles.titles.words.map((w) => titleKey(w).split(' ').length)),
  roleNouns: lower(titles.roleNouns.words),
  speechVerbs: lower(titles.speechVerbs.words),
  /** Verbs of working somewhere: "advises companies at <org>". */
  workVerbs: lower(titles.workVerbs.words),
  orgSuffixes: new Set(orgs.suffixes.words),
  orgHeads: new Set(orgs.heads.words),
  orgDescriptors: orgs.descriptors.words.map((w) => w.toLowerCase()),
  orgAppositives: lower(orgs.appositives.words),
  orgAfter: orgs.after.words.map((w) => w.toLowerCase()),
  /** Words whose period belongs to them: "Inc.", "Sen.". */
  abbreviated: new Set([
    ...orgs.abbreviated.words,
    ...titles.titles.words.filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)),
  ]),
  titleExpansions: new Map(Object.entries(titles.expansions.forms)),
} as const

/** The verbs of saying as regex alternatives: "said|says|told|…". */
export const SPEECH_VERB_ALTERNATIVES = [...WORDS.speechVerbs].join('|')

/** A word that heads or ends a name of another kind, so joins it to an "of" ("Ministry of",
 *  "Bank of", "Minister of") and is never part of a person's name. */
export function isHeadOrTitleWord(word: string): boolean {
  return (
    WORDS.orgHeads.has(word) ||
    WORDS.orgSuffixes.has(word) ||
    WORDS.initiativeHeads.has(word) ||
    WORDS.titles.has(titleKey(word))
  )
}
