import { stat } from 'node:fs/promises'
import type { ExtractionDocument, PublishedDate } from '../model/index.js'
import { describeProblem } from '../model/index.js'
import { extract } from '../extract/index.js'
import { readPage } from '../ingest/index.js'
import type { Reference } from '../reference/index.js'
import { collectInputs } from './collect-inputs.js'
import type { InputRef } from './collect-inputs.js'
import { readInput } from './read-input.js'

export interface ExtractOptions {
  limitBytes: number
  reference: Reference
  /** Overrides the page's own publication date (relative dates resolve against it). */
  published?: PublishedDate
  stdin?: AsyncIterable<Uint8Array>
}

/**
 * One extraction document per input, in argument order (a directory expands in place,
 * sorted), without storing anything. An input that cannot be read still yields its
 * document, with empty fields and the reason in `warnings`, so output lines stay aligned
 * with inputs.
 */
export async function* extractDocuments(
  args: string[],
  options: ExtractOptions,
): AsyncGenerator<{ input: string; document: ExtractionDocument; ok: boolean }> {
  for (const arg of args) {
    for (const input of await expand(arg)) {
      yield await extractOne(input, options)
    }
  }
}

async function expand(arg: string): Promise<InputRef[]> {
  if (arg === '-') return [{ kind: 'stdin' }]
  const info = await stat(arg).catch(() => null)
  if (!info?.isDirectory()) return [{ kind: 'file', path: arg }]
  const { inputs } = await collectInputs([arg])
  return inputs.length > 0 ? inputs : [{ kind: 'file', path: arg }]
}

/** One input's extraction document, never throwing for bad input (see extractDocuments). */
export async function extractOne(
  input: InputRef,
  options: ExtractOptions,
): Promise<{ input: string; document: ExtractionDocument; ok: boolean }> {
  const location = input.kind === 'file' ? input.path : '-'
  const raw = await readInput(input, options.limitBytes, options.stdin)
  const page = raw.ok ? readPage({ bytes: raw.value.bytes, location, kind: raw.value.kind }) : raw
  if (!page.ok) {
    return { input: location, document: emptyDocument(describeProblem(page.problem)), ok: false }
  }
  const { draft, warnings } = page.value
  const published = options.published ?? draft.published
  const found = extract(
    { text: draft.text, published, language: draft.language },
    options.reference,
  )
  const document: ExtractionDocument = {
    article: {
      title: draft.title,
      byline: draft.byline,
      published,
      section: draft.section,
      site: draft.site,
      url: draft.url,
      language: draft.language,
      text: draft.text,
    },
    entities: found.entities,
    facts: found.facts,
    warnings: [...warnings, ...found.warnings.map((warning) => `${location}: ${warning}`)],
  }
  return { input: location, document, ok: true }
}

function emptyDocument(warning: string): ExtractionDocument {
  return {
    article: {
      title: '',
      byline: null,
      published: null,
      section: null,
      site: null,
      url: null,
      language: null,
      text: '',
    },
    entities: [],
    facts: [],
    warnings: [warning],
  }
}
