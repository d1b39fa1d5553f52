/**
 * Builds `data/reference/*.json` from the npm package `world-countries` and the shared research
 * files (`/work/shared/reference/*.json`, see its README.md). Run it again after either changes:
 *
 *   npx tsx scripts/build-reference.ts [shared-reference-dir]
 *
 * Deterministic: the same inputs give byte-identical files (sorted entries, no timestamps).
 * Facts carry over with their sources; fields neither extraction nor the web app use are
 * dropped. Our own additions sit in the tables below, each with the reason it is there, and
 * cite `general knowledge`. At run time nothing reads the shared files or world-countries.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type {
  EntityType,
  Metonym,
  NotEntity,
  PersonRole,
  ReferenceEntry,
  ReferenceGroup,
  ReferenceSource,
} from '../src/model/index.js'
import { describeProblem, referenceForms } from '../src/model/index.js'
import { formKey, loadReference } from '../src/reference/index.js'

const SHARED_DIR = process.argv[2] ?? '/work/shared/reference'
const OUT_DIR = fileURLToPath(new URL('../data/reference/', import.meta.url))
const GENERAL: ReferenceSource = { ref: 'general knowledge' }

// ---------------------------------------------------------------------------------------------
// Our additions and corrections, as tables. Keys are entity ids.
// ---------------------------------------------------------------------------------------------

/** Forms real news uses that the sources lack: transliterations, abbreviations, variants. */
const EXTRA_ALIASES: Record<string, string[]> = {
  'country:US': ['United States', 'United States of America'],
  'country:KG': ['Kyrgyz Republic'],
  // The Congo river gives two states one short name; news usually means the DRC.
  'country:CD': ['Congo', 'Democratic Republic of the Congo', 'DR Congo'],
  'place:kz-karaganda-region': ['Karagandy oblast', 'Qaragandy Region', 'Karaganda oblysy'],
  'place:kz-northern-katpar': ['Severnyy Katpar'],
  'place:kz-upper-kairakty': ['Verkhniye Kairakty'],
  'place:ru-saint-petersburg': ['St Petersburg', 'St. Petersburg', 'Sankt-Peterburg'],
  'place:uz-navoi-region': ['Navoiy oblast'],
  'place:kg-chuy-region': ['Chui oblast', 'Chuy Province'],
  // Russian-language news names Washington and the White House in Cyrillic.
  'place:us-washington-dc': ['Вашингтон'],
  'organization:us-white-house': ['Белый дом'],
  'mineral:tungsten': ['wolfram', 'tungsten ore', 'tungsten concentrates'],
  'mineral:uranium': ['uranium ore', 'uranium concentrates'],
  'mineral:rare-earths': ['rare earth elements', 'rare-earth element', 'rare earth element'],
  'mineral:critical-minerals': ['critical materials', 'critical metals'],
  'initiative:jackson-vanik-amendment': [
    'Jackson-Vanik trade amendment',
    'Jackson-Vanik Amendment to the Trade Act of 1974',
  ],
  'initiative:china-central-asia-good-neighbourliness-treaty': [
    'Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation',
    'Treaty of Permanent Good-Neighborliness, Friendship and Cooperation',
  ],
  'initiative:belt-and-road-initiative': ['Belt and Road initiative'],
}

/**
 * Forms that may name something else: another entity, a place, a common word or a first name.
 * They still match; the match says so, and extraction decides. Same-type collisions found by
 * the build are added on top of these.
 */
