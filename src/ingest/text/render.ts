/** One block of the clean body. */
export interface Block {
  kind: 'p' | 'h2' | 'li'
  text: string
}

/** Regular expressions of this file, built once. */
const PATTERNS = {
  special: /[&<>"']/g,
} as const

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Paragraphs and headings separated by a blank line; items of one list by a newline. */
export function renderText(blocks: readonly Block[]): string {
  let out = ''
  blocks.forEach((block, i) => {
    if (i > 0) out += block.kind === 'li' && blocks[i - 1]?.kind === 'li' ? '\n' : '\n\n'
    out += block.text
  })
  return out
}

/** The same blocks as escaped `<p>`, `<h2>` and `<ul><li>` markup. */
export function renderHtml(blocks: readonly Block[]): string {
  const parts: string[] = []
  blocks.forEach((block, i) => {
    const text = escapeHtml(block.text)
    if (block.kind !== 'li') {
      parts.push(`<${block.kind}>${text}</${block.kind}>`)
      return
    }
    const isFirst = blocks[i - 1]?.kind !== 'li'
    const isLast = blocks[i + 1]?.kind !== 'li'
    parts.push(`${isFirst ? '<ul>' : ''}<li>${text}</li>${isLast ? '</ul>' : ''}`)
  })
  return parts.join('\n')
}

export function escapeHtml(text: string): string {
  return text.replace(PATTERNS.special, (char) => ESCAPES[char] ?? char)
}
