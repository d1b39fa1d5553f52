import { isUtf8 } from 'node:buffer'

/** What a scan of invalid UTF-8 found, for the warning. */
export interface Utf8Damage {
  /** Invalid sequences, counted as the WHATWG decoder counts its U+FFFD replacements. */
  badSequences: number
  firstBadOffset: number
  /** Valid sequences of two to four bytes: evidence that the text really is UTF-8. */
  multibyteSequences: number
}

/** True when the bytes are valid UTF-8 (Node's native check: well under a millisecond per MB). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes)
}

/**
 * Counts invalid and valid multibyte sequences. A per-byte loop, so it runs only on bytes
 * already known to be invalid UTF-8. Follows the WHATWG decoder: a bad byte after a lead
 * byte ends that sequence (one replacement) and is read again as a new start.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Damage {
  let badSequences = 0
  let firstBadOffset = -1
  let multibyteSequences = 0
  let i = 0
  const bad = (at: number): void => {
    badSequences++
    if (firstBadOffset === -1) firstBadOffset = at
  }
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i++
      continue
    }
    let need: number
    let lower = 0x80
    let upper = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) need = 1
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2
      if (lead === 0xe0) lower = 0xa0
      if (lead === 0xed) upper = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3
      if (lead === 0xf0) lower = 0x90
      if (lead === 0xf4) upper = 0x8f
    } else {
      bad(i)
      i++
      continue
    }
    let j = 1
    while (j <= need) {
      const next = bytes[i + j]
      if (next === undefined || next < lower || next > upper) break
      lower = 0x80
      upper = 0xbf
      j++
    }
    if (j > need) {
      multibyteSequences++
      i += need + 1
    } else {
      bad(i)
      i += j
    }
  }
  return { badSequences, firstBadOffset, multibyteSequences }
}
