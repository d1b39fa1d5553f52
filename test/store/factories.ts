import { createHash } from 'node:crypto'
import type { ArticleDraft, Entity, Fact, Source } from '../../src/model/index.js'
import type { SaveArticleInput } from '../../src/store/index.js'

/**
 * Test data with overrides: `makeDraft({ title: 'Tungsten talks' })`. Names are invented
 * (Zorvath Capital, the Qaratau project) so tests never lean on real-world knowledge.
 */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

export const SAMPLE_TEXT =
  'Zorvath Capital will invest over $1 billion in the Qaratau tungsten project.\n\n' +
  'The deal was signed in Astana on November 5, 2025.'

export function makeDraft(overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    title: 'Zorvath Capital backs the Qaratau project',
    byline: 'Aigerim Nurlanovna',
    published: '2025-11-05',
    section: 'Business',
    site: 'Steppe Herald',
    url: 'https://steppe-herald.example/2025/11/05/zorvath-qaratau',
    language: 'en',
    text: SAMPLE_TEXT,
    html: `<p>${SAMPLE_TEXT.split('\n\n').join('</p><p>')}</p>`,
    ...overrides,
  }
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    kind: 'url',
    location: 'https://steppe-herald.example/2025/11/05/zorvath-qaratau',
    contentHash: sha256('raw bytes'),
    encoding: 'utf-8',
    format: 'html',
    ...overrides,
  }
}

/** An article id as the ingest job derives one: `a` + 16 hex digits of its identity. */
export function articleIdFor(identityKey: string): string {
  return `a${sha256(identityKey).slice(0, 16)}`
}

let pageNumber = 0

/**
 * A save input. Each call is a new page (a new identity) unless `identityKey` is given; the
 * draft hash follows the draft, so a changed draft is a new revision.
 */
export function makeSaveInput(
  overrides: Omit<Partial<SaveArticleInput>, 'draft'> & { draft?: Partial<ArticleDraft> } = {},
): SaveArticleInput {
  pageNumber += 1
  const identityKey = overrides.identityKey ?? `https://steppe-herald.example/page/${pageNumber}`
  const draft = makeDraft(overrides.draft)
  return {
    identityKey,
    id: articleIdFor(identityKey),
    draftHash: sha256(JSON.stringify(draft)),
    source: makeSource(),
    warnings: [],
    ingestedAt: '2025-11-05T12:00:00.000Z',
    ...overrides,
    draft,
  }
}

/** Where `words` first occurs in `text`, as a span. */
export function spanOf(text: string, words: string): { start: number; end: number; text: string } {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in the text`)
  return { start, end: start + words.length, text: words }
}

export function makeEntity(overrides: Partial<Entity> = {}): Entity {
  return {
    id: 'organization:zorvath-capital',
    type: 'organization',
    name: 'Zorvath Capital',
    aliases: ['Zorvath'],
    mentions: [spanOf(SAMPLE_TEXT, 'Zorvath Capital')],
    ...overrides,
  }
}

export function makeInvestment(
  overrides: Partial<Extract<Fact, { type: 'investment' }>> = {},
): Fact {
  return {
    type: 'investment',
    investor: 'Zorvath Capital',
    site: 'Qaratau project',
    minerals: ['mineral:tungsten'],
    amount: { value: 1e9, currency: 'USD', qualifier: 'over' },
    status: 'announced',
    evidence: [
      spanOf(SAMPLE_TEXT, 'Zorvath Capital will invest over $1 billion in the Qaratau tungsten'),
    ],
    confidence: 0.9,
    rule: 'investment.invest-amount-in',
    ...overrides,
  }
}

export function makeAgreement(overrides: Partial<Extract<Fact, { type: 'agreement' }>> = {}): Fact {
  return {
    type: 'agreement',
    parties: ['Zorvath Capital'],
    kind: 'deal',
    when: '2025-11-05',
    status: 'signed',
    evidence: [spanOf(SAMPLE_TEXT, 'The deal was signed in Astana on November 5, 2025')],
    confidence: 0.75,
    ...overrides,
  }
}
