import iconv from 'iconv-lite'

/** Regular expressions of this file, built once. */
const PATTERNS = {
  /** `text/html; charset="windows-1251"` */
  headerCharset: /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i,
  /** `<meta charset="utf-8">` */
  metaCharset: /<meta\s[^>]*?\bcharset\s*=\s*["']?\s*([a-zA-Z0-9_:.()+-]+)/gi,
  /** `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">` */
  metaContent: /<meta\s[^>]*?\bcontent\s*=\s*["']([^"']*charset[^"']*)["']/gi,
  /** The charset inside an http-equiv content value. */
  contentCharset: /charset\s*=\s*([^\s;"']+)/i,
  /** An HTML comment, skipped by the prescan as browsers do. */
  comment: /<!--[\s\S]*?-->/g,
} as const

/** Browsers look for a meta charset in the first 1024 bytes; pages in the wild put it later. */
export const META_PRESCAN_BYTES = 4 * 1024

/**
 * Labels mapped to the name we decode with and report. Follows the WHATWG Encoding
 * Standard where it differs from the label: ISO-8859-1 and ASCII are decoded as
 * windows-1252 (its superset), GB2312 as GBK.
 */
const LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  'x-cp1252': 'windows-1252',
  cp1251: 'windows-1251',
  'windows-1251': 'windows-1251',
  'x-cp1251': 'windows-1251',
  cp1250: 'windows-1250',
  'windows-1250': 'windows-1250',
  'koi8-r': 'koi8-r',
  koi8: 'koi8-r',
  'koi8-u': 'koi8-u',
  'iso-8859-5': 'iso-8859-5',
  'iso-8859-2': 'iso-8859-2',
  'iso-8859-9': 'windows-1254',
  'iso-8859-15': 'iso-8859-15',
  ibm866: 'ibm866',
  cp866: 'ibm866',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  'euc-jp': 'euc-jp',
  'euc-kr': 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
  gb2312: 'gbk',
  gbk: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  'iso-2022-jp': 'iso-2022-jp',
}

/** The encoding name to decode with, or null when neither the table nor iconv-lite knows it. */
export function normalizeCharset(label: string): string | null {
  const key = label.trim().toLowerCase()
  if (key === '') return null
  const known = LABELS[key]
  if (known) return known
  return iconv.encodingExists(key) ? key : null
}

/** The raw charset label of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null
  const match = PATTERNS.headerCharset.exec(contentType)
  if (!match) return null
  return (match[1] ?? match[2] ?? match[3] ?? '').trim() || null
}

/** The raw charset label of the first `<meta charset>` or `http-equiv` in the first 4 KB. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  // latin1 maps bytes 1:1 to code points, so ASCII markup survives whatever the encoding.
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, META_PRESCAN_BYTES),
  )
    .toString('latin1')
    .replace(PATTERNS.comment, '')
  if (!/<meta/i.test(head)) return null
  const found: Array<{ index: number; label: string }> = []
  for (const match of head.matchAll(PATTERNS.metaCharset)) {
    if (match[1]) found.push({ index: match.index, label: match[1] })
  }
  for (const match of head.matchAll(PATTERNS.metaContent)) {
    const label = PATTERNS.contentCharset.exec(match[1] ?? '')?.[1]
    if (label) found.push({ index: match.index, label })
  }
  found.sort((a, b) => a.index - b.index)
  return found[0]?.label ?? null
}

/** Script families: a declared charset is "wrong" when the bytes belong to another family. */
const CHARSET_FAMILY: Readonly<Record<string, string>> = {
  'windows-1251': 'cyrillic',
  'koi8-r': 'cyrillic',
  'koi8-u': 'cyrillic',
  'iso-8859-5': 'cyrillic',
  ibm866: 'cyrillic',
  'windows-1252': 'latin',
  'iso-8859-1': 'latin',
  'iso-8859-15': 'latin',
  'windows-1250': 'latin',
  'iso-8859-2': 'latin',
  'windows-1254': 'latin',
  shift_jis: 'cjk',
  'euc-jp': 'cjk',
  'euc-kr': 'cjk',
  gbk: 'cjk',
  gb18030: 'cjk',
  big5: 'cjk',
}

export function charsetFamily(encoding: string): string | null {
  return CHARSET_FAMILY[encoding] ?? null
}
