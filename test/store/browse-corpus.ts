import type { Entity, Fact } from '../../src/model/index.js'
import { beforeAll } from 'vitest'
import type { StoredEntity, Store } from '../../src/store/index.js'
import type { TestDatabases } from './harness.js'
import { makeAgreement, makeInvestment, makeSaveInput, spanOf } from './factories.js'

/**
 * A small newsroom for the browsing queries: five articles, nine entities, four facts.
 * country:US is in every article with mentions (the common entity); one article mentions
 * nothing; one entity is in no article and has LIKE wildcards in its name.
 */

export const ENTITIES = {
  kazakhstan: {
    id: 'country:KZ',
    type: 'country',
    name: 'Kazakhstan',
    aliases: ['Republic of Kazakhstan', 'KZ'],
  },
  unitedStates: { id: 'country:US', type: 'country', name: 'United States', aliases: ['U.S.'] },
  uzbekistan: { id: 'country:UZ', type: 'country', name: 'Uzbekistan' },
  rubio: {
    id: 'person:marco-rubio',
    type: 'person',
    name: 'Marco Rubio',
    aliases: ['Secretary Rubio'],
    role: 'U.S. Secretary of State',
  },
  zorvath: {
    id: 'organization:zorvath-capital',
    type: 'organization',
    name: 'Zorvath Capital',
    aliases: ['Zorvath'],
  },
  tungsten: { id: 'mineral:tungsten', type: 'mineral', name: 'tungsten' },
  lithium: { id: 'mineral:lithium', type: 'mineral', name: 'lithium' },
  astana: { id: 'place:astana', type: 'place', name: 'Astana', country: 'KZ' },
  /** In no article: for LIKE wildcards in search input. */
  fund: { id: 'organization:fund-100', type: 'organization', name: '100%_Steppe Fund' },
} satisfies Record<string, StoredEntity>

type Key = 'deal' | 'visit' | 'prices' | 'lithium' | 'weather'

interface ArticleSpec {
  title: string
  published: string | null
  section: string | null
  text: string
  /** Entities and the words that mention them in the text. */
  mentions: Array<[StoredEntity, string[]]>
  facts: (text: string) => Fact[]
}

const { kazakhstan, unitedStates, uzbekistan, rubio, zorvath, tungsten, lithium, astana } = ENTITIES

const ARTICLES: Record<Key, ArticleSpec> = {
  deal: {
    title: 'Zorvath Capital backs Kazakh tungsten',
    published: '2025-11-05',
    section: 'Business',
    text:
      'Zorvath Capital will invest in the Qaratau tungsten project in Kazakhstan. ' +
      'The deal was signed in Astana with United States backing.',
    mentions: [
      [zorvath, ['Zorvath Capital']],
      [tungsten, ['tungsten']],
      [kazakhstan, ['Kazakhstan']],
      [astana, ['Astana']],
      [unitedStates, ['United States']],
    ],
    facts: (text) => [
      makeInvestment({
        investor: 'Zorvath Capital',
        recipient_country: 'country:KZ',
        site: undefined,
        amount: undefined,
        when: '2025',
        status: 'announced',
        evidence: [spanOf(text, 'Zorvath Capital will invest in the Qaratau tungsten project')],
        confidence: 0.9,
      }),
      makeAgreement({
        parties: ['country:KZ', 'country:US'],
        when: '2025-11-05',
        status: 'signed',
        evidence: [spanOf(text, 'The deal was signed in Astana')],
        confidence: 0.75,
      }),
    ],
  },
  visit: {
    title: 'Rubio visits Astana',
    published: '2025-11-10',
    section: 'Politics',
    text:
      'Marco Rubio visited Astana and met officials of Kazakhstan. ' +
      'The United States will send a trade mission.',
    mentions: [
      [rubio, ['Marco Rubio']],
      [astana, ['Astana']],
      [kazakhstan, ['Kazakhstan']],
      [unitedStates, ['United States']],
    ],
    facts: (text) => [
      {
        type: 'visit',
        traveler: 'Marco Rubio',
        destinations: ['country:KZ'],
        when: '2025-11-10',
        status: 'completed',
        evidence: [spanOf(text, 'Marco Rubio visited Astana')],
        confidence: 0.8,
      },
    ],
  },
  prices: {
    title: 'Tungsten prices climb',
    published: '2025-10-01',
    section: 'Markets',
    text:
      'Tungsten prices rose as Zorvath Capital bought more tungsten. ' +
      'The United States imports most of it.',
    mentions: [
      [tungsten, ['Tungsten', 'tungsten']],
      [zorvath, ['Zorvath Capital']],
      [unitedStates, ['United States']],
    ],
    facts: () => [],
  },
  lithium: {
    title: 'Uzbek lithium mine opens',
    published: '2024-06',
    section: 'Business',
    text: 'Uzbekistan opened a lithium mine. The United States welcomed the news.',
    mentions: [
      [uzbekistan, ['Uzbekistan']],
      [lithium, ['lithium']],
      [unitedStates, ['United States']],
    ],
    facts: (text) => [
      makeInvestment({
        investor: 'Uzbekistan',
        minerals: ['mineral:lithium'],
        site: undefined,
        amount: undefined,
        when: undefined,
        status: 'planned',
        evidence: [spanOf(text, 'Uzbekistan opened a lithium mine')],
        confidence: 0.6,
      }),
    ],
  },
  weather: {
    title: 'Snow expected in the steppe',
    published: null,
    section: null,
    text: 'Snow is expected tomorrow across the northern steppe.',
    mentions: [],
    facts: () => [],
  },
}

