import { WORDS } from './boilerplate.js'
import { isShouting, properCaseOf } from './casing.js'
import type { Line } from './lines.js'
import { isCaption, isCopyright, isListMarker, isMenuLine, isUi } from './lines.js'

/** Regular expressions of this file, built once. */
const PATTERNS = {
  /** "© 2025 by Global Current News", "All content © 2025 Silk Road Dispatch. Reproduction …" */
  holder:
    /(?:©|&copy;|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?(.+?)(?:\.\s|\.?$|,?\s+all rights\b)/iu,
  quotes: /^[«"“'‘]+|[»"”'’]+$/gu,
  acronym: /^[\p{Lu}\p{N}&]{2,6}$/u,
  initial: /(?:^|\s)(\p{Lu})/gu,
  /** "Oxide & Ore Weekly Ltd." is the company; the site is "Oxide & Ore Weekly". */
  companySuffix: new RegExp(`,?\\s+(?:${WORDS.companySuffixes})\\.?$`, 'u'),
} as const

/** The masthead is printed within the first lines of a dump. */
const MASTHEAD_SEARCH_LINES = 15
const MAX_MASTHEAD_WORDS = 6

export interface SiteName {
  /** The publisher as the page names itself, or null. */
  site: string | null
  /** The masthead line's key, so the reader does not mistake it for a title or section. */
  mastheadKey: string | null
}

/**
 * The publisher: the masthead, spelled out from the copyright line when the masthead is an
 * acronym ("GCN" and "© 2025 by Global Current News"), and in its proper casing when it is
 * shouted in capitals ("COMMODITY FRONTIER" and "© 2024 Commodity Frontier Media"; "OXIDE &
 * ORE WEEKLY" and "Oxide & Ore Weekly is an independent publication."). A company suffix
 * ("Ltd.", "LLC") is not part of the site's name.
 */
export function findSite(lines: readonly Line[]): SiteName {
  const masthead = lines
    .slice(0, MASTHEAD_SEARCH_LINES)
    .find(
      (line) =>
        !line.isBlank &&
        !line.isBullet &&
        line.date === null &&
        line.words <= MAX_MASTHEAD_WORDS &&
        !isUi(line) &&
        !isMenuLine(line.text) &&
        !isCopyright(line.text) &&
        !isCaption(line.text) &&
        !isListMarker(line),
    )
  const holder = copyrightHolder(lines)
  const mastheadKey = masthead ? masthead.key : null
  const site = masthead ? reconcile(masthead.text, holder, lines) : holder
  return { site: site === null ? null : stripCompanySuffix(site), mastheadKey }
}

function reconcile(masthead: string, holder: string | null, lines: readonly Line[]): string {
  if (holder !== null && PATTERNS.acronym.test(masthead)) {
    const initials = [...holder.matchAll(PATTERNS.initial)].map((m) => m[1]).join('')
    if (initials === masthead) return holder
  }
  return isShouting(masthead) ? properCaseOf(masthead, lines) : masthead
}

function stripCompanySuffix(site: string): string {
  const stripped = site.replace(PATTERNS.companySuffix, '').trim()
  return stripped === '' ? site : stripped
}

function copyrightHolder(lines: readonly Line[]): string | null {
  for (const line of lines) {
    if (line.isBlank || !isCopyright(line.text)) continue
    const holder = PATTERNS.holder.exec(line.text)?.[1]?.replace(PATTERNS.quotes, '').trim()
    if (holder) return holder
  }
  return null
}
