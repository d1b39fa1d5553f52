/** The date shapes pages use, in one table (see `dates.ts`). */

/** Month names and abbreviations in the languages of the pages we read (English first). */
const MONTHS: Record<string, number> = {}
const MONTH_LISTS: string[][] = [
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  [
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ],
  [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
]
for (const list of MONTH_LISTS) list.forEach((name, i) => (MONTHS[name] ??= i + 1))
MONTHS['sept'] = 9

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')

export const PATTERNS_DATE = {
  monthNames: MONTHS,
  /** ISO 8601 and its relatives: 2025-11-07, 2025-11-07T09:42:00.000+05:00, 2025-11-07 09:42 UTC. */
  iso: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(\.\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?/i,
  /** 20251107 or 20251107T094200 (some CMS meta tags). */
  compact: /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/,
  /** 7 November 2025, 7 Nov. 2025, 7. November 2025, 7 de noviembre de 2025. */
  dayMonthYear: new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
    'iu',
  ),
  /** November 7, 2025, Nov. 7th 2025. */
  monthDayYear: new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
    'iu',
  ),
  /** 2023 Jan 7 (PubMed and other scholarly citation meta tags). */
  yearMonthDay: new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(\\d{4})\\s+(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?![\\d:])`,
    'iu',
  ),
  /** 17.09.2024, 17/09/2024, 09-17-2024. */
  numericDate: /(?:^|[^\d])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/,
  /** 2025-11-07 (or 2025.11.07, 2025/11/07: one separator throughout) inside longer text. */
  isoInside: /(?:^|[^\d.])(\d{4})([-./])(\d{2})\2(\d{2})(?![\d.])/,
} as const
