/** Regular expressions of this file, built once. */
const PATTERNS = {
  /** A document that starts as HTML: doctype, <html>, or XHTML's XML declaration. */
  htmlStart:
    /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i,
  /** Document-level tags that plain dumps of rendered pages do not contain. */
  documentTag: /<(?:html|head|body)[\s>]|<\/(?:html|head|body)>/i,
  /** Any start or end tag. */
  tag: /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi,
  whitespace: /\s+/g,
  htmlFileName: /\.(?:x?html?|xht)$/i,
} as const

/** Only the start is read: HTML shows itself in the first few kilobytes. */
const SNIFF_CHARS = 8 * 1024
/** A fragment with this many tags ... */
const MIN_TAGS = 5
/** ... making up this share of its non-blank characters is markup (a saved fragment). */
const MIN_TAG_SHARE = 0.15
/** With an .html name, a lower share is enough. */
const MIN_TAG_SHARE_HTML_NAME = 0.05

/**
 * HTML or a plain-text dump, by content: a doctype, <html>, <head> or <body>, or a high share
 * of tags. The file name only breaks a tie: a `.txt` holding HTML is HTML, and an `.html`
 * holding a plain dump is text.
 */
export function sniffFormat(text: string, fileName?: string | null): 'html' | 'text' {
  const head = text.slice(0, SNIFF_CHARS)
  if (PATTERNS.htmlStart.test(head) || PATTERNS.documentTag.test(head)) return 'html'
  const tags = head.match(PATTERNS.tag) ?? []
  if (tags.length < MIN_TAGS) return 'text'
  const tagChars = tags.reduce((sum, tag) => sum + tag.length, 0)
  const share = tagChars / Math.max(1, head.replace(PATTERNS.whitespace, '').length)
  const isHtmlName = PATTERNS.htmlFileName.test(fileName ?? '')
  return share >= (isHtmlName ? MIN_TAG_SHARE_HTML_NAME : MIN_TAG_SHARE) ? 'html' : 'text'
}
