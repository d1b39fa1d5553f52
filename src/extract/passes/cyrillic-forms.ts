import type { GazetteerCandidate, GazetteerMatch, Reference } from '../../reference/index.js'

/**
 * Russian inflects names ("Токаев" -> "Токаева", "Карагандинская область" -> "Карагандинской
 * области"), so the gazetteer's exact forms miss most Cyrillic mentions. This fallback compares
 * word stems: each word loses its longest common case ending, keeping a stem of at least
 * MIN_STEM letters. Only known forms are matched: no unknown entity is guessed in Cyrillic.
 */

/** Noun and adjective case endings, longest first (Russian grammar, general knowledge). */
const ENDINGS = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ым',
  'им',
  'ую',
  'юю',
  'ов',
  'ев',
  'ах',
  'ях',
  'ам',
  'ям',
  'ом',
  'ем',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ы',
  'и',
  'ь',
  'й',
]
const MIN_STEM = 3
/** A one-word form this long also matches words it begins ("вольфрам" in "вольфрамовых"). */
const MIN_PREFIX_STEM = 6
const MAX_FORM_WORDS = 4

/** Regular expressions of this file, built once. */
const PATTERNS = {
  word: /[\p{Script=Cyrillic}]+(?:-[\p{Script=Cyrillic}]+)*/gu,
  cyrillic: /\p{Script=Cyrillic}/u,
  gap: /^[\s«»"]*$/u,
  onlyWords: /^[\s«»"'’.,-]*$/u,
} as const

/** A word's possible stems: itself, and itself without each case ending it may carry. Two forms of
 *  one word share a stem ("Токаев" and "Токаева" share "токаев"). */
function stemsOf(word: string): string[] {
  const lower = word.toLowerCase().replace(/ё/gu, 'е')
  const stems = [lower]
  for (const ending of ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MIN_STEM) {
      stems.push(lower.slice(0, -ending.length))
    }
  }
  return stems
}

interface IndexedForm {
  /** The stems of each word of the form. */
  words: Set<string>[]
  candidate: GazetteerCandidate
}

interface StemIndex {
  /** Each stem of a form's first word -> the forms. */
  byFirstStem: Map<string, IndexedForm[]>
  /** One-word stems long enough to match as a prefix. */
  prefixes: [string, GazetteerCandidate][]
}

const INDEXES = new WeakMap<Reference, StemIndex>()

function indexOf(reference: Reference): StemIndex {
  const cached = INDEXES.get(reference)
  if (cached) return cached
  const index: StemIndex = { byFirstStem: new Map(), prefixes: [] }
  const add = (form: string, candidate: GazetteerCandidate): void => {
    const words = form.match(PATTERNS.word) ?? []
    // Only forms written wholly in Cyrillic words: "С5+1" would leave the preposition "с".
    if (words.length === 0 || words.length > MAX_FORM_WORDS) return
    if (!PATTERNS.onlyWords.test(form.replace(PATTERNS.word, ''))) return
    if (words.some((word) => word.length < MIN_STEM)) return
    const indexed: IndexedForm = { words: words.map((word) => new Set(stemsOf(word))), candidate }
    for (const stem of indexed.words[0] ?? []) {
      const list = index.byFirstStem.get(stem) ?? []
      if (
        !list.some(
          (seen) => seen.candidate.id === candidate.id && seen.words.length === words.length,
        )
      )
        list.push(indexed)
      index.byFirstStem.set(stem, list)
    }
    const stem = stemsOf(words[0] ?? '').at(-1) ?? ''
    if (words.length === 1 && stem.length >= MIN_PREFIX_STEM) index.prefixes.push([stem, candidate])
  }
  for (const entry of reference.all()) {
    add(entry.name, { id: entry.id, kind: 'name' })
    for (const form of entry.aliases ?? []) add(form, { id: entry.id, kind: 'alias' })
    for (const form of entry.acronyms ?? []) add(form, { id: entry.id, kind: 'acronym' })
    for (const form of entry.demonyms ?? []) add(form, { id: entry.id, kind: 'demonym' })
    for (const metonym of entry.metonyms ?? []) {
      add(metonym.text, { id: entry.id, kind: 'metonym' })
      if (metonym.place) add(metonym.text, { id: metonym.place, kind: 'name' })
    }
  }
  INDEXES.set(reference, index)
  return index
}

/** Inflected Cyrillic mentions of known entities that `taken` (the exact matches) leaves free. */
export function findCyrillicMatches(
  text: string,
  reference: Reference,
  taken: readonly GazetteerMatch[],
): GazetteerMatch[] {
  if (!PATTERNS.cyrillic.test(text)) return []
  const index = indexOf(reference)
  const busy = new Uint8Array(text.length + 1)
  for (const match of taken) busy.fill(1, match.start, match.end)
  const words = [...text.matchAll(PATTERNS.word)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    stems: stemsOf(match[0]),
  }))
  const found: GazetteerMatch[] = []
  for (let i = 0; i < words.length; i++) {
    const first = words[i]
    if (!first || busy[first.start]) continue
    let best: { last: number; candidates: GazetteerCandidate[] } | undefined
    const forms = new Set(first.stems.flatMap((stem) => index.byFirstStem.get(stem) ?? []))
    for (const form of forms) {
      const last = i + form.words.length - 1
      if (best && last < best.last) continue
      let isMatch = last < words.length
      for (let k = 1; isMatch && k < form.words.length; k++) {
        const word = words[i + k]
        const previous = words[i + k - 1]
        isMatch =
          word !== undefined &&
          previous !== undefined &&
          !busy[word.start] &&
          PATTERNS.gap.test(text.slice(previous.end, word.start)) &&
          word.stems.some((stem) => form.words[k]?.has(stem))
      }
      if (!isMatch) continue
      if (best && last === best.last) {
        if (!best.candidates.some((seen) => seen.id === form.candidate.id))
          best.candidates.push(form.candidate)
      } else best = { last, candidates: [form.candidate] }
    }
    if (!best) {
      const stem = first.stems.at(-1) ?? ''
      const prefix = index.prefixes.find(([known]) => stem.startsWith(known))
      if (prefix) best = { last: i, candidates: [prefix[1]] }
    }
    if (!best) continue
    const last = words[best.last] as { end: number }
    const candidates = [...best.candidates].sort((a, b) =>
      a.kind === 'name' ? -1 : b.kind === 'name' ? 1 : 0,
    )
    const top = candidates[0] as GazetteerCandidate
    found.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      entityIds: candidates.map((candidate) => candidate.id),
      kind: top.kind,
      candidates,
      isAmbiguous: false,
    })
    i = best.last
  }
  return found
}
