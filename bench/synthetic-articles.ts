/**
 * Synthetic but realistic articles for the web benchmark: news pages about resource diplomacy in
 * Central Asia, composed from templates with real countries, minerals, places and officials
 * (data/reference) and invented companies, analysts and publishers. Each page goes through the
 * real pipeline (reader, extraction, store) so entities, mentions and facts exist as in production.
 * Deterministic: the same count and seed give the same store.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { ENGINE_VERSION, extract, type Extraction } from '../src/extract/index.js'
import {
  articleIdentity,
  articleIdFor,
  draftHash,
  readPage,
  type ReadPage,
} from '../src/ingest/index.js'
import { storeExtraction } from '../src/jobs/store-extraction.js'
import type { Reference } from '../src/reference/index.js'
import { openStore } from '../src/store/index.js'
import { MONTHS } from '../src/model/index.js'

/** Bump when the templates change, so a cached store built from the old ones is not reused. */
const GENERATOR_VERSION = 1
/** The articles span two years up to this day; the bench's clock is the day after. */
const LAST_DAY = Date.UTC(2026, 10, 30)
const SPAN_DAYS = 730
/** Articles per write transaction: the same writes as ingest, without an fsync per article. */
const BATCH_SIZE = 100

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** mulberry32: small, fast and good enough to vary templates reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Country {
  code: string
  name: string
  adjective: string
  capital: string
}

const CENTRAL_ASIA: Country[] = [
  { code: 'KZ', name: 'Kazakhstan', adjective: 'Kazakh', capital: 'Astana' },
  { code: 'UZ', name: 'Uzbekistan', adjective: 'Uzbek', capital: 'Tashkent' },
  { code: 'KG', name: 'Kyrgyzstan', adjective: 'Kyrgyz', capital: 'Bishkek' },
  { code: 'TJ', name: 'Tajikistan', adjective: 'Tajik', capital: 'Dushanbe' },
  { code: 'TM', name: 'Turkmenistan', adjective: 'Turkmen', capital: 'Ashgabat' },
]

const PARTNERS: Country[] = [
  { code: 'US', name: 'the United States', adjective: 'U.S.', capital: 'Washington' },
  { code: 'CN', name: 'China', adjective: 'Chinese', capital: 'Beijing' },
  { code: 'RU', name: 'Russia', adjective: 'Russian', capital: 'Moscow' },
  { code: 'JP', name: 'Japan', adjective: 'Japanese', capital: 'Tokyo' },
  { code: 'KR', name: 'South Korea', adjective: 'South Korean', capital: 'Seoul' },
  { code: 'DE', name: 'Germany', adjective: 'German', capital: 'Berlin' },
  { code: 'FR', name: 'France', adjective: 'French', capital: 'Paris' },
  { code: 'GB', name: 'the United Kingdom', adjective: 'British', capital: 'London' },
  { code: 'TR', name: 'Turkey', adjective: 'Turkish', capital: 'Ankara' },
  { code: 'IN', name: 'India', adjective: 'Indian', capital: 'New Delhi' },
  { code: 'AE', name: 'the United Arab Emirates', adjective: 'Emirati', capital: 'Abu Dhabi' },
]