const AMBIGUOUS_FORMS: Record<string, string[]> = {
  'country:US': ['Washington', 'America'],
  'country:KR': ['Korea', 'Korean'],
  'country:GE': ['Georgia'],
  'country:JO': ['Jordan'],
  'country:TD': ['Chad'],
  'country:IL': ['Jerusalem'],
  'country:KZ': ['RK'],
  'country:KG': ['KR'],
  'mineral:lead': ['lead'],
  'mineral:iron-ore': ['iron'],
  'mineral:gold': ['bullion'],
  'mineral:mercury': ['mercury'],
  'mineral:metallurgical-coal': ['coke'],
  'mineral:silicon': ['quartz'],
  'mineral:phosphate': ['MAP'],
  'mineral:potash': ['SOP', 'MOP'],
  'mineral:rare-earths': ['REM'],
  'mineral:uranium': ['ISL', 'EUP'],
  'mineral:indium': ['ITO'],
  'mineral:antimony': ['ATO'],
  'mineral:rhenium': ['APR'],
  'organization:us-commerce': ['Commerce', 'DOC'],
  'organization:us-doi': ['Interior'],
  'organization:us-treasury': ['Treasury'],
  'organization:us-state-department': ['DOS'],
  'organization:us-state-sca': ['SCA'],
  'organization:us-state-economic-bureau': ['EB'],
  'organization:us-white-house': ['EOP'],
  'organization:us-dod': ['OSC'],
  'organization:us-dla': ['NDS'],
  'organization:us-ita': ['ITA'],
  'organization:kz-mic': ['MIC'],
  'organization:kz-tau-ken-samruk': ['NMC'],
  'organization:world-bank': ['IDA', 'IFC'],
  'organization:mta-turkey': ['MTA'],
  'organization:uranium-one': ['U1'],
  'organization:eu-commission': ['EC', 'the Commission'],
  'organization:eu': ['the Union', 'Brussels'],
  'organization:anadolu': ['AA'],
  'organization:associated-press': ['AP'],
  'organization:financial-times': ['FT'],
  'organization:trend': ['Trend'],
  'organization:orda-kz': ['Orda'],
  'organization:vlast-kz': ['Vlast'],
  'organization:kapital-kz': ['Kapital'],
  'organization:dunyo': ['Dunyo'],
  'organization:fergana-news': ['Fergana'],
  'organization:sputnik': ['Sputnik'],
  'organization:argus': ['Argus'],
  'organization:cove-capital': ['Cove'],
  'person:rustam-emomali': ['Emomali'],
  'place:tm-mary': ['Mary'],
  'place:kz-oral': ['Oral'],
  'place:kz-varvarinskoye': ['Varvara'],
  'place:kz-kyzyl-bakyrchik': ['Kyzyl'],
  'place:tm-hazar-iodine': ['Hazar'],
  'place:kz-akbulak': ['Akbulak'],
  'place:kz-kharasan': ['Khorasan'],
  'place:kz-taraz': ['Zhambyl'],
  'place:kz-astana': ['Akmola'],
  'place:kz-turkistan': ['Turkestan'],
  'place:kz-zhana-kazakhstan': ['New Kazakhstan'],
  'place:caspian-sea': ['Caspian'],
  'place:aral-sea': ['Aral'],
  'initiative:inflation-reduction-act': ['IRA'],
  'initiative:defense-production-act': ['DPA'],
  'initiative:c5-plus-1-critical-minerals-dialogue': ['CMD'],
  'initiative:minerals-security-partnership': ['MSP'],
  'initiative:project-vault': ['critical minerals stockpile'],
  'initiative:usgs-critical-minerals-list': ['critical minerals list'],
  'initiative:us-kazakhstan-enhanced-strategic-partnership': ['Enhanced Strategic Partnership'],
  'initiative:kazakhstan-raw-ore-export-ban-condition': [
    'ban on exports of raw ore',
    'domestic processing requirement',
  ],
  'initiative:us-kazakhstan-critical-minerals-mou': [
    'memorandum of understanding on cooperation in the field of critical minerals',
  ],
}

/** Capitals that are also common words or names; their metonyms and places are ambiguous. */
const AMBIGUOUS_CAPITALS = new Set(['Male', 'Victoria', 'Hamilton', 'Kingston', 'Georgetown'])

/** Forms the sources list that we drop, with the reason. */
const DROPPED_FORMS: Record<string, Record<string, string>> = {
  'country:US': { 'the administration': 'names the U.S. only when the article is about it' },
  'person:pini-althaus': { 'Pini Althaus, CEO of Cove Capital': 'a phrase, not a name' },
  'initiative:lobito-corridor': { 'Lobito Atlantic Railway': 'a company (the concessionaire)' },
}

/** Entities no source file has, that real news about the region names. */
const EXTRA_ENTRIES: ReferenceEntry[] = [
  {
    id: 'organization:lobito-atlantic-railway',
    type: 'organization',
    name: 'Lobito Atlantic Railway',
    category: 'consortium',
    aliases: ['Lobito Atlantic Railway consortium'],
    acronyms: ['LAR'],
    ambiguous: ['LAR'],
    country: 'AO',
    sources: [GENERAL],
  },
]

