import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExtractionDocument } from '../../src/model/index.js'
import { jsonLines, makeCli, seedFile } from '../helpers/cli-harness.js'

let cli: ReturnType<typeof makeCli>
beforeEach(() => {
  cli = makeCli()
})
afterEach(() => cli.cleanup())

describe('extraction in the product', () => {
  it('extract --json lists the seed’s entities with mentions that are exact spans of the text', async () => {
    const { stdout } = await cli.run(['extract', '--json', seedFile])
    const document = ExtractionDocument.parse(jsonLines(stdout)[0])
    const ids = document.entities.map((entity) => entity.id)
    for (const id of [
      'country:US',
      'country:KZ',
      'country:UZ',
      'country:CN',
      'mineral:tungsten',
      'mineral:uranium',
    ])
      expect(ids).toContain(id)
    for (const entity of document.entities)
      for (const mention of entity.mentions)
        expect(document.article.text.slice(mention.start, mention.end)).toBe(mention.text)
    for (const fact of document.facts)
      for (const span of fact.evidence)
        expect(document.article.text.slice(span.start, span.end)).toBe(span.text)
  })

  it('stores entities on ingest and lists them by type', async () => {
    await cli.run(['ingest', seedFile])
    const { stdout } = await cli.run(['entities', '--type', 'mineral', '--json'])
    const minerals = JSON.parse(stdout) as Array<{ id: string; type: string }>
    expect(minerals.map((entity) => entity.id)).toContain('mineral:tungsten')
    expect(minerals.every((entity) => entity.type === 'mineral')).toBe(true)
    expect((await cli.run(['entities', '--type', 'planet'])).code).toBe(2)
  })

  it('reextract redoes nothing when every extraction is current, and everything with --all', async () => {
    await cli.run(['ingest', seedFile])
    expect((await cli.run(['reextract'])).stdout).toContain(
      'Every stored extraction is up to date.',
    )
    const all = JSON.parse((await cli.run(['reextract', '--all', '--json'])).stdout) as {
      reextracted: number
    }
    expect(all.reextracted).toBe(1)
  })

  it('refuses a facts filter naming an unknown country or person, and exits 2', async () => {
    await cli.run(['ingest', seedFile])
    const country = await cli.run(['facts', '--country', 'Narnia'])
    expect(country.code).toBe(2)
    expect(country.stderr).toContain("no country called 'Narnia'")
    const person = await cli.run(['facts', '--person', 'Zorvath'])
    expect(person.code).toBe(2)
    expect(person.stderr).toContain("no stored person matches 'Zorvath'")
  })
})

describe('lodestone facts', () => {
  interface StoredFactJson {
    type: string
    evidence: Array<{ articleId: string; start: number; end: number; text: string }>
    [role: string]: unknown
  }

  it('lists the seed’s facts, each grounded in the stored text, and filters them', async () => {
    await cli.run(['ingest', seedFile])
    const all = JSON.parse((await cli.run(['facts', '--json'])).stdout) as StoredFactJson[]
    expect(all.length).toBeGreaterThan(0)
    const { articles } = JSON.parse((await cli.run(['articles', '--json'])).stdout) as {
      articles: Array<{ id: string }>
    }
    const article = JSON.parse(
      (await cli.run(['show', articles[0]?.id ?? '', '--json'])).stdout,
    ) as {
      text: string
    }
    for (const fact of all)
      for (const span of fact.evidence)
        expect(article.text.slice(span.start, span.end)).toBe(span.text)

    const legislation = JSON.parse(
      (await cli.run(['facts', '--type', 'legislation', '--json'])).stdout,
    ) as StoredFactJson[]
    expect(legislation.length).toBeGreaterThan(0)
    expect(legislation.every((fact) => fact.type === 'legislation')).toBe(true)

    const aboutRussia = JSON.parse(
      (await cli.run(['facts', '--country', 'Russia', '--json'])).stdout,
    ) as StoredFactJson[]
    expect(aboutRussia.length).toBeGreaterThan(0)
    expect(aboutRussia.every((fact) => JSON.stringify(fact).includes('country:RU'))).toBe(true)
    const none = await cli.run(['facts', '--since', '2030'])
    expect(none.stdout).toContain('No facts match.')
  })

  it("--country takes in facts about the country's places, as the site does", async () => {
    await cli.run(['ingest', seedFile])
    const aboutKazakhstan = JSON.parse(
      (await cli.run(['facts', '--country', 'KZ', '--json'])).stdout,
    ) as StoredFactJson[]
    const namingIt = aboutKazakhstan.filter((fact) => JSON.stringify(fact).includes('country:KZ'))
    const throughAPlace = aboutKazakhstan.filter(
      (fact) => !JSON.stringify(fact).includes('country:KZ'),
    )
    expect(namingIt.length).toBeGreaterThan(0)
    // The Cove Capital investment names the Karaganda Region, not Kazakhstan.
    expect(throughAPlace.map((fact) => fact.type)).toContain('investment')
  })

  it('says each fact in plain words, as the site does, with the words that state it', async () => {
    await cli.run(['ingest', seedFile])
    const listed = await cli.run(['facts', '--type', 'legislation'])
    expect(listed.code).toBe(0)
    // "Jackson-Vanik amendment (United States)": names, not ids or role labels.
    expect(listed.stdout).toMatch(/legislation {2}.*Jackson-Vanik amendment/)
    expect(listed.stdout).not.toMatch(/initiative:|instrument:/)
    expect(listed.stdout).toMatch(/\n {2}“[^”]*Jackson-Vanik/)
  })
})

describe('a page in another language', () => {
  it('gets its entities from the reference data, no guessed facts, and a warning', async () => {
    const page = `${cli.dir}/ru.txt`
    const { writeFileSync } = await import('node:fs')
    writeFileSync(
      page,
      [
        'Новости Степи',
        '12 ноября 2025',
        '',
        'Казахстан и США подписали меморандум о сотрудничестве в области критических минералов',
        '',
        'Президент Казахстана Касым-Жомарт Токаев заявил в Астане, что страна готова увеличить добычу вольфрама и привлечь американские инвестиции в новые месторождения в ближайшие годы.',
        '',
        'По словам министра, соглашение откроет путь для совместных проектов по переработке сырья и строительству новых предприятий в Карагандинской области.',
      ].join('\n'),
    )
    const { stdout } = await cli.run(['extract', '--json', page])
    const document = ExtractionDocument.parse(jsonLines(stdout)[0])
    expect(document.article.language).toBe('ru')
    expect(document.facts).toEqual([])
    expect(document.warnings.join(' ')).toContain("language 'ru' is not supported: entities only")
    expect(document.entities.map((entity) => entity.id)).toContain('country:KZ')
  })
})