/** Real officials with the title a news story gives them, and the country they speak for. */
const OFFICIALS: Array<{ name: string; title: string; country: string }> = [
  { name: 'Kassym-Jomart Tokayev', title: 'Kazakh President', country: 'KZ' },
  { name: 'Shavkat Mirziyoyev', title: 'Uzbek President', country: 'UZ' },
  { name: 'Sadyr Japarov', title: 'Kyrgyz President', country: 'KG' },
  { name: 'Emomali Rahmon', title: 'Tajik President', country: 'TJ' },
  { name: 'Serdar Berdimuhamedov', title: 'Turkmen President', country: 'TM' },
  { name: 'Murat Nurtleu', title: 'Kazakh Foreign Minister', country: 'KZ' },
  { name: 'Bakhtiyor Saidov', title: 'Uzbek Foreign Minister', country: 'UZ' },
  { name: 'Jeenbek Kulubaev', title: 'Kyrgyz Foreign Minister', country: 'KG' },
  { name: 'Sirojiddin Muhriddin', title: 'Tajik Foreign Minister', country: 'TJ' },
  { name: 'Rashid Meredov', title: 'Turkmen Foreign Minister', country: 'TM' },
  { name: 'Xi Jinping', title: 'Chinese President', country: 'CN' },
  { name: 'Wang Yi', title: 'Chinese Foreign Minister', country: 'CN' },
  { name: 'Marco Rubio', title: 'U.S. Secretary of State', country: 'US' },
  { name: 'Doug Burgum', title: 'U.S. Interior Secretary', country: 'US' },
  { name: 'Chris Wright', title: 'U.S. Energy Secretary', country: 'US' },
  { name: 'Vladimir Putin', title: 'Russian President', country: 'RU' },
  { name: 'Sergey Lavrov', title: 'Russian Foreign Minister', country: 'RU' },
  { name: 'Recep Tayyip Erdoğan', title: 'Turkish President', country: 'TR' },
  { name: 'Hakan Fidan', title: 'Turkish Foreign Minister', country: 'TR' },
  { name: 'Lee Jae-myung', title: 'South Korean President', country: 'KR' },
  { name: 'Ursula von der Leyen', title: 'European Commission President', country: 'EU' },
  { name: 'Kaja Kallas', title: 'EU foreign policy chief', country: 'EU' },
]

const LAWMAKERS = [
  'Senator Jeanne Shaheen',
  'Senator Steve Daines',
  'Senator James Risch',
  'Senator Chris Murphy',
  'Representative Jimmy Panetta',
  'Representative Bill Huizenga',
  'Representative Dina Titus',
  'Representative Carol Miller',
]

const COMPANY_STEMS = [
  'Harlow',
  'Qyzyl',
  'Steppe',
  'Altyn',
  'Tengri',
  'Borealis',
  'Silverpine',
  'Karatau',
  'Aral',
  'Pamir',
  'Northgate',
  'Ironbark',
  'Kestrel',
  'Sable',
  'Zhetysu',
  'Orda',
  'Granite Peak',
  'Meridian',
  'Westbrook',
  'Blue Yurt',
  'Saryarka',
  'Khanbaliq',
  'Tamerlane',
  'Copperfield',
]
const COMPANY_TRADES = ['Metals', 'Resources', 'Mining', 'Minerals', 'Capital', 'Holdings']
const COMPANY_FORMS = ['Corp.', 'Ltd', 'LLP', 'plc', 'Inc.', 'Group', 'JSC', 'AG']

const FIRST_NAMES = [
  'Aigerim',
  'Nurlan',
  'Dilnoza',
  'Timur',
  'Bakyt',
  'Zarina',
  'Farrukh',
  'Aliya',
  'Ruslan',
  'Madina',
  'Jonathan',
  'Helen',
  'Marcus',
  'Claire',
  'Oliver',
  'Sophie',
  'Daniel',
  'Laura',
  'Kenji',
  'Ingrid',
]
const SURNAMES = [
  'Seitkaliyev',
  'Rakhimova',
  'Usmanov',
  'Tursunbekova',
  'Abdrakhmanov',
  'Kasymova',
  'Nazarov',
  'Holloway',
  'Pritchard',
  'Lindqvist',
  'Okafor',
  'Brennan',
  'Moreau',
  'Tanaka',
  'Whitcombe',
  'Ashford',
  'Delacroix',
  'Venn',
]

