/**
 * The languages we name: ISO 639-1 code, the ISO 639-3 codes franc may return for it
 * (macrolanguage members included), the English name for warnings, and the scripts it is
 * written in (Unicode script names), used to check a declared `<html lang>`.
 */
export interface LanguageEntry {
  code: string
  iso6393: readonly string[]
  name: string
  scripts: readonly string[]
}

export const LANGUAGES: readonly LanguageEntry[] = [
  { code: 'en', iso6393: ['eng', 'sco'], name: 'English', scripts: ['Latin'] },
  { code: 'ru', iso6393: ['rus'], name: 'Russian', scripts: ['Cyrillic'] },
  { code: 'kk', iso6393: ['kaz'], name: 'Kazakh', scripts: ['Cyrillic', 'Latin'] },
  { code: 'uz', iso6393: ['uzn', 'uzb', 'uzs'], name: 'Uzbek', scripts: ['Latin', 'Cyrillic'] },
  { code: 'ky', iso6393: ['kir'], name: 'Kyrgyz', scripts: ['Cyrillic'] },
  { code: 'tg', iso6393: ['tgk'], name: 'Tajik', scripts: ['Cyrillic'] },
  { code: 'tk', iso6393: ['tuk'], name: 'Turkmen', scripts: ['Latin', 'Cyrillic'] },
  { code: 'mn', iso6393: ['khk', 'mon'], name: 'Mongolian', scripts: ['Cyrillic'] },
  { code: 'uk', iso6393: ['ukr'], name: 'Ukrainian', scripts: ['Cyrillic'] },
  { code: 'be', iso6393: ['bel'], name: 'Belarusian', scripts: ['Cyrillic'] },
  { code: 'bg', iso6393: ['bul'], name: 'Bulgarian', scripts: ['Cyrillic'] },
  { code: 'mk', iso6393: ['mkd'], name: 'Macedonian', scripts: ['Cyrillic'] },
  { code: 'sr', iso6393: ['srp'], name: 'Serbian', scripts: ['Cyrillic', 'Latin'] },
  { code: 'tt', iso6393: ['tat'], name: 'Tatar', scripts: ['Cyrillic'] },
  { code: 'ba', iso6393: ['bak'], name: 'Bashkir', scripts: ['Cyrillic'] },
  { code: 'az', iso6393: ['azj', 'aze', 'azb'], name: 'Azerbaijani', scripts: ['Latin'] },
  { code: 'tr', iso6393: ['tur'], name: 'Turkish', scripts: ['Latin'] },
  { code: 'de', iso6393: ['deu'], name: 'German', scripts: ['Latin'] },
  { code: 'fr', iso6393: ['fra'], name: 'French', scripts: ['Latin'] },
  { code: 'es', iso6393: ['spa'], name: 'Spanish', scripts: ['Latin'] },
  { code: 'pt', iso6393: ['por'], name: 'Portuguese', scripts: ['Latin'] },
  { code: 'it', iso6393: ['ita'], name: 'Italian', scripts: ['Latin'] },
  { code: 'nl', iso6393: ['nld'], name: 'Dutch', scripts: ['Latin'] },
  { code: 'pl', iso6393: ['pol'], name: 'Polish', scripts: ['Latin'] },
  { code: 'cs', iso6393: ['ces'], name: 'Czech', scripts: ['Latin'] },
  { code: 'sk', iso6393: ['slk'], name: 'Slovak', scripts: ['Latin'] },
  { code: 'hu', iso6393: ['hun'], name: 'Hungarian', scripts: ['Latin'] },
  { code: 'ro', iso6393: ['ron'], name: 'Romanian', scripts: ['Latin'] },
  { code: 'hr', iso6393: ['hrv'], name: 'Croatian', scripts: ['Latin'] },
  { code: 'bs', iso6393: ['bos'], name: 'Bosnian', scripts: ['Latin'] },
  { code: 'sl', iso6393: ['slv'], name: 'Slovenian', scripts: ['Latin'] },
  { code: 'sq', iso6393: ['als', 'sqi'], name: 'Albanian', scripts: ['Latin'] },
  { code: 'lt', iso6393: ['lit'], name: 'Lithuanian', scripts: ['Latin'] },
  { code: 'lv', iso6393: ['lvs', 'lav'], name: 'Latvian', scripts: ['Latin'] },
  { code: 'et', iso6393: ['ekk', 'est'], name: 'Estonian', scripts: ['Latin'] },
  { code: 'fi', iso6393: ['fin'], name: 'Finnish', scripts: ['Latin'] },
  { code: 'sv', iso6393: ['swe'], name: 'Swedish', scripts: ['Latin'] },
  { code: 'da', iso6393: ['dan'], name: 'Danish', scripts: ['Latin'] },
  { code: 'nb', iso6393: ['nob', 'nor'], name: 'Norwegian Bokmål', scripts: ['Latin'] },
  { code: 'nn', iso6393: ['nno'], name: 'Norwegian Nynorsk', scripts: ['Latin'] },
  { code: 'id', iso6393: ['ind'], name: 'Indonesian', scripts: ['Latin'] },
  { code: 'ms', iso6393: ['zlm', 'zsm', 'msa'], name: 'Malay', scripts: ['Latin'] },
  { code: 'vi', iso6393: ['vie'], name: 'Vietnamese', scripts: ['Latin'] },
  { code: 'tl', iso6393: ['tgl'], name: 'Tagalog', scripts: ['Latin'] },
  { code: 'sw', iso6393: ['swh', 'swa'], name: 'Swahili', scripts: ['Latin'] },
  { code: 'ha', iso6393: ['hau'], name: 'Hausa', scripts: ['Latin'] },
  { code: 'yo', iso6393: ['yor'], name: 'Yoruba', scripts: ['Latin'] },
  { code: 'zh', iso6393: ['cmn', 'zho', 'yue', 'wuu'], name: 'Chinese', scripts: ['Han'] },
  { code: 'ja', iso6393: ['jpn'], name: 'Japanese', scripts: ['Han', 'Hiragana', 'Katakana'] },
  { code: 'ko', iso6393: ['kor'], name: 'Korean', scripts: ['Hangul', 'Han'] },
  { code: 'ar', iso6393: ['arb', 'ara'], name: 'Arabic', scripts: ['Arabic'] },
  { code: 'fa', iso6393: ['pes', 'fas', 'prs'], name: 'Persian', scripts: ['Arabic'] },
  { code: 'ur', iso6393: ['urd'], name: 'Urdu', scripts: ['Arabic'] },
  { code: 'ps', iso6393: ['pbu', 'pus'], name: 'Pashto', scripts: ['Arabic'] },
  { code: 'ug', iso6393: ['uig'], name: 'Uyghur', scripts: ['Arabic'] },
  { code: 'he', iso6393: ['heb'], name: 'Hebrew', scripts: ['Hebrew'] },
  { code: 'el', iso6393: ['ell'], name: 'Greek', scripts: ['Greek'] },
  { code: 'ka', iso6393: ['kat'], name: 'Georgian', scripts: ['Georgian'] },
  { code: 'hy', iso6393: ['hye'], name: 'Armenian', scripts: ['Armenian'] },
  { code: 'hi', iso6393: ['hin'], name: 'Hindi', scripts: ['Devanagari'] },
  { code: 'ne', iso6393: ['npi', 'nep'], name: 'Nepali', scripts: ['Devanagari'] },
  { code: 'mr', iso6393: ['mar'], name: 'Marathi', scripts: ['Devanagari'] },
  { code: 'bn', iso6393: ['ben'], name: 'Bengali', scripts: ['Bengali'] },
  { code: 'th', iso6393: ['tha'], name: 'Thai', scripts: ['Thai'] },
]

const BY_CODE = new Map(LANGUAGES.map((entry) => [entry.code, entry]))
const BY_ISO6393 = new Map(LANGUAGES.flatMap((entry) => entry.iso6393.map((c) => [c, entry])))

/** The entry for an ISO 639-1 or 639-3 code, or null when we do not list it. */
export function findLanguage(code: string): LanguageEntry | null {
  const key = code.toLowerCase()
  return BY_CODE.get(key) ?? BY_ISO6393.get(key) ?? null
}

/** The English name of a language code ("kk" -> "Kazakh"), for warnings; null if unknown. */
export function languageName(code: string): string | null {
  return findLanguage(code)?.name ?? null
}
