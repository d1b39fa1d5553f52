import { z } from 'zod'
import { EntityId, EntityType } from './entity.js'

/** Where a reference fact came from: a URL, a package and version, or "general knowledge". */
export const ReferenceSource = z.strictObject({
  ref: z.string().min(1),
  note: z.string().min(1).optional(),
})
export type ReferenceSource = z.infer<typeof ReferenceSource>

/** ISO 3166-1 alpha-2, upper case ("KZ"); "SU" for the USSR (CONVENTIONS.md). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
export type CountryCode = z.infer<typeof CountryCode>

/** A surface form as it is written in text: trimmed, non-empty. */
const Form = z
  .string()
  .min(1)
  .refine((text) => text === text.trim(), 'a form has no leading or trailing spaces')

/**
 * A word or phrase that names a country's state, not a location: a capital ("dependence on
 * Beijing"), a palace ("the Kremlin", "Akorda"), an administration. `place` is the place the
 * same words name when they are used as a location ("talks in Astana"); without it the form
 * only ever stands for the state.
 */
export const Metonym = z.strictObject({
  text: Form,
  place: EntityId.optional(),
})
export type Metonym = z.infer<typeof Metonym>

/** A position a person holds or held, as the sources state it. Dates are ISO, of any precision. */
export const PersonRole = z.strictObject({
  title: z.string().min(1),
  org: EntityId.optional(),
  since: z.string().min(4).optional(),
  until: z.string().min(4).optional(),
  /** The latest date a source confirmed the role. */
  asOf: z.string().min(4).optional(),
})
export type PersonRole = z.infer<typeof PersonRole>

/** Every form that names an entry in text: its name, aliases, acronyms, short forms, demonyms and metonyms. */
export function referenceForms(entry: {
  name: string
  aliases?: string[] | undefined
  acronyms?: string[] | undefined
  shortForms?: string[] | undefined
  demonyms?: string[] | undefined
  metonyms?: Array<{ text: string }> | undefined
}): string[] {
  return [
    entry.name,
    ...(entry.aliases ?? []),
    ...(entry.acronyms ?? []),
    ...(entry.shortForms ?? []),
    ...(entry.demonyms ?? []),
    ...(entry.metonyms ?? []).map((metonym) => metonym.text),
  ]
}

/**
 * One entity of `data/reference/`: its id and canonical name, the forms that name it in text,
 * and the few facts extraction and the web app use. Which list a form is in decides how it
 * matches (see `src/reference/`) and what kind of mention it makes.
 */