const PUBLISHERS = [
  { name: 'Steppe Ledger', domain: 'steppeledger.example' },
  { name: 'Silk Road Mining Review', domain: 'silkroadmining.example' },
  { name: 'Eurasia Metals Brief', domain: 'eurasiametals.example' },
  { name: 'Tian Shan Courier', domain: 'tianshancourier.example' },
  { name: 'Caspian Wire', domain: 'caspianwire.example' },
  { name: 'Minor Metals Weekly', domain: 'minormetals.example' },
  { name: 'The Diplomatic Almanac', domain: 'diplomaticalmanac.example' },
  { name: 'Oxus Business Daily', domain: 'oxusdaily.example' },
  { name: 'Northline Resource News', domain: 'northlineresource.example' },
  { name: 'Capital Markets Asia', domain: 'capitalmarketsasia.example' },
  { name: 'Orbis Policy Journal', domain: 'orbispolicy.example' },
  { name: 'Pamir Post', domain: 'pamirpost.example' },
]

/** Eight raw sections; each belongs to one of the site's sections (data/site.json). */
const SECTIONS = [
  'News',
  'World',
  'Diplomacy',
  'Mining',
  'Minerals',
  'Energy',
  'Markets',
  'Analysis',
]

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

interface ReferencePools {
  minerals: string[]
  /** Places of each Central Asian country, by country code: towns, deposits, regions. */
  places: Map<string, string[]>
}

