/** Magic numbers of the binary files people most often feed a news reader by mistake. */
const MAGIC_NUMBERS: ReadonlyArray<{ kind: string; bytes: readonly number[] }> = [
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8(7|9)a
  { kind: 'ZIP archive (or DOCX/XLSX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ZIP archive (empty)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
]

/** NUL bytes never occur in text pages except UTF-16; only the start is looked at, for speed. */
export const NUL_SCAN_BYTES = 8 * 1024

/** The kind of binary file the bytes start with, or null. */
export function detectMagic(bytes: Uint8Array): string | null {
  for (const { kind, bytes: magic } of MAGIC_NUMBERS) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return kind
  }
  return null
}

/** How many NULs, absolutely or as a share of the head, still count as stray damage. */
const STRAY_NULS = 2
const STRAY_NUL_SHARE = 0.001

export type NulScan =
  { kind: 'none' } | { kind: 'utf-16le' | 'utf-16be' } | { kind: 'binary'; firstOffset: number }

/**
 * Looks for NUL bytes in the first 8 KB. UTF-16 without a BOM puts a NUL in every other byte
 * of ASCII text, always at the same parity; anything else with NULs is binary.
 */
export function scanNuls(bytes: Uint8Array): NulScan {
  const head = bytes.subarray(0, NUL_SCAN_BYTES)
  const first = head.indexOf(0)
  if (first === -1) return { kind: 'none' }
  let even = 0
  let odd = 0
  for (let i = first; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  }
  // A stray NUL or two in a text page is damage, not a binary file: reading goes on (and
  // readPage drops them with a warning).
  if (even + odd <= Math.max(STRAY_NULS, head.length * STRAY_NUL_SHARE)) return { kind: 'none' }
  const pairs = Math.floor(head.length / 2)
  // Half or more of one parity NUL and none of the other: ASCII-range text in UTF-16.
  if (pairs >= 2 && even === 0 && odd >= pairs * 0.5) return { kind: 'utf-16le' }
  if (pairs >= 2 && odd === 0 && even >= pairs * 0.5) return { kind: 'utf-16be' }
  return { kind: 'binary', firstOffset: first }
}
