/** How the bench compares metadata with the labels. */

/** Titles: exact after Unicode NFC and whitespace normalisation. */
export function sameTitle(predicted: string | null, truth: string): boolean {
  if (predicted === null) return false
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim()
  return norm(predicted) === norm(truth)
}

/**
 * Bylines: the same set of people. Each side is split into names at commas, "and", "&" and ";";
 * a name is compared as lower-case letters without diacritics; post-nominal credentials in
 * capitals ("MS, RD, FAND", "PhD") are not names and are dropped on both sides.
 */
export function sameAuthors(predicted: string | null, truth: string): boolean {
  if (predicted === null) return false
  const a = nameSet(predicted)
  const b = nameSet(truth)
  if (a.size === 0 || a.size !== b.size) return false
  for (const name of a) if (!b.has(name)) return false
  return true
}

const CREDENTIAL = /^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|MBA|MSc|BSc|RDN|LD|CPT)$/

function nameSet(text: string): Set<string> {
  const out = new Set<string>()
  for (const part of text.split(/\s*(?:,|;|&|\band\b)\s*/i)) {
    const words = part
      .split(/\s+/)
      .filter((w) => w !== '' && !CREDENTIAL.test(w.replace(/[.,]$/, '')))
    const key = words
      .join(' ')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\s]/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
    if (key !== '') out.add(key)
  }
  return out
}

/** Dates: the same calendar day (the first ten characters). */
export function sameDay(predicted: string | null, truth: string): boolean {
  return predicted !== null && predicted.slice(0, 10) === truth.slice(0, 10)
}

/** Sections and publishers: equal ignoring case and spacing. */
export function sameLabel(predicted: string | null, truth: string): boolean {
  if (predicted === null) return false
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()
  // A label such as "Global Current News (GCN)" names the site and its acronym; either is right.
  const forms = (s: string) => {
    const acronym = /^(.*\S)\s*\(([A-Z0-9&.]{2,})\)$/.exec(s.trim())
    return acronym ? [norm(s), norm(acronym[1] ?? ''), norm(acronym[2] ?? '')] : [norm(s)]
  }
  return forms(truth).includes(norm(predicted))
}
