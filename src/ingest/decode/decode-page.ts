import { isAscii } from 'node:buffer'
import { analyse } from 'chardet'
import iconv from 'iconv-lite'
import type { Result } from '../../model/index.js'
import { fail, ok } from '../../model/index.js'
import { detectMagic, scanNuls } from './binary.js'
import {
  charsetFamily,
  charsetFromContentType,
  charsetFromMeta,
  normalizeCharset,
} from './charset.js'
import { repairDoubleEncoding } from './double-encoding.js'
import { isValidUtf8, scanUtf8 } from './utf8.js'

export interface DecodeHints {
  /** How messages name this input: a path, a URL or "-". */
  input: string
  /** The Content-Type header, when the page came over HTTP. */
  contentType?: string | null
}

export interface DecodedPage {
  /** The text with "\n" newlines and no BOM. */
  text: string
  /** The encoding the bytes were decoded with ("utf-8", "windows-1251"). */
  encoding: string
  warnings: string[]
}

/** Regular expressions of this file, built once. */
const PATTERNS = {
  newline: /\r\n?/g,
  nonSpace: /\S/,
} as const

/** chardet reads the whole buffer; the first 64 KB is enough to tell a charset. */
const CHARDET_SAMPLE_BYTES = 64 * 1024
/** chardet's scores are 0-100; below this its guess is noise (fixtures in test/ingest/decode). */
const MIN_GUESS_CONFIDENCE = 10
/** Overruling a declared legacy charset needs a firm guess of another script family. */
const MIN_OVERRULE_CONFIDENCE = 50
/**
 * Invalid bytes among many valid multibyte sequences are damage to a UTF-8 page (a cut-off
 * download, a stray byte); a legacy page has almost no valid multibyte sequences.
 */
const DAMAGED_UTF8_RATIO = 2

const BOMS: ReadonlyArray<{ encoding: string; bytes: readonly number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
]

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: false })
const BOM_CHAR = '\uFEFF'

/**
 * Bytes to text. The encoding comes from, in order: a BOM; the Content-Type charset; a
 * `<meta charset>` or `http-equiv` in the first 4 KB; the content (valid UTF-8, else
 * chardet's guess). A declaration the bytes contradict is overruled with a warning.
 * Binary files and empty input are problems, not text.
 */
export function decodePage(bytes: Uint8Array, hints: DecodeHints): Result<DecodedPage> {
  const { input } = hints
  if (bytes.length === 0) return fail({ code: 'input.empty', input })
  const magic = detectMagic(bytes)
  if (magic) return fail({ code: 'input.binary', input, detail: magic })

  const warnings: string[] = []
  let encoding = bomEncoding(bytes)
  if (encoding === null) {
    const nuls = scanNuls(bytes)
    if (nuls.kind === 'binary') {
      return fail({
        code: 'input.binary',
        input,
        detail: `NUL byte at offset ${nuls.firstOffset}; looks like a binary file`,
      })
    }
    encoding = nuls.kind === 'none' ? chooseEncoding(bytes, hints, warnings) : nuls.kind
  }

  const decoded = decodeAs(bytes, encoding)
  // Most pages have no CR at all; the search is far cheaper than a replace over 1 MB.
  const unixText = decoded.includes('\r') ? decoded.replace(PATTERNS.newline, '\n') : decoded
  if (!PATTERNS.nonSpace.test(unixText)) return fail({ code: 'input.empty', input })
  const text = repairDoubleEncoding(unixText)
  if (text !== unixText) {
    warnings.push(`${input}: repaired characters that were UTF-8 decoded twice ("â€™" for "’")`)
  }
  return ok({ text, encoding, warnings })
}

function bomEncoding(bytes: Uint8Array): string | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return bom.encoding
  }
  return null
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (encoding !== 'utf-8') return iconv.decode(buffer, encoding) // strips a BOM by default
  // Valid UTF-8 takes Node's fast path; damaged bytes get the WHATWG decoder's U+FFFD.
  if (!isValidUtf8(bytes)) return utf8Decoder.decode(bytes)
  const text = buffer.toString('utf8')
  return text.startsWith(BOM_CHAR) ? text.slice(1) : text
}

