/**
 * UTF-8 that was decoded twice: a server read UTF-8 bytes as Latin-1 and encoded the result
 * again, so "’" (E2 80 99) arrives as "â" followed by the C1 controls U+0080 and U+0099.
 * C1 controls never belong in text, so a Latin-1 run holding one that re-reads as a single valid
 * UTF-8 character is that character.
 */
const DOUBLE_ENCODED =
  /[\u00C2-\u00DF][\u0080-\u00BF]|[\u00E0-\u00EF][\u0080-\u00BF]{2}|[\u00F0-\u00F4][\u0080-\u00BF]{3}/g
const C1_CONTROL = /[\u0080-\u009F]/

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

export function repairDoubleEncoding(text: string): string {
  if (!C1_CONTROL.test(text)) return text
  return text.replace(DOUBLE_ENCODED, (run) => {
    if (!C1_CONTROL.test(run)) return run
    const bytes = Uint8Array.from(run, (char) => char.charCodeAt(0))
    try {
      return strictUtf8.decode(bytes)
    } catch {
      return run
    }
  })
}
