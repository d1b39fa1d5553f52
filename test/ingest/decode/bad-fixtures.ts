// The bytes of test/fixtures/ingest/bad/, made here so each case says how it was built.
// Rewrite the files with: npx tsx test/ingest/decode/write-bad-fixtures.ts
import iconv from 'iconv-lite'

const RUSSIAN =
  'Национальная горнорудная компания «Кварц-Руда» и американская Zorvath Capital подписали ' +
  'соглашение о совместной разработке вольфрамового месторождения Каратау. ' +
  'Стоимость проекта оценивается примерно в 400 млн долларов.\n'

const ENGLISH_1252 =
  'Zorvath Capital said the “Qaratau project” would cost €400 million — about a third more ' +
  'than the company’s first estimate. Its chief executive said the plant’s café would stay open.\n'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const encode = (text: string, encoding: string): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding))
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
const html = (charset: string, body: string): string =>
  `<!doctype html>\n<html lang="ru"><head><meta charset="${charset}"><title>Каратау</title></head>\n<body><p>${body}</p></body></html>\n`

/** File name -> bytes. */
export const BAD_FIXTURES: Readonly<Record<string, Uint8Array>> = {
  /** Russian page declared and encoded as windows-1251. */
  'windows-1251-declared.html': encode(html('windows-1251', RUSSIAN), 'windows-1251'),
  /** Russian plain text in windows-1251 with no declaration at all. */
  'windows-1251-undeclared.txt': encode(RUSSIAN.repeat(3), 'windows-1251'),
  /** Curly quotes, an em dash and € in windows-1252, undeclared. */
  'windows-1252-quotes.txt': encode(ENGLISH_1252.repeat(3), 'windows-1252'),
  /** UTF-16 with a byte-order mark, little- and big-endian, with CRLF line ends. */
  'utf-16le-bom.txt': concat(
    new Uint8Array([0xff, 0xfe]),
    encode('Qaratau\r\nтунгстен €\r\n', 'utf-16le'),
  ),
  'utf-16be-bom.txt': concat(
    new Uint8Array([0xfe, 0xff]),
    encode('Qaratau\r\nтунгстен €\r\n', 'utf-16be'),
  ),
  /** The meta tag says utf-8, the bytes are windows-1251. */
  'meta-lies-utf8.html': encode(html('utf-8', RUSSIAN), 'windows-1251'),
  /** UTF-8 Russian with a stray 0xFF at byte 20 and a cut-off two-byte sequence before the end. */
  'invalid-utf8.txt': concat(
    utf8(RUSSIAN).subarray(0, 20),
    new Uint8Array([0xff]),
    utf8(RUSSIAN).subarray(20),
    new Uint8Array([0xd0]),
    utf8('\n'),
  ),
  /** A PNG signature and the start of its header chunk. */
  'png-header.png': new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]),
  /** The first line of a PDF. */
  'pdf-header.pdf': utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
  /** 1 KB of NUL bytes. */
  'nul-filled.bin': new Uint8Array(1024),
  /** Nothing at all. */
  'empty.txt': new Uint8Array(0),
  /** Only spaces and line ends. */
  'whitespace-only.txt': utf8('  \n\t\r\n   \n'),
}
