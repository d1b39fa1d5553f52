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
    qualifiedSite: z.array(z.string().min(1)).min(1),
  }),
  siteNameModifiers: WordList,
  siteProjectWords: WordList,
  worldRegions: WordList,
  placeSuffixes: WordList,
  facilityWords: WordList,
  initiativeHeads: WordList,
  lawHeads: WordList,
  lawNameOpeners: WordList,
  locationCues: WordList,
  settlementHeads: WordList,
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
  forHeads: WordList,
  prefixes: WordList,
  ownerTitles: WordList,
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
  /** Site heads that need a mineral or facility word before them: "the Korvath tungsten project". */
  qualifiedSiteHeads: names.placeHeads.qualifiedSite.map((w) => w.toLowerCase()),
  /** Compass and size words that open a site's name: "the Northern Ridge deposit". */
  siteNameModifiers: new Set(names.siteNameModifiers.words),
  /** Words allowed between a name and a qualified site head besides minerals. */
  siteProjectWords: lower(names.siteProjectWords.words),
  /** Continents and world regions: never a site's name ("the Central Asia tungsten project"). */
  worldRegions: new Set(names.worldRegions.words),
  placeSuffixes: new Set(names.placeSuffixes.words),
  facilityWords: lower(names.facilityWords.words),
  initiativeHeads: new Set(names.initiativeHeads.words),
  lawHeads: new Set(names.lawHeads.words),
  lawNameOpeners: new Set(names.lawNameOpeners.words),
  locationCues: names.locationCues.words.map((w) => w.toLowerCase()),
  /** "Tavanbulak village": a settlement named without the word. */
  settlementHeads: lower(names.settlementHeads.words),
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
  /** Organisation words that take "for" in a name: "Institute for Policy Studies". */
  orgForHeads: new Set(orgs.forHeads.words),
  /** Legal forms before a company's name: "JSC National Company Korvath Samruk". */
  orgPrefixes: new Set(orgs.prefixes.words),
  /** Posts an organisation's name stands before: "Tulpar coach Andrei Volkov". */
  ownerTitles: [...orgs.ownerTitles.words].sort((a, b) => b.length - a.length),
  /** Words whose period belongs to them: "Inc.", "Sen.". */
  abbreviated: new Set([
    ...orgs.abbreviated.words,
    ...titles.titles.words.filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)),
  ]),
  titleExpansions: new Map(Object.entries(titles.expansions.forms)),
} as const

/** Abbreviated titles by their title key: "sens" -> "Senator". */
const EXPANSION_BY_KEY = new Map(
  Object.entries(titles.expansions.forms).map(([short, full]) => [titleKey(short), full]),
)

/** English plural endings of titles, tried in order: "secretaries", "congressmen", "senators". */
const PLURAL_ENDINGS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['men', 'man'],
  ['s', ''],
]

/** A word in its singular form by the first plural ending it has ("Senators" -> "Senator",
 *  "Sens." -> "Sen.", "Secretaries" -> "Secretary"), or undefined when it has none. */
export function singularOf(word: string): string | undefined {
  const period = word.endsWith('.') ? '.' : ''
  const bare = period ? word.slice(0, -1) : word
  const lower = bare.toLowerCase()
  for (const [plural, singular] of PLURAL_ENDINGS) {
    if (lower.endsWith(plural) && lower.length > plural.length + 1)
      return bare.slice(0, -plural.length) + singular + period
  }
  return undefined
}

/** The singular key of a title word in the plural ("senators" -> "senator", "sens" -> "sen"),
 *  or undefined when the word is no plural title. A key that is a title itself is plural only
 *  when it expands as its singular does ("Sens." and "Sen." are both Senator; "Mrs." is no
 *  plural of "Mr."). */
export function singularTitleKey(key: string): string | undefined {
  const one = singularOf(key)
  if (one === undefined || !WORDS.titles.has(one)) return undefined
  if (!WORDS.titles.has(key)) return one
  const full = EXPANSION_BY_KEY.get(key)
  return full && full === EXPANSION_BY_KEY.get(one) ? one : undefined
}

/** "al-Rashid", "bin-Salman": a name particle joined by a hyphen to a capitalised name, which
 *  is part of a person's name although it opens in lower case. */
const HYPHENED_PARTICLE = new RegExp(`^(?:${[...WORDS.particles].join('|')})-\\p{Lu}\\p{Ll}`, 'u')

export function isHyphenedParticle(word: string): boolean {
  return HYPHENED_PARTICLE.test(word)
}

/** "T.", "J.": an initial inside a person's name ("Kel T. Morrow", "A. J. Brandt"). */
const INITIAL = /^\p{Lu}\.$/u

export function isInitial(word: string): boolean {
  return INITIAL.test(word)
}

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