/** Declaration first (header, then meta), checked against the bytes; else the content. */
function chooseEncoding(bytes: Uint8Array, hints: DecodeHints, warnings: string[]): string {
  const { input } = hints
  const headerLabel = charsetFromContentType(hints.contentType)
  const metaLabel = headerLabel === null ? charsetFromMeta(bytes) : null
  const label = headerLabel ?? metaLabel
  const where = headerLabel !== null ? 'the Content-Type header' : '<meta charset>'
  if (label === null) {
    const found = detectEncoding(bytes, input, warnings)
    // A guessed legacy charset is right most of the time, but the user should know it was a guess.
    if (found !== 'utf-8' && !isAscii(bytes)) {
      warnings.push(
        `${input}: no charset declared and the bytes are not valid UTF-8; decoded as ${found} (guessed from the content)`,
      )
    }
    return found
  }

  const declared = normalizeCharset(label)
  if (declared === null) {
    warnings.push(`${input}: unknown charset "${label}" in ${where}; guessed from the content`)
    return detectEncoding(bytes, input, warnings)
  }
  // Bytes without NULs cannot be UTF-16; HTML says to read such a declaration as UTF-8.
  if (declared.startsWith('utf-16')) return detectEncoding(bytes, input, warnings)

  if (declared === 'utf-8') {
    if (isValidUtf8(bytes)) return 'utf-8'
    const found = detectEncoding(bytes, input, warnings)
    if (found !== 'utf-8') {
      warnings.push(
        `${input}: ${where} says utf-8 but the bytes are not valid UTF-8; decoded as ${found}`,
      )
    }
    return found
  }

  if (isAscii(bytes)) return declared
  if (isValidUtf8(bytes)) {
    // Valid multibyte UTF-8 is vanishingly rare in legacy-encoded text.
    warnings.push(
      `${input}: ${where} says ${label} but the bytes are valid UTF-8; decoded as utf-8`,
    )
    return 'utf-8'
  }
  const guess = guessLegacy(bytes)
  const declaredFamily = charsetFamily(declared)
  const guessFamily = guess ? charsetFamily(guess.encoding) : null
  if (
    guess &&
    guess.confidence >= MIN_OVERRULE_CONFIDENCE &&
    declaredFamily !== null &&
    guessFamily !== null &&
    declaredFamily !== guessFamily
  ) {
    warnings.push(
      `${input}: ${where} says ${label} but the bytes look like ${guess.encoding} (${guessFamily} text); decoded as ${guess.encoding}`,
    )
    return guess.encoding
  }
  return declared
}

/** No usable declaration: valid UTF-8, else chardet's guess, else UTF-8 with replacements. */
function detectEncoding(bytes: Uint8Array, input: string, warnings: string[]): string {
  if (isValidUtf8(bytes)) return 'utf-8'
  const damage = scanUtf8(bytes)
  const looksDamagedUtf8 =
    damage.multibyteSequences > 0 &&
    damage.multibyteSequences >= DAMAGED_UTF8_RATIO * damage.badSequences
  const guess = looksDamagedUtf8 ? null : guessLegacy(bytes)
  if (guess) return guess.encoding
  const plural = damage.badSequences === 1 ? 'sequence' : 'sequences'
  warnings.push(
    `${input}: ${damage.badSequences} invalid UTF-8 ${plural} (first at byte ${damage.firstBadOffset}) replaced with U+FFFD; the file may be cut off or mix encodings`,
  )
  return 'utf-8'
}

/** chardet's best guess that is a legacy (non-Unicode) encoding iconv-lite can decode. */
function guessLegacy(bytes: Uint8Array): { encoding: string; confidence: number } | null {
  const sample = bytes.subarray(0, CHARDET_SAMPLE_BYTES)
  for (const match of analyse(sample)) {
    if (match.confidence < MIN_GUESS_CONFIDENCE) break
    const encoding = normalizeCharset(match.name)
    if (encoding === null || encoding.startsWith('utf-')) continue
    return { encoding, confidence: match.confidence }
  }
  return null
}