/** Regions and other phrases that are not entities (CONVENTIONS.md): nothing inside them matches. */
const REGIONS: NotEntity[] = [
  {
    name: 'Central Asia',
    forms: ['Central Asia', 'Central Asian', 'Центральная Азия', 'Средняя Азия'],
    reason: 'a region, not an entity; "the five Central Asian states" is a group',
  },
  { name: 'South Caucasus', forms: ['South Caucasus', 'Transcaucasia'], reason: 'a region' },
  {
    name: 'the Americas',
    forms: [
      'Latin America',
      'Latin American',
      'North America',
      'North American',
      'South America',
      'South American',
      'Central America',
      'Central American',
    ],
    reason: 'regions; "America" inside them is not the United States',
  },
  {
    name: 'other regions',
    forms: [
      'Eurasia',
      'Southern Africa',
      'Middle East',
      'South Asia',
      'East Asia',
      'Southeast Asia',
      'Asia-Pacific',
      'Trans-Caspian',
    ],
    reason: 'regions are not entities',
  },
  {
    name: 'U.S. states',
    forms: ['New Mexico', 'New Jersey', 'Washington State', 'Washington state'],
    reason: 'U.S. states whose names hold a country or capital name',
  },
]

/** Group phrases that the shared helper groups lack. Bare regions are never groups. */
const EXTRA_GROUP_FORMS: Record<string, string[]> = {
  'group:c5': [
    'five Central Asian states',
    'five Central Asian countries',
    'the five Central Asian countries',
    'five Central Asian republics',
    'five Central Asian nations',
    'Central Asian countries',
    'Central Asian nations',
    'C5 states',
    'C5 nations',
  ],
  'group:caspian-littoral': ['Caspian littoral states', 'littoral states of the Caspian'],
  'group:south-caucasus': ['South Caucasus states', 'South Caucasus countries'],
  'group:g7': ['G7 countries', 'G7 nations', 'G7 members', 'G7 states'],
}

/**
 * Shared group forms that are not groups: regions (CONVENTIONS.md), "the Caspian" (the sea,
 * usually) and "G7" / "Group of Seven" (an organisation, `organization:g7`).
 */
const NOT_GROUP_FORMS = new Set([
  'Central Asia',
  'Central Asian',
  'Центральная Азия',
  'Средняя Азия',
  'South Caucasus',
  'Transcaucasia',
  'the Caspian',
  'G7',
  'Group of Seven',
])

// ---------------------------------------------------------------------------------------------
// Input shapes: only the fields we read. Parsed, so a changed source fails loudly here.
// ---------------------------------------------------------------------------------------------

const SourceIn = z.object({ ref: z.string(), note: z.string().nullish() })
const Confidence = z.enum(['verified', 'general-knowledge', 'unverified'])
const WorldCountry = z.object({
  name: z.object({ common: z.string(), official: z.string() }),
  cca2: z.string(),
  independent: z.boolean().nullish(),
  capital: z.array(z.string()).optional(),
  altSpellings: z.array(z.string()),
  latlng: z.array(z.number()),
  demonyms: z.object({ eng: z.object({ m: z.string(), f: z.string() }) }).optional(),
})
const ExtraForm = z.object({ text: z.string(), kind: z.string(), note: z.string().optional() })
const CountriesExtra = z.object({
  countries: z.array(z.object({ iso2: z.string(), name: z.string(), forms: z.array(ExtraForm) })),
  groups: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      members: z.array(z.string()),
      forms: z.array(z.string()),
      note: z.string().optional(),
    }),
  ),
  sources: z.array(SourceIn),
})
const MineralsIn = z.object({
  minerals: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      category: z.string(),
      symbol: z.string().optional(),
      aliases: z.array(z.string()),
      forms: z.array(z.string()),
      aliases_ru: z.array(z.string()).optional(),
      members: z.array(z.string()).optional(),
      lists: z.record(z.string(), z.unknown()),
      sources: z.array(SourceIn),
      confidence: Confidence,
    }),
  ),
  not_mineral_entities: z.array(
    z.object({ term: z.string(), variants: z.array(z.string()), reason: z.string() }),
  ),
})
const ActorsIn = z.object({
  actors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      short_forms: z.array(z.string()),
      ambiguous_short_forms: z.array(z.string()),
      country: z.string().nullable(),
      category: z.string(),
      roles: z.array(
        z.object({
          title: z.string(),
          org: z.string().nullish(),
          since: z.string().nullish(),
          until: z.string().nullish(),
          as_of: z.string().nullish(),
        }),
      ),
      sources: z.array(SourceIn),
      confidence: Confidence,
    }),
  ),
})
const OrganizationsIn = z.object({
  organizations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      acronyms: z.array(z.string()),
      country: z.string().nullable(),
      type: z.string(),
      parent: z.string().nullable(),
      sources: z.array(SourceIn),
      confidence: Confidence,
    }),
  ),
})
const PlacesIn = z.object({
  places: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      type: z.string(),
      country: z.union([z.string(), z.array(z.string())]).nullable(),
      admin_region: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      minerals: z.array(z.string()),
      facts: z.array(z.string()),
      sources: z.array(SourceIn),
      confidence: Confidence,
    }),
  ),
})
const InitiativesIn = z.object({
  initiatives: z.array(
    z.object({
      id: z.string(),
      entity_type: z.enum(['initiative', 'organization', 'event']),
      name: z.string(),
      aliases: z.array(z.string()),
      acronyms: z.array(z.string()),
      type: z.string(),
      participants: z.array(z.string()),
      launched: z.string().nullable(),
      same_as: z.string().optional(),
      sources: z.array(SourceIn),
      confidence: Confidence,
    }),
  ),
})