/** Minerals and places come from the reference files, so the gazetteer knows them. */
function loadPools(): ReferencePools {
  const readEntries = (file: string) =>
    (
      JSON.parse(readFileSync(path.join(repoRoot, 'data/reference', file), 'utf8')) as {
        entries: Array<{ name: string; category?: string; country?: string | string[] }>
      }
    ).entries
  const minerals = readEntries('minerals.json')
    .filter((entry) => entry.category !== 'group')
    .map((entry) => entry.name)
  const places = new Map<string, string[]>()
  for (const entry of readEntries('places.json')) {
    const code = entry.country
    // Places across borders (a list) and names with parentheses or slashes are reference
    // labels rather than how an article names a place.
    if (typeof code !== 'string' || /[(/]/.test(entry.name)) continue
    places.set(code, [...(places.get(code) ?? []), entry.name])
  }
  return { minerals, places }
}

/** One article's cast, drawn once so its paragraphs tell a consistent story. */
interface Cast {
  country: Country
  partner: Country
  mineral: string
  otherMineral: string
  place: string
  company: string
  localCompany: string
  analyst: { name: string; firm: string }
  executive: string
  published: Date
}

class Composer {
  private readonly random: () => number

  constructor(
    seed: number,
    private readonly pools: ReferencePools,
  ) {
    this.random = seededRandom(seed)
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T
  }

  between(low: number, high: number): number {
    return low + Math.floor(this.random() * (high - low + 1))
  }

  company(): string {
    return `${this.pick(COMPANY_STEMS)} ${this.pick(COMPANY_TRADES)} ${this.pick(COMPANY_FORMS)}`
  }

  person(): string {
    return `${this.pick(FIRST_NAMES)} ${this.pick(SURNAMES)}`
  }

  money(): string {
    const amount = this.pick([
      `$${this.between(12, 950)} million`,
      `$${this.between(1, 4)}.${this.between(1, 9)} billion`,
      `USD ${this.between(20, 600)} million`,
    ])
    return amount
  }

  cast(index: number): Cast {
    const country = this.pick(CENTRAL_ASIA)
    const [mineral, otherMineral] = [this.pick(this.pools.minerals), this.pick(this.pools.minerals)]
    const day = LAST_DAY - this.between(0, SPAN_DAYS - 1) * 86_400_000
    return {
      country,
      partner: this.pick(PARTNERS),
      mineral: mineral as string,
      otherMineral: otherMineral === mineral ? 'copper' : (otherMineral as string),
      place: this.pick(this.pools.places.get(country.code) ?? [country.capital]),
      company: this.company(),
      localCompany: `${this.pick(COMPANY_STEMS)} ${country.adjective} ${this.pick(COMPANY_TRADES)} LLP`,
      analyst: { name: this.person(), firm: this.company() },
      executive: this.person(),
      // Minutes from the index keep two articles of one day in a stable order.
      published: new Date(day + this.between(6, 20) * 3_600_000 + (index % 60) * 60_000),
    }
  }

  official(countryCode: string): { name: string; title: string } {
    const theirs = OFFICIALS.filter((official) => official.country === countryCode)
    return this.pick(theirs.length > 0 ? theirs : OFFICIALS)
  }

  /** A date shortly before publication, written as a newspaper would. */
  recentDate(cast: Cast): string {
    const date = new Date(cast.published.getTime() - this.between(1, 20) * 86_400_000)
    return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
  }

  weekday(cast: Cast): string {
    return WEEKDAYS[(cast.published.getUTCDay() + 6) % 7] as string
  }

  /** The lead paragraph and a headline that goes with it; the kind decides which facts appear. */
  lead(cast: Cast): { title: string; paragraph: string } {
    const { country, partner, mineral, place, company, localCompany } = cast
    const dateline = country.capital.toUpperCase()
    const money = this.money()
    const stake = this.between(5, 75)
    switch (this.between(0, 4)) {
      case 0:
        return {
          title: `${company} to invest ${money} in ${country.adjective} ${mineral}`,
          paragraph: `${dateline} — ${company} agreed to invest ${money} in the ${place} ${mineral} project, taking a ${stake}% stake in ${localCompany}, the company said on ${this.weekday(cast)}.`,
        }
      case 1:
        return {
          title: `${country.name} and ${partner.name.replace(/^the /, '')} sign ${mineral} memorandum`,
          paragraph: `${dateline} — ${country.name} and ${partner.name} signed a memorandum of understanding on ${mineral} cooperation in ${country.capital} on ${this.recentDate(cast)}.`,
        }
      case 2: {
        const host = this.official(country.code)
        const guest = this.official(partner.code)
        return {
          title: `${host.name} and ${guest.name} talk ${mineral} in ${country.capital}`,
          paragraph: `${dateline} — ${host.title} ${host.name} met ${guest.title} ${guest.name} in ${country.capital} on ${this.weekday(cast)} to discuss ${mineral} and ${cast.otherMineral} supplies.`,
        }
      }
      case 3: {
        const traveler = this.official(partner.code)
        return {
          title: `${traveler.name} to visit ${country.name} as ${mineral} race heats up`,
          paragraph: `${dateline} — ${traveler.title} ${traveler.name} will visit ${country.name} next month, officials in ${partner.capital} said, with ${mineral} supplies high on the agenda.`,
        }
      }
      default:
        return {
          title: `${company} buys into ${place} ${mineral} deposit`,
          paragraph: `${dateline} — ${company} will acquire a ${stake}% stake in ${localCompany}, which holds the licence for the ${place} ${mineral} deposit, for ${money}, the two companies said on ${this.weekday(cast)}.`,
        }
    }
  }

  /** Further paragraphs: more facts of other types, and background that states none. */
  paragraph(cast: Cast): string {
    const { country, partner, mineral, otherMineral, place, company } = cast
    switch (this.between(0, 9)) {
      case 0:
        return `${country.name} holds an estimated ${(this.between(2, 900) * 1000).toLocaleString('en-US')} tonnes of ${mineral} reserves at the ${place} deposit, according to the national geology committee.`
      case 1:
        return `"We want partners who build processing plants here, not just buy ore," said ${cast.executive}, chief executive of ${company}.`
      case 2:
        return `${this.pick(LAWMAKERS)} introduced a bill to repeal the Jackson-Vanik amendment for ${country.name}, arguing that it hampers trade in ${mineral} and other critical minerals.`
      case 3: {
        const other = this.pick(CENTRAL_ASIA.filter((c) => c.code !== country.code))
        return `${country.name} and ${other.name} signed an agreement on joint exploration of ${otherMineral} on ${this.recentDate(cast)}, their foreign ministries said.`
      }
      case 4:
        return `${partner.adjective} lenders have offered ${this.money()} in financing for ${mineral} processing in ${country.name}, a person familiar with the talks said.`
      case 5:
        return `"Demand for ${mineral} is not going away, and ${country.name} has the geology to meet some of it," said ${cast.analyst.name}, an analyst at ${sentenceEnd(cast.analyst.firm)}`
      case 6:
        return `Prices for ${mineral} have risen by about ${this.between(5, 60)}% over the past year, as buyers in Europe and Asia look for supplies outside China. Traders say the market remains thin, with few sellers able to guarantee volumes beyond a single season.`
      case 7:
        return `The ${place} area has been mined since Soviet times, but much of its infrastructure needs replacing. Local officials say roads, power lines and water supply would have to be upgraded before output could grow, and that the work would take several years.`
      case 8:
        return `Analysts caution that the timetable is ambitious. Permits, financing and the construction of a processing plant have each taken longer than planned on similar projects in the region, and few have reached full output on schedule.`
      default:
        return `Officials in ${country.capital} have said they want more of the value of ${mineral} and ${otherMineral} to stay in the country, and have tied new licences to commitments to process ore locally rather than export it as concentrate.`
    }
  }
}

export interface SyntheticArticle {
  /** Where the page says it came from: a file name the store records as the source. */
  location: string
  html: string
}

/** The articles, one by one: an HTML page each, with the metadata a news site would give it. */
export function* syntheticArticles(count: number, seed = 42): Generator<SyntheticArticle> {
  const composer = new Composer(seed, loadPools())
  for (let index = 0; index < count; index++) {
    const cast = composer.cast(index)
    const lead = composer.lead(cast)
    const paragraphs = [lead.paragraph]
    const length = composer.between(3, 8)
    while (paragraphs.length < length) paragraphs.push(composer.paragraph(cast))
    const publisher = composer.pick(PUBLISHERS)
    const section = composer.pick(SECTIONS)
    const author = composer.person()
    const iso = cast.published.toISOString()
    const slug = lead.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    // The index in the URL keeps two articles with the same headline apart.
    const url = `https://www.${publisher.domain}/${section.toLowerCase()}/${iso.slice(0, 10).replaceAll('-', '/')}/${slug}-${index}`
    yield {
      location: `synthetic/${String(index).padStart(5, '0')}.html`,
      html: page({ title: lead.title, paragraphs, publisher, section, author, iso, url }),
    }
  }
}

function page(article: {
  title: string
  paragraphs: string[]
  publisher: { name: string; domain: string }
  section: string
  author: string
  iso: string
  url: string
}): string {
  const { title, paragraphs, publisher, section, author, iso, url } = article
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: iso,
    author: { '@type': 'Person', name: author },
    articleSection: section,
    publisher: { '@type': 'Organization', name: publisher.name },
    mainEntityOfPage: url,
  })
  const navigation = SECTIONS.map((name) => `<li><a href="/${name.toLowerCase()}">${name}</a></li>`)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)} | ${escape(publisher.name)}</title>
