/** Regular expressions of this file, built once. */
const PATTERNS = {
  marks: /[\u0300-\u036f]/gu,
  apostrophes: /['’`]/gu,
  other: /[^a-z0-9+]+/gu,
  edges: /^-+|-+$/gu,
  firstLetter: /^\p{Ll}/u,
  finalPeriod: /\.$/u,
} as const

/** The slug of a name for a new entity id: "Aigerim Sadykova" -> "aigerim-sadykova",
 *  "Düsseldorf" -> "dusseldorf" (ids are ASCII: model/entity.ts). */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(PATTERNS.marks, '')
    .toLowerCase()
    .replace(PATTERNS.apostrophes, '')
    .replace(PATTERNS.other, '-')
    .replace(PATTERNS.edges, '')
}

/** "region" -> "Region", "good-neighbourliness" -> "Good-neighbourliness". */
export function titleCase(word: string): string {
  return word.replace(PATTERNS.firstLetter, (char) => char.toUpperCase())
}

/** "former trade negotiator" -> "Former trade negotiator": a role as it opens a label. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "Corp." -> "Corp": a suffix or title compared without its abbreviation period. */
export function withoutPeriod(word: string): string {
  return word.replace(PATTERNS.finalPeriod, '')
}