function readShared<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(join(SHARED_DIR, file), 'utf8')))
}

// ---------------------------------------------------------------------------------------------
// Form helpers
// ---------------------------------------------------------------------------------------------

/** "Nur-Sultan (2019–2022)" -> "Nur-Sultan": notes in brackets are not part of the name. */
function cleanForm(text: string): string {
  return text
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * An acronym matches only with its exact case: no spaces, at least two capitals (or a capital
 * and digits, "C5", "U1"), and no more lower-case letters than capitals ("DoD", "NdPr", "U3O8";
 * not "KazMunayGas").
 */
function isAcronym(text: string): boolean {
  if (/\s/.test(text) || text.length > 12) return false
  const upper = (text.match(/\p{Lu}/gu) ?? []).length
  const lower = (text.match(/\p{Ll}/gu) ?? []).length
  const digits = /\d/.test(text)
  return (upper >= 2 || (upper === 1 && digits)) && lower <= upper
}

/** Only Latin and Cyrillic forms: the articles we read are in English or Russian. */
function isLatinOrCyrillic(text: string): boolean {
  return /^[\p{Script=Latin}\p{Script=Cyrillic}\p{N}\p{P}\p{Zs}\p{M}'’ʻʼ+&]+$/u.test(text)
}

/** Unique by gazetteer key, first spelling wins, order kept; empty and excluded forms dropped. */
function uniqueForms(forms: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set([...exclude].map(formKey))
  const out: string[] = []
  for (const raw of forms) {
    const form = raw.trim()
    const key = formKey(form)
    if (form === '' || key === '' || seen.has(key)) continue
    seen.add(key)
    out.push(form)
  }
  return out
}

function sources(list: Array<z.infer<typeof SourceIn>>): ReferenceSource[] {
  const out = list.map((source) =>
    source.note ? { ref: source.ref, note: source.note } : { ref: source.ref },
  )
  return out.length > 0 ? out : [GENERAL]
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * Splits an entry's forms into acronyms and the rest, drops what DROPPED_FORMS lists, and
 * removes duplicates between lists: name first, then acronyms, aliases, short forms.
 */
function formLists(
  id: string,
  name: string,
  aliases: string[],
  acronyms: string[] = [],
  shortForms: string[] = [],
): Pick<ReferenceEntry, 'aliases' | 'acronyms' | 'shortForms'> {
  const dropped = new Set(Object.keys(DROPPED_FORMS[id] ?? {}))
  const keep = (forms: string[]) => forms.filter((form) => !dropped.has(form)).map(cleanForm)
  const all = [...keep(aliases), ...(EXTRA_ALIASES[id] ?? [])]
  const nameForm = cleanForm(name)
  const acronymList = uniqueForms([...keep(acronyms), ...all.filter(isAcronym)], [nameForm])
  const aliasList = uniqueForms(
    all.filter((form) => !isAcronym(form)),
    [nameForm, ...acronymList],
  )
  // A cleaned name ("Varvarinskoye" from "Varvarinskoye (Varvara hub)") is matched as an alias.
  if (nameForm !== name && formKey(nameForm) !== '') aliasList.unshift(nameForm)
  const shortList = uniqueForms(keep(shortForms), [nameForm, ...acronymList, ...aliasList])
  return omitEmpty({ aliases: aliasList, acronyms: acronymList, shortForms: shortList })
}

function omitEmpty<T extends Record<string, unknown>>(record: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value) && value.length === 0) continue
    out[key] = value
  }
  return out as T
}

// ---------------------------------------------------------------------------------------------
// Builders, one per file
// ---------------------------------------------------------------------------------------------

const require = createRequire(import.meta.url)
const worldCountriesVersion = z
  .object({ version: z.string() })
  .parse(require('world-countries/package.json')).version