<link rel="canonical" href="${url}">
<meta name="author" content="${escape(author)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${escape(publisher.name)}">
<meta property="og:title" content="${escape(title)}">
<meta property="og:url" content="${url}">
<meta property="article:published_time" content="${iso}">
<meta property="article:section" content="${section}">
<script type="application/ld+json">${jsonLd.replaceAll('<', '\\u003c')}</script>
</head>
<body>
<header class="masthead"><a class="logo" href="/">${escape(publisher.name)}</a>
<nav aria-label="Sections"><ul>${navigation.join('')}</ul></nav></header>
<main>
<article>
<p class="kicker">${section}</p>
<h1>${escape(title)}</h1>
<p class="byline">By <a rel="author" href="/authors/x">${escape(author)}</a></p>
<time datetime="${iso}">${iso.slice(0, 10)}</time>
<div class="article-body">
${paragraphs.map((text) => `<p>${escape(text)}</p>`).join('\n')}
</div>
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/markets">Markets today</a></li><li><a href="/newsletter">Sign up for our newsletter</a></li></ul></aside>
</main>
<footer><p>© ${iso.slice(0, 4)} ${escape(publisher.name)}. All rights reserved.</p></footer>
</body>
</html>
`
}

/** A name ending in an abbreviation ("Inc.") ends the sentence without a second full stop. */
function sentenceEnd(text: string): string {
  return text.endsWith('.') ? text : `${text}.`
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

export interface SyntheticStore {
  file: string
  /** Whether the file was built by this call (false: an earlier run's cache). */
  built: boolean
  /** How long building it took, this time or when it was cached (NaN if not recorded). */
  buildSeconds: number
  bytes: number
}

/**
 * A SQLite store holding `count` synthetic articles, built once and cached in the temp dir by
 * count, engine, reference data and generator version, so a rerun measures without rebuilding.
 */
export async function syntheticStore(
  count: number,
  reference: Reference,
  onProgress: (done: number) => void = () => {},
): Promise<SyntheticStore> {
  const dir = path.join(tmpdir(), 'lodestone-bench')
  const name = `web-${count}-engine-${ENGINE_VERSION}-ref-${reference.version}-gen-${GENERATOR_VERSION}.db`
  const file = path.join(dir, name)
  // The build time is kept beside the store, so a report from the cache can still state it.
  const timing = `${file}.json`
  if (existsSync(file)) {
    const recorded = existsSync(timing)
      ? (JSON.parse(readFileSync(timing, 'utf8')) as { buildSeconds: number }).buildSeconds
      : NaN
    return { file, built: false, buildSeconds: recorded, bytes: statSync(file).size }
  }
  mkdirSync(dir, { recursive: true })
  // Built under another name and renamed at the end, so an interrupted build is never reused.
  const partial = `${file}.${process.pid}.partial`
  rmSync(partial, { force: true })
  const started = performance.now()
  const store = await openStore(partial)
  const ingestedAt = new Date(LAST_DAY + 86_400_000).toISOString()
  let batch: Array<{ page: ReadPage; found: Extraction }> = []
  let done = 0
  const saveAll = (pages: Array<{ page: ReadPage; found: Extraction }>) =>
    store.transaction(async (tx) => {
      for (const { page, found } of pages) {
        const { draft, source, warnings } = page
        const identityKey = articleIdentity(draft, source)
        const result = await tx.articles.save({
          id: articleIdFor(identityKey),
          identityKey,
          draft,
          draftHash: draftHash(draft),
          source,
          warnings,
          ingestedAt,
        })
        if (result.outcome !== 'unchanged') {
          await storeExtraction(tx, result, found, reference, ingestedAt)
        }
      }
    })
  for (const article of syntheticArticles(count)) {
    // The steps of `ingestPaths` for one page: read it, extract, then store both together.
    const read = readPage({
      bytes: new TextEncoder().encode(article.html),
      location: article.location,
      kind: 'file',
    })
    if (!read.ok) throw new Error(`${article.location}: ${JSON.stringify(read.problem)}`)
    batch.push({ page: read.value, found: extract(read.value.draft, reference) })
    if (batch.length === BATCH_SIZE) {
      await saveAll(batch)
      done += batch.length
      batch = []
      onProgress(done)
    }
  }
  if (batch.length > 0) await saveAll(batch)
  await store.close()
  renameSync(partial, file)
  const buildSeconds = (performance.now() - started) / 1000
  writeFileSync(timing, JSON.stringify({ buildSeconds }))
  return { file, built: true, buildSeconds, bytes: statSync(file).size }
}
