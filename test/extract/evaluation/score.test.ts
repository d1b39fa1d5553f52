import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { GoldArticle, scoreArticle, summarize } from '../../../src/extract/index.js'
import type { Prediction } from '../../../src/extract/index.js'

const text = 'Secretary Vell Orma will visit Kazakhstan next year, the ministry said.'
const span = (words: string) => {
  const start = text.indexOf(words)
  return { start, end: start + words.length, text: words }
}

const gold = GoldArticle.parse({
  id: 'invented-1',
  entities: [
    { type: 'country', id: 'country:KZ' },
    { type: 'person', name: 'Vell Orma', aliases: ['Orma'], role: 'Secretary' },
    { type: 'organization', name: 'Qaratau Mining LLC' },
  ],
  facts: [
    {
      type: 'visit',
      traveler: 'Vell Orma',
      destinations: ['country:KZ'],
      when: '2026',
      status: 'planned',
    },
    {
      type: 'statement',
      speaker: 'Vell Orma',
      quote: 'We will build the road to Qaratau this year.',
    },
  ],
})

describe('scoring extraction against gold labels', () => {
  it('matches entities by id or by name and aliases, facts by their core roles, and checks evidence', () => {
    const prediction: Prediction = {
      article: { text },
      entities: [
        { id: 'country:KZ', type: 'country', name: 'Kazakhstan', mentions: [span('Kazakhstan')] },
        { id: 'person:orma', type: 'person', name: 'Orma', mentions: [span('Orma')] },
        { id: 'organization:qaratau-mining', type: 'organization', name: 'Qaratau Mining' },
        { id: 'country:US', type: 'country', name: 'United States' },
      ],
      facts: [
        {
          type: 'visit',
          traveler: 'person:orma',
          destinations: ['country:KZ'],
          when: '2026',
          evidence: [span('Secretary Vell Orma will visit Kazakhstan next year')],
        } as Prediction['facts'][number],
        {
          type: 'statement',
          speaker: 'country:US',
          evidence: [{ start: 0, end: 4, text: 'nope' }],
        } as Prediction['facts'][number],
      ],
    }
    const article = scoreArticle(gold, prediction)
    expect(article.entities).toMatchObject({ tp: 3, gold: 3, pred: 4, spurious: ['country:US'] })
    expect(article.facts).toMatchObject({ tp: 1, gold: 2, pred: 2, agreeRoles: 3, goldRoles: 6 })
    const summary = summarize([article])
    expect(summary.entities).toMatchObject({ precision: 0.75, recall: 1, f1: 0.857 })
    expect(summary.facts.f1).toBe(0.5)
    expect(summary.grounded).toBe(0.5)
    expect(summary.byType['statement']).toMatchObject({ tp: 0, gold: 1, pred: 1 })
  })

  it('counts an article without a prediction as predicting nothing', () => {
    const summary = summarize([scoreArticle(gold, null, 'no prediction')])
    expect(summary.entities).toMatchObject({ tp: 0, precision: 0, recall: 0 })
    expect(summary.grounded).toBe(1)
  })

  // The shared folder sits beside the checkout, or at LODESTONE_SHARED (as for the bench).
  const shared =
    [process.env['LODESTONE_SHARED'], path.resolve('../shared'), '/work/shared'].find(
      (dir) => dir !== undefined && existsSync(dir),
    ) ?? ''
  const sharedGold = path.join(shared, 'eval-dev/gold.jsonl')
  const sharedScorer = path.join(shared, 'tools/score-facts.mjs')
  const hasShared = existsSync(sharedGold) && existsSync(sharedScorer)
  it.skipIf(!hasShared)(
    'prints the same numbers as the reference scorer (needs ../shared; skipped without it)',
    () => {
      const golds = readFileSync(sharedGold, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => GoldArticle.parse(JSON.parse(line)))
      const dir = mkdtempSync(path.join(tmpdir(), 'lodestone-score-'))
      try {
        const articles = golds.map((goldArticle, articleIndex) => {
          // A prediction that is right in parts: some entities and facts dropped, some roles changed.
          const prediction: Prediction = {
            article: { text: 'the evidence text' },
            entities: goldArticle.entities
              .filter((_, index) => (index + articleIndex) % 4 !== 0)
              .map((entity) => ({
                id:
                  entity.id ??
                  `${entity.type}:${String(entity.name).toLowerCase().replace(/\W+/g, '-')}`,
                type: entity.type,
                name: entity.name ?? entity.id ?? '',
                aliases: entity.aliases,
              })),
            facts: goldArticle.facts
              .filter((_, index) => (index + articleIndex) % 3 !== 1)
              .map((fact, index) => ({
                ...fact,
                ...(index % 2 === 0 ? { when: '1999' } : {}),
                evidence: [
                  index % 5 === 0
                    ? { start: 0, end: 3, text: 'xyz' }
                    : { start: 4, end: 12, text: 'evidence' },
                ],
              })),
          }
          writeFileSync(path.join(dir, `${goldArticle.id}.json`), JSON.stringify(prediction))
          return scoreArticle(goldArticle, prediction)
        })
        const reference = JSON.parse(
          execFileSync(
            process.execPath,
            [sharedScorer, '--gold', sharedGold, '--pred', dir, '--json'],
            {
              encoding: 'utf8',
            },
          ),
        ) as unknown
        expect(summarize(articles)).toEqual(reference)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )
})