const worldCountries = z.array(WorldCountry).parse(require('world-countries/countries.json'))
/** Names, altSpellings, demonyms, capitals and centroids (mledoze/countries, ODbL-1.0). */
const WORLD_COUNTRIES: ReferenceSource = { ref: `npm:world-countries@${worldCountriesVersion}` }

function buildPlaces(): ReferenceEntry[] {
  const input = readShared('places.json', PlacesIn)
  return input.places.map((place) =>
    omitEmpty({
      id: place.id,
      type: 'place' as const,
      name: place.name,
      category: place.type,
      ...formLists(place.id, place.name, place.aliases),
      country: place.country ?? undefined,
      within: place.admin_region ?? undefined,
      minerals: place.minerals,
      lat: place.lat ?? undefined,
      lon: place.lon ?? undefined,
      facts: place.facts,
      confidence: place.confidence,
      sources: sources(place.sources),
    }),
  )
}

/**
 * Capitals are places too (datelines, "talks in Luanda"). A capital the shared places lack
 * becomes a place from world-countries; its coordinates are not in the package.
 */
function addCapitals(places: ReferenceEntry[]): Map<string, string> {
  const placeByCountryAndKey = new Map<string, string>()
  for (const place of places) {
    const countries = Array.isArray(place.country) ? place.country : [place.country]
    for (const form of [place.name, ...(place.aliases ?? [])]) {
      for (const country of countries) {
        if (country) placeByCountryAndKey.set(`${country} ${formKey(form)}`, place.id)
      }
    }
  }
  for (const country of worldCountries) {
    for (const capital of country.capital ?? []) {
      const key = `${country.cca2} ${formKey(capital)}`
      if (placeByCountryAndKey.has(key)) continue
      const id = `place:${country.cca2.toLowerCase()}-${slug(capital)}`
      places.push(
        omitEmpty({
          id,
          type: 'place' as const,
          name: capital,
          category: 'capital',
          ambiguous: AMBIGUOUS_CAPITALS.has(capital) ? [capital] : [],
          country: country.cca2,
          confidence: 'general-knowledge' as const,
          sources: [WORLD_COUNTRIES],
        }),
      )
      placeByCountryAndKey.set(key, id)
    }
  }
  return placeByCountryAndKey
}

function buildCountries(placeByCountryAndKey: Map<string, string>): ReferenceEntry[] {
  const extra = readShared('countries-extra.json', CountriesExtra)
  const extraByCode = new Map(extra.countries.map((country) => [country.iso2, country]))
  const extraSources = sources(extra.sources.filter((source) => source.ref === 'general knowledge'))
  const demonymsOf = (country: z.infer<typeof WorldCountry>) =>
    country.demonyms ? [country.demonyms.eng.m, country.demonyms.eng.f] : []
  // A territory that shares its state's demonym ("American" for the Northern Mariana Islands,
  // "French" for the French Southern Lands) leaves it to the state.
  const stateDemonyms = new Set(
    worldCountries.filter((country) => country.independent === true).flatMap(demonymsOf),
  )
  const rows = worldCountries.map((country) => ({
    code: country.cca2,
    name: country.name.common,
    official: country.name.official,
    altSpellings: country.altSpellings,
    capitals: country.capital ?? [],
    demonyms: demonymsOf(country).filter(
      (demonym) => country.independent === true || !stateDemonyms.has(demonym),
    ),
    latlng: country.latlng,
    fromPackage: true,
  }))
  // The USSR is `country:SU` (CONVENTIONS.md); world-countries has no such entry.
  for (const country of extra.countries) {
    if (rows.some((row) => row.code === country.iso2)) continue
    rows.push({
      code: country.iso2,
      name: country.name,
      official: country.name,
      altSpellings: [],
      capitals: [],
      demonyms: [],
      latlng: [],
      fromPackage: false,
    })
  }
  return rows.map((row) => {
    const id = `country:${row.code}`
    const forms = extraByCode.get(row.code)?.forms ?? []
    const dropped = new Set(Object.keys(DROPPED_FORMS[id] ?? {}))
    const byKind = (...kinds: string[]) =>
      forms
        .filter((form) => kinds.includes(form.kind) && !dropped.has(form.text))
        .map((form) => form.text.replace(/^the (?=\p{Lu})(?!States$|Soviets$|Stans$)/u, ''))
    const alternatives = [
      row.official,
      // Country codes ("KZ") are not names, and "Korea, Republic of" is an index form.
      ...row.altSpellings.filter(
        (text) => text !== row.code && !text.includes(',') && isLatinOrCyrillic(text),
      ),
      ...byKind('alt-name', 'official-name', 'official-short-name', 'historical-name'),
    ]
    const lists = formLists(id, row.name, alternatives, byKind('abbreviation'))
    const named = new Set(
      [row.name, ...(lists.aliases ?? []), ...(lists.acronyms ?? [])].map(formKey),
    )
    const metonymTexts = uniqueForms([...row.capitals, ...byKind('metonym')]).filter(
      (text) => !named.has(formKey(text)),
    )
    const metonyms: Metonym[] = metonymTexts.map((text) => {
      const place = placeByCountryAndKey.get(`${row.code} ${formKey(text)}`)
      return place ? { text, place } : { text }
    })
    const demonyms = uniqueForms([
      ...row.demonyms,
      ...byKind('adjective', 'adjective/demonym', 'people'),
    ])
    const ambiguous = [
      ...(AMBIGUOUS_FORMS[id] ?? []),
      ...forms.filter((form) => /ambiguous/i.test(form.note ?? '')).map((form) => form.text),
      ...metonymTexts.filter((text) => AMBIGUOUS_CAPITALS.has(text)),
    ]
    const hasExtra = forms.length > 0 || (EXTRA_ALIASES[id] ?? []).length > 0
    return omitEmpty({
      id,
      type: 'country' as const,
      name: row.name,
      ...lists,
      ambiguous: uniqueForms(ambiguous),
      metonyms,
      demonyms,
      lat: row.latlng[0],
      lon: row.latlng[1],
      sources: [...(row.fromPackage ? [WORLD_COUNTRIES] : []), ...(hasExtra ? extraSources : [])],
    })
  })
}