export interface Corpus {
  ids: Record<Key, string>
  identityKeys: Record<Key, string>
  /** Fact ids by article, in the order the article's extraction gave them. */
  factIds: Record<Key, string[]>
}

/**
 * Saves the corpus and stores each article's extraction. The deal's investment also cites the
 * prices article, as reconciliation will: `addEvidence` writes that row past the store.
 */
export async function seedCorpus(
  store: Store,
  addEvidence: (statement: string) => Promise<void>,
): Promise<Corpus> {
  const ids = {} as Record<Key, string>
  const identityKeys = {} as Record<Key, string>
  const factIds = {} as Record<Key, string[]>
  for (const [key, spec] of Object.entries(ARTICLES) as Array<[Key, ArticleSpec]>) {
    const input = makeSaveInput({
      draft: {
        title: spec.title,
        published: spec.published,
        section: spec.section,
        text: spec.text,
        html: `<p>${spec.text}</p>`,
      },
    })
    const { id, revision } = await store.articles.save(input)
    const entities: Entity[] = spec.mentions.map(([entity, words]) => ({
      ...entity,
      mentions: words.map((words) => spanOf(spec.text, words)),
    }))
    const result = await store.facts.replaceForArticle(
      id,
      revision,
      spec.facts(spec.text),
      entities,
    )
    ids[key] = id
    identityKeys[key] = input.identityKey
    factIds[key] = result.factIds
  }
  await store.entities.upsert(ENTITIES.fund)
  const shared = spanOf(ARTICLES.prices.text, 'Zorvath Capital bought more tungsten')
  await addEvidence(
    `insert into fact_evidence (fact_id, article_id, revision, start_offset, end_offset, text)
     values ('${factIds.deal[0]}', '${ids.prices}', 1, ${shared.start}, ${shared.end}, '${shared.text}')`,
  )
  return { ids, identityKeys, factIds }
}

/**
 * Seeds the corpus once for a describe block (in a beforeAll) in a database of its own, and
 * returns the accessor its read-only tests call.
 */
export function useSeededCorpus(databases: TestDatabases): () => { store: Store; corpus: Corpus } {
  let seeded: { store: Store; corpus: Corpus } | undefined
  beforeAll(async () => {
    const location = await databases.create()
    const store = await databases.openForAll(location)
    const corpus = await seedCorpus(store, (statement) => databases.exec(location, statement))
    seeded = { store, corpus }
  })
  return () => {
    if (!seeded) throw new Error('the corpus was not seeded (see the beforeAll error)')
    return seeded
  }
}