export const ReferenceEntry = z
  .strictObject({
    id: EntityId,
    type: EntityType,
    /** The canonical, normalised full form (FACTS.md `name`). */
    name: Form,
    /** Sub-type in the source's words: `region`, `deposit`, `company`, `element`, `law`… */
    category: z.string().min(1).optional(),
    /** Other full forms: spellings, transliterations, Cyrillic, former names. */
    aliases: z.array(Form).optional(),
    /** Forms that match only with exactly this case: "US", "EU", "AA", "APT", "U3O8". */
    acronyms: z.array(Form).optional(),
    /** Surnames and other partial forms, usually linked only when the full name occurs nearby. */
    shortForms: z.array(Form).optional(),
    /**
     * Forms (from the lists above) that may also name another entity or a common word
     * ("Japarov", "Washington", "lead"). Only forms listed here may be shared by two
     * entities of the same type.
     */
    ambiguous: z.array(Form).optional(),
    /** Countries only: forms that name the state (capitals, palaces, administrations). */
    metonyms: z.array(Metonym).optional(),
    /** Countries only: demonyms, adjectives and plural nouns ("Kazakh", "Uzbeks"). */
    demonyms: z.array(Form).optional(),
    /** People only: positions, newest first as the sources list them. */
    roles: z.array(PersonRole).optional(),
    /** Where a place lies, an organisation is based or a person is from; a list across borders. */
    country: z.union([CountryCode, z.array(CountryCode).min(1)]).optional(),
    /** Places: the region it lies in. Organisations: the parent. */
    within: EntityId.optional(),
    /** Places: minerals found, mined or processed there. */
    minerals: z.array(EntityId).optional(),
    /** Mineral groups (rare earths, platinum group metals): the member minerals. */
    members: z.array(EntityId).optional(),
    /** Places: WGS84 decimal degrees, approximate. */
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    /** Minerals: chemical symbol, not matched in text ("W" is too short to match safely). */
    symbol: z.string().min(1).optional(),
    /** Minerals: the official lists that name it (`usgs_2025`, `eu_crm_2023`…). */
    lists: z.array(z.string().min(1)).optional(),
    /** Initiatives: the participating countries and organisations. */
    participants: z.array(EntityId).optional(),
    /** Initiatives: when it began, as the sources say it. */
    launched: z.string().min(1).optional(),
    /** Short figures from the sources, in our own words (resources, output, distances). */
    facts: z.array(z.string().min(1)).optional(),
    confidence: z.enum(['verified', 'general-knowledge', 'unverified']).optional(),
    sources: z.array(ReferenceSource).min(1),
  })
  .superRefine((entry, ctx) => {
    if (!entry.id.startsWith(`${entry.type}:`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: `id ${entry.id} is not a ${entry.type}`,
      })
    }
    if ((entry.lat === undefined) !== (entry.lon === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'lat and lon come together' })
    }
    if (entry.type !== 'country' && (entry.metonyms || entry.demonyms)) {
      ctx.addIssue({
        code: 'custom',
        path: ['metonyms'],
        message: 'only countries have metonyms and demonyms',
      })
    }
    if (entry.type !== 'person' && entry.roles) {
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'only people have roles' })
    }
    const forms = new Set(referenceForms(entry))
    for (const text of entry.ambiguous ?? []) {
      if (!forms.has(text)) {
        ctx.addIssue({
          code: 'custom',
          path: ['ambiguous'],
          message: `"${text}" is not one of its forms`,
        })
      }
    }
  })
export type ReferenceEntry = z.infer<typeof ReferenceEntry>

/** `group:c5`: a lookup helper, not an entity. */
export const GroupId = z.string().regex(/^group:[a-z0-9][a-z0-9-]*$/, 'expected group:<slug>')
export type GroupId = z.infer<typeof GroupId>

/**
 * A phrase that names a fixed set of entities ("the five Central Asian states" -> KZ, KG, TJ,
 * TM, UZ). A bare region ("Central Asia") is not a group: regions are not entities.
 */
export const ReferenceGroup = z.strictObject({
  id: GroupId,
  name: Form,
  members: z.array(EntityId).min(1),
  forms: z.array(Form).min(1),
  note: z.string().min(1).optional(),
  sources: z.array(ReferenceSource).min(1),
})
export type ReferenceGroup = z.infer<typeof ReferenceGroup>

/**
 * Phrases that look like entities but are not (regions, fossil fuels, generic words, events).
 * They are matched so that nothing inside them is: "China–Central Asia Summit" is an event,
 * and a country inside another name is not a mention (CONVENTIONS.md).
 */
export const NotEntity = z.strictObject({
  name: Form,
  forms: z.array(Form).min(1),
  reason: z.string().min(1),
  when: z.string().min(1).optional(),
})
export type NotEntity = z.infer<typeof NotEntity>

/** One file of `data/reference/`: what it holds, its entries, and the look-alikes that are not. */
export const ReferenceFile = z.strictObject({
  about: z.string().min(1),
  /** Entity files hold entries; `groups.json` holds groups. Entries are checked one by one. */
  entries: z.array(z.unknown()),
  notEntities: z.array(NotEntity).optional(),
})
export type ReferenceFile = z.infer<typeof ReferenceFile>