function buildGroups(): ReferenceGroup[] {
  const extra = readShared('countries-extra.json', CountriesExtra)
  return extra.groups.map((group) => ({
    id: group.id,
    name: group.name,
    members: group.members.map((code) => `country:${code}`),
    forms: uniqueForms([
      ...group.forms.filter((form) => !NOT_GROUP_FORMS.has(form)),
      ...(EXTRA_GROUP_FORMS[group.id] ?? []),
    ]),
    ...(group.note ? { note: group.note } : {}),
    sources: [{ ref: 'general knowledge', note: 'shared/reference/countries-extra.json groups' }],
  }))
}

function buildMinerals(): { entries: ReferenceEntry[]; notEntities: NotEntity[] } {
  const input = readShared('minerals.json', MineralsIn)
  const entries = input.minerals.map((mineral) => {
    const aliases = [...mineral.aliases, ...mineral.forms, ...(mineral.aliases_ru ?? [])]
    return omitEmpty({
      id: mineral.id,
      type: 'mineral' as const,
      // Common nouns: the contract writes "tungsten", and a capital would make it case-bound.
      name: mineral.name.toLowerCase(),
      category: mineral.category,
      ...formLists(mineral.id, mineral.name.toLowerCase(), aliases),
      symbol: mineral.symbol,
      members: mineral.members?.map((member) =>
        member.startsWith('mineral:') ? member : `mineral:${member}`,
      ),
      lists: Object.entries(mineral.lists)
        .filter(([, value]) => value !== null)
        .map(([key]) => key)
        .sort(),
      confidence: mineral.confidence,
      sources: sources(mineral.sources),
    })
  })
  // "rare and rare-earth metals" names rare earths: it is not hidden as a generic phrase.
  const notEntities = input.not_mineral_entities.map((term) => ({
    name: term.term,
    forms: uniqueForms(
      [term.term, ...term.variants].filter((form) => !/rare-earth|редкоземель/.test(form)),
    ),
    reason: term.reason,
  }))
  return { entries, notEntities }
}

function buildPeople(): ReferenceEntry[] {
  const input = readShared('actors.json', ActorsIn)
  return input.actors.map((actor) => {
    const ambiguous = actor.ambiguous_short_forms.map(cleanForm)
    const roles: PersonRole[] = actor.roles.map((role) =>
      omitEmpty({
        title: role.title,
        org: role.org ?? undefined,
        since: role.since ?? undefined,
        until: role.until ?? undefined,
        asOf: role.as_of ?? undefined,
      }),
    )
    return omitEmpty({
      id: actor.id,
      type: 'person' as const,
      name: actor.name,
      category: actor.category,
      ...formLists(actor.id, actor.name, actor.aliases, [], [...actor.short_forms, ...ambiguous]),
      ambiguous: [...ambiguous, ...(AMBIGUOUS_FORMS[actor.id] ?? [])],
      roles,
      country: actor.country ?? undefined,
      confidence: actor.confidence,
      sources: sources(actor.sources),
    })
  })
}

