import { franc } from 'franc'
import { findLanguage } from './languages.js'

/** Regular expressions of this file, built once. */
const PATTERNS = {
  /** One table of scripts we count, in the order ties are broken. */
  scripts: {
    Latin: /\p{Script=Latin}/gu,
    Cyrillic: /\p{Script=Cyrillic}/gu,
    Han: /\p{Script=Han}/gu,
    Hiragana: /\p{Script=Hiragana}/gu,
    Katakana: /\p{Script=Katakana}/gu,
    Hangul: /\p{Script=Hangul}/gu,
    Arabic: /\p{Script=Arabic}/gu,
    Hebrew: /\p{Script=Hebrew}/gu,
    Greek: /\p{Script=Greek}/gu,
    Georgian: /\p{Script=Georgian}/gu,
    Armenian: /\p{Script=Armenian}/gu,
    Devanagari: /\p{Script=Devanagari}/gu,
    Bengali: /\p{Script=Bengali}/gu,
    Thai: /\p{Script=Thai}/gu,
  },
  /** ұ and ә are Kazakh's own among Central Asian Cyrillic alphabets; қ ғ і back them up. */
  kazakhLetters: /[ұҰәӘқҚғҒіІ]/gu,
  kazakhOnly: /[ұҰәӘ]/u,
  /** ў with қ/ҳ is Uzbek Cyrillic (Belarusian has ў but not қ or ҳ). */
  uzbekLetters: /[ўЎқҚҳҲғҒ]/gu,
  uzbekOnly: /[ўЎ]/u,
  /** ӣ ӯ ҷ are Tajik's own letters. */
  tajikLetters: /[ӣӢӯӮҷҶ]/gu,
  languageTag: /^([a-z]{2,3})(?:[-_].*)?$/i,
} as const

type ScriptName = keyof typeof PATTERNS.scripts

/** franc is accurate on a couple of thousand characters; more only costs time. */
const SAMPLE_CHARS = 2000
/** Fewer letters than this is too little to tell (a two-word string). */
const MIN_LETTERS = 20
/** Han, kana and Hangul carry a word per character or two. */
const MIN_CJK_CHARS = 6
/**
 * Letters that mark a Central Asian Cyrillic alphabet must recur and make up this share of
 * the Cyrillic letters (5-8% in Kazakh prose), so one Kazakh name in Russian text is not enough.
 */
const MIN_MARKER_LETTERS = 3
const MIN_MARKER_SHARE = 0.02

/** Scripts that name one language outright (cheaper and surer than trigrams). */
const SCRIPT_LANGUAGE: Partial<Record<ScriptName, string>> = {
  Hangul: 'ko',
  Hiragana: 'ja',
  Katakana: 'ja',
  Han: 'zh',
  Hebrew: 'he',
  Greek: 'el',
  Georgian: 'ka',
  Armenian: 'hy',
  Thai: 'th',
  Bengali: 'bn',
}

/** Cyrillic languages franc chooses among once the script is known. */
const CYRILLIC_ISO6393 = [
  'rus',
  'ukr',
  'bel',
  'bul',
  'mkd',
  'srp',
  'kaz',
  'kir',
  'tgk',
  'uzn',
  'khk',
  'tat',
  'bak',
]

/**
 * The ISO 639-1 code of the text's language, or null when it is too short or unclear.
 * Reads the first 2,000 characters. The script decides when it names one language; franc's
 * trigrams decide otherwise. A declared language (`<html lang>`) wins when the text is in
 * one of its scripts.
 */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const sample = text.slice(0, SAMPLE_CHARS)
  const counts = countScripts(sample)
  const top = counts[0]
  if (!top) return null

  const declaredEntry = declared ? findDeclared(declared) : null
  if (declaredEntry && declaredEntry.scripts.includes(top.script)) return declaredEntry.code

  const isCjk = ['Han', 'Hiragana', 'Katakana', 'Hangul'].includes(top.script)
  if (top.count < (isCjk ? MIN_CJK_CHARS : MIN_LETTERS)) return null

  // Any kana at all means Japanese, even when Han characters outnumber it.
  if (
    top.script === 'Han' &&
    counts.some((c) => c.script === 'Hiragana' || c.script === 'Katakana')
  )
    return 'ja'
  const byScript = SCRIPT_LANGUAGE[top.script]
  if (byScript) return byScript
  if (top.script === 'Cyrillic') return detectCyrillic(sample, top.count)
  return fromFranc(franc(sample, { minLength: MIN_LETTERS }))
}

function detectCyrillic(sample: string, cyrillicLetters: number): string | null {
  const isMarked = (pattern: RegExp): boolean => {
    const count = sample.match(pattern)?.length ?? 0
    return count >= MIN_MARKER_LETTERS && count >= cyrillicLetters * MIN_MARKER_SHARE
  }
  if (isMarked(PATTERNS.kazakhLetters) && PATTERNS.kazakhOnly.test(sample)) return 'kk'
  if (isMarked(PATTERNS.uzbekLetters) && PATTERNS.uzbekOnly.test(sample)) return 'uz'
  if (isMarked(PATTERNS.tajikLetters)) return 'tg'
  return fromFranc(franc(sample, { minLength: MIN_LETTERS, only: CYRILLIC_ISO6393 }))
}

function fromFranc(iso6393: string): string | null {
  if (iso6393 === 'und') return null
  return findLanguage(iso6393)?.code ?? null
}

function findDeclared(declared: string) {
  const primary = PATTERNS.languageTag.exec(declared.trim())?.[1]
  return primary ? findLanguage(primary) : null
}

function countScripts(sample: string): Array<{ script: ScriptName; count: number }> {
  const counts: Array<{ script: ScriptName; count: number }> = []
  for (const [script, pattern] of Object.entries(PATTERNS.scripts) as Array<[ScriptName, RegExp]>) {
    const count = sample.match(pattern)?.length ?? 0
    if (count > 0) counts.push({ script, count })
  }
  return counts.sort((a, b) => b.count - a.count)
}