function buildOrganizations(): ReferenceEntry[] {
  const input = readShared('organizations.json', OrganizationsIn)
  const initiatives = readShared('initiatives.json', InitiativesIn)
  const merged = new Map(
    initiatives.initiatives
      .filter((entry) => entry.entity_type === 'organization' && entry.same_as)
      .map((entry) => [entry.same_as, entry]),
  )
  const entries = input.organizations.map((org) => {
    const same = merged.get(org.id)
    // "The White House": the contract and labels write "White House"; the article is not a name.
    const name = org.name === 'The White House' ? 'White House' : org.name
    const aliases = [
      ...org.aliases,
      ...(same?.aliases ?? []),
      ...(name === org.name ? [] : [org.name]),
    ]
    return omitEmpty({
      id: org.id,
      type: 'organization' as const,
      name,
      category: org.type,
      ...formLists(org.id, name, aliases, [...org.acronyms, ...(same?.acronyms ?? [])]),
      country: org.country ?? undefined,
      within: org.parent ?? undefined,
      confidence: org.confidence,
      sources: sources([...org.sources, ...(same?.sources ?? [])]),
    })
  })
  return [...entries, ...EXTRA_ENTRIES.filter((entry) => entry.type === 'organization')]
}

function buildInitiatives(): { entries: ReferenceEntry[]; notEntities: NotEntity[] } {
  const input = readShared('initiatives.json', InitiativesIn)
  const entries = input.initiatives
    .filter((entry) => entry.entity_type === 'initiative')
    .map((entry) =>
      omitEmpty({
        id: entry.id,
        type: 'initiative' as const,
        name: entry.name,
        category: entry.type,
        ...formLists(entry.id, entry.name, entry.aliases, entry.acronyms),
        participants: entry.participants,
        launched: entry.launched ?? undefined,
        confidence: entry.confidence,
        sources: sources(entry.sources),
      }),
    )
  // Summits and ministerials are meeting facts, not entities; only their proper names are kept
  // (capitalised "Summit"/"Ministerial"), so "the Samarkand summit" still shows Samarkand.
  const notEntities = input.initiatives
    .filter((entry) => entry.entity_type === 'event')
    .map((entry) => ({
      name: entry.name,
      forms: uniqueForms(
        [entry.name, ...entry.aliases]
          .map(cleanForm)
          .filter((form) => /\b(Summit|Ministerial)\b/.test(form)),
      ),
      reason: 'an event: a meeting fact, not an entity (CONVENTIONS.md)',
      ...(entry.launched ? { when: entry.launched } : {}),
    }))
  return { entries, notEntities }
}

// ---------------------------------------------------------------------------------------------
// Ambiguity, ordering, output
// ---------------------------------------------------------------------------------------------

const formsOf = referenceForms

/**
 * Adds the curated ambiguous forms, then marks every form two entities of one type share
 * ("Balkhash": the town and the lake), so the loader's same-type check holds. Returns the
 * shared forms found, for the build log.
 */
function markAmbiguous(entries: ReferenceEntry[]): string[] {
  const claims = new Map<string, Map<string, string>>()
  for (const entry of entries) {
    for (const form of formsOf(entry)) {
      const key = `${entry.type} ${formKey(form)}`
      const claimants = claims.get(key) ?? new Map<string, string>()
      if (!claimants.has(entry.id)) claimants.set(entry.id, form)
      claims.set(key, claimants)
    }
  }
  const extra = new Map<string, string[]>()
  const log: string[] = []
  for (const [key, claimants] of claims) {
    if (claimants.size < 2) continue
    log.push(`${key}: ${[...claimants.keys()].join(', ')}`)
    for (const [id, form] of claimants) extra.set(id, [...(extra.get(id) ?? []), form])
  }
  for (const entry of entries) {
    const own = new Set(formsOf(entry))
    const wanted = [
      ...(entry.ambiguous ?? []),
      ...(AMBIGUOUS_FORMS[entry.id] ?? []),
      ...(extra.get(entry.id) ?? []),
    ].filter((form) => own.has(form))
    const unique = [...new Set(wanted)]
    if (unique.length > 0) entry.ambiguous = unique
    else delete entry.ambiguous
  }
  return log.sort()
}

/** Fixed key order, so a reader finds the same field in the same place in every entry. */
const KEY_ORDER: Array<keyof ReferenceEntry> = [
  'id',
  'type',
  'name',
  'category',
  'aliases',
  'acronyms',
  'shortForms',
  'ambiguous',
  'metonyms',
  'demonyms',
  'roles',
  'country',
  'within',
  'minerals',
  'members',
  'lat',
  'lon',
  'symbol',
  'lists',
  'participants',
  'launched',
  'facts',
  'confidence',
  'sources',
]

function ordered(entry: ReferenceEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of KEY_ORDER) if (entry[key] !== undefined) out[key] = entry[key]
  return out
}

function writeFile(
  file: string,
  about: string,
  entries: unknown[],
  notEntities: NotEntity[] = [],
): void {
  const body = { about, entries, ...(notEntities.length > 0 ? { notEntities } : {}) }
  writeFileSync(join(OUT_DIR, file), `${JSON.stringify(body, null, 2)}\n`)
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function main(): void {
  const places = buildPlaces()
  const placeIndex = addCapitals(places)
  const countries = buildCountries(placeIndex)
  const minerals = buildMinerals()
  const people = buildPeople()
  const organizations = buildOrganizations()
  const initiatives = buildInitiatives()
  const groups = buildGroups().sort(byId)

  const all = [
    ...countries,
    ...minerals.entries,
    ...people,
    ...organizations,
    ...places,
    ...initiatives.entries,
  ]
  const shared = markAmbiguous(all)

  const files: Array<[string, EntityType, string, NotEntity[]]> = [
    [
      'countries.json',
      'country',
      `Every country of world-countries ${worldCountriesVersion} (id country:<ISO 3166-1 alpha-2>), plus SU for the USSR, with the demonyms, metonyms and historic names of shared/reference/countries-extra.json. Metonyms name the state; their place is the same words used as a location. Regions are not entities (groups.json notEntities).`,
      [],
    ],
    [
      'minerals.json',
      'mineral',
      'Minerals and mineral groups (mineral:<slug>) from the USGS 2022 and 2025 and EU CRMA lists (lists: usgs_2022, usgs_2025, eu_crm_2023, eu_srm_2024) and a few commodities frequent in this news; aliases include ores, compounds and intermediates that map to the parent mineral (CONVENTIONS.md). notEntities: fossil fuels and generic words, which are not minerals.',
      minerals.notEntities,
    ],
    [
      'people.json',
      'person',
      'People in 2025–26 coverage of US–Central Asia resource diplomacy (person:<slug>). Roles are as of the sources; office holders change, so check asOf. shortForms are surnames: link them only when the full name occurs in the same article.',
      [],
    ],
    [
      'organizations.json',
      'organization',
      'Agencies, ministries, companies, banks, multilateral bodies and news media (organization:<slug>). within is the parent organisation. Multilateral bodies from initiatives.json (SCO, CSTO, EAEU, CIS, OTS, Board of Peace) are merged here: the contract treats them as organisations.',
      [],
    ],
    [
      'places.json',
      'place',
      'Regions, cities, deposits, mines, facilities and seas (place:<iso2>-<slug>, or place:<slug> across borders), plus every capital of world-countries. within is the region a place lies in; lat/lon are approximate WGS84; regions carry none. A capital is a place when it is a location and the country when it stands for the state (countries.json metonyms).',
      [],
    ],
    [
      'initiatives.json',
      'initiative',
      'Named frameworks, programmes, laws, bills, treaties, corridors, lists and regulatory measures (initiative:<slug>). notEntities: summits and ministerials, which are meeting facts, not entities.',
      initiatives.notEntities,
    ],
  ]

  mkdirSync(OUT_DIR, { recursive: true })
  for (const [file, type, about, notEntities] of files) {
    const entries = all.filter((entry) => entry.type === type).sort(byId)
    writeFile(file, about, entries.map(ordered), notEntities)
    console.log(`${file}: ${entries.length} entries`)
  }
  writeFile(
    'groups.json',
    'Phrases that name a fixed set of countries ("the five Central Asian states"). A bare region ("Central Asia") is not a group and not an entity (CONVENTIONS.md): regions are listed under notEntities, so that nothing inside them matches.',
    groups,
    REGIONS,
  )
  console.log(`groups.json: ${groups.length} groups`)
  console.log(`forms shared by two entities of one type (marked ambiguous): ${shared.length}`)
  for (const line of shared) console.log(`  ${line}`)

  const loaded = loadReference(OUT_DIR)
  if (!loaded.ok) {
    console.error(describeProblem(loaded.problem))
    process.exitCode = 1
    return
  }
  console.log(`reference version ${loaded.value.version}`)
}

main()
