import type { EntityId } from '../../../model/index.js'
import type { ResolvedMention } from '../01-mentions.js'
import type { Candidate, FoundEntity } from './candidate.js'
import { SITE_CATEGORIES } from '../../../reference/index.js'
import { isKnownAt, knownMentionAt, PATTERNS, type Context } from './context.js'
import { measureKindOf } from './initiatives.js'
import { acronymAfter, isAcronymOf } from './organizations.js'
import { capitalise, slugOf, withoutPeriod } from './name-text.js'
import { isHyphenedParticle, WORDS } from './word-lists.js'

/** An org's short form must be this long to be linked alone ("Brightmoor" after "Brightmoor Metals"). */
const MIN_SHORT_FORM_LENGTH = 4

/** Every site and facility head, longest first: "license area" before "area"-less ones. */
const SITE_HEADS = [...WORDS.siteHeads, ...WORDS.qualifiedSiteHeads, ...WORDS.facilityHeads].sort(
  (a, b) => b.length - a.length,
)

const LINKING_PATTERNS = {
  firstWord: /^[^\s.,]+/u,
  wordGoesOn: /^[\p{L}\p{N}-]$/u,
  capitalGoesOn: /^ \p{Lu}/u,
  theCompany: /\b[Tt]he company\b/gu,
  /** "the deposit", "The mine": a site's head after "the", as a subject or object, not as a
   *  modifier ("the mine workers", "the field trip"): a verb (one of these, or any in "-ed"), a
   *  preposition or punctuation follows. */
  theSite: new RegExp(
    `(?<![\\p{L}])[Tt]he (${SITE_HEADS.join('|')})(?![\\p{L}])(?=['’]s(?![\\p{L}])|\\s*[,.;:)]|\\s+(?:is|was|has|had|will|would|could|can|may|might|should|must|produces?|produced|holds?|held|contains?|contained|employs?|employed|lies|lay|sits|began|started|opened|closed|in|at|of|and|which|that|to|for|with|from|by|on|near|since|after|before|once|until|remains?|remained|itself|\\p{Ll}{2,}ed)(?![\\p{L}]))`,
    'gu',
  ),
} as const

export interface LinkedNames {
  entities: FoundEntity[]
  /** Every mention of a found entity, by full name or by surname or short form. */
  mentions: ResolvedMention[]
}

interface Form {
  id: EntityId
  /** A full form beats a short one when both read the same. */
  isFull: boolean
}

type Claim = (id: EntityId, start: number, end: number, kind: ResolvedMention['kind']) => void

/**
 * Candidates become entities, keyed by the slug of their name (a measure by its kind), and every
 * other occurrence of a full name, surname or short form links to them ("Sadykova",
 * "Zorvath" after "Zorvath Capital"). A form two entities share links to neither.
 */
export function linkCandidates(context: Context, candidates: readonly Candidate[]): LinkedNames {
  const { text } = context
  const mentions: ResolvedMention[] = []
  const taken = new Uint8Array(text.length + 1)
  const claim: Claim = (id, start, end, kind) => {
    if (taken.subarray(start, end).some((x) => x === 1)) return
    taken.fill(1, start, end)
    mentions.push({ entityId: id, start, end, text: text.slice(start, end), kind })
  }
  const entities = entitiesOf(context, candidates, claim)
  claimAcronyms(context, entities, mentions, claim)
  const forms = formsToFind(mentions, entities)
  linkForms(context, forms, taken, claim)
  linkTheCompany(context, entities, mentions, claim)
  linkTheSite(context, entities, mentions, claim)
  return { entities: [...entities.values()], mentions }
}

/** One entity per name, claiming each candidate's text as a mention of it, in text order. A
 *  name the reference data holds under the same type takes its id ("Uzbekistan's Ministry of
 *  Mining Industry and Geology" is the known ministry); a person named again by a shorter form
 *  ("De la Cruz" after "Anna-Maria de la Cruz", "Serik Talgatov" after "Serik Zhaksylykovich
 *  Talgatov") is the same person, and an organisation named again by its short form ("Hanbit
 *  chief executive …" after "Hanbit Materials") the same organisation. */
function entitiesOf(
  context: Context,
  candidates: readonly Candidate[],
  claim: Claim,
): Map<EntityId, FoundEntity> {
  const entities = new Map<EntityId, FoundEntity>()
  const measureIds = new Map<string, EntityId>()
  /** Shorter forms of the people and organisations found so far, by type and lower-cased form. */
  const shortForms = new Map<string, EntityId | null>()
  const names = referenceNames(context.reference)
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)
  for (const candidate of sorted) {
    const slug = slugOf(candidate.name)
    if (slug === '') continue
    if (candidate.type === 'person' || candidate.type === 'organization') {
      const same = shortForms.get(`${candidate.type}|${candidate.name.toLowerCase()}`)
      if (same) {
        claim(same, candidate.start, candidate.end, 'short-form')
        continue
      }
    }
    let id = `${candidate.type}:${slug}`
    let name = candidate.name
    if (candidate.type === 'initiative') {
      const kind = measureKindOf(candidate.name)
      if (kind) {
        id = measureIds.get(kind) ?? id
        measureIds.set(kind, id)
      }
    }
    const known = names.get(`${candidate.type}|${candidate.name.toLowerCase()}`)
    if (known) ({ id, name } = known)
    const existing = entities.get(id)
    if (!existing) {
      entities.set(id, {
        id,
        type: candidate.type,
        name,
        ...(candidate.role ? { role: candidate.role } : {}),
        ...(candidate.country ? { country: candidate.country } : {}),
        ...(candidate.siteHead ? { siteHead: candidate.siteHead } : {}),
      })
      const forms =
        candidate.type === 'person'
          ? shorterPersonForms(candidate.name)
          : candidate.type === 'organization'
            ? shorterOrgForms(name)
            : []
      for (const form of forms) {
        const key = `${candidate.type}|${form.toLowerCase()}`
        shortForms.set(key, shortForms.has(key) && shortForms.get(key) !== id ? null : id)
      }
    } else {
      if (!existing.role && candidate.role) existing.role = candidate.role
      if (!existing.siteHead && candidate.siteHead) existing.siteHead = candidate.siteHead
    }
    claim(id, candidate.start, candidate.end, 'name')
  }
  return entities
}

/** Names of the reference data by type and lower-cased name, built once per reference. */
const REFERENCE_NAMES = new WeakMap<
  Context['reference'],
  Map<string, { id: EntityId; name: string }>
>()

function referenceNames(
  reference: Context['reference'],
): Map<string, { id: EntityId; name: string }> {
  let names = REFERENCE_NAMES.get(reference)
  if (names === undefined) {
    names = new Map()
    for (const entry of reference.all())
      names.set(`${entry.type}|${entry.name.toLowerCase()}`, { id: entry.id, name: entry.name })
    REFERENCE_NAMES.set(reference, names)
  }
  return names
}

/** An organisation's shorter forms: its name without legal forms and suffixes ("Hanbit
 *  Materials" -> "Hanbit"), and its first word when long enough and no head ("Ministry"). */
function shorterOrgForms(name: string): string[] {
  const words = name.split(' ')
  while (words.length > 1 && WORDS.orgSuffixes.has(withoutPeriod(words[words.length - 1] ?? '')))
    words.pop()
  const forms = words.length < name.split(' ').length ? [words.join(' ')] : []
  const head = words[0] ?? ''
  if (words.length > 1 && head.length >= MIN_SHORT_FORM_LENGTH && !WORDS.orgHeads.has(head))
    forms.push(head)
  return forms
}

/** Russian, Kazakh, Uzbek and Turkic patronymics: "Zhaksylykovich", "Karimovna", "Serikuly". */
const PATRONYMIC = /(?:ovich|evich|ovych|ovna|evna|ivna|uly|kyzy|qizi|ogli|o['’ʻ]g['’ʻ]li)$/iu

/** Shorter forms of a person's name that name the same person when another span reads them as
 *  a name: the surname with its particles ("de la Cruz" of "Anna-Maria de la Cruz") and the name
 *  without a patronymic ("Serik Talgatov" of "Serik Zhaksylykovich Talgatov"). */
function shorterPersonForms(name: string): string[] {
  const words = name.split(' ')
  const forms: string[] = []
  let k = words.length - 1
  while (k > 1 && WORDS.particles.has(words[k - 1] ?? '')) k--
  if (k < words.length - 1) forms.push(words.slice(k).join(' '))
  if (words.length === 3 && PATRONYMIC.test(words[1] ?? ''))
    forms.push(`${words[0] ?? ''} ${words[2] ?? ''}`)
  return forms
}

/** "the Korvath Mining Company (KMC)": the acronym in brackets after an organisation's or a
 *  programme's name, spelling its initials, is a form of it; every later "KMC" links (as the
 *  full forms do, in formsToFind). */
function claimAcronyms(
  context: Context,
  entities: ReadonlyMap<EntityId, FoundEntity>,
  mentions: readonly ResolvedMention[],
  claim: Claim,
): void {
  for (const mention of [...mentions]) {
    const type = entities.get(mention.entityId)?.type
    if (type !== 'organization' && type !== 'initiative') continue
    const acronym = acronymAfter(context, mention.end)
    if (acronym === undefined || !isAcronymOf(acronym.text, mention.text)) continue
    claim(mention.entityId, acronym.start, acronym.end, 'name')
  }
}

/** The forms to look for again: full names as written, surnames, org names without suffixes.
 *  Grouped by their first word, longest first, so each token tries only its own. */
function formsToFind(
  mentions: readonly ResolvedMention[],
  entities: ReadonlyMap<EntityId, FoundEntity>,
): Map<string, [string, Form][]> {
  const forms = new Map<string, Form | null>()
  const addForm = (form: string, id: EntityId, isFull: boolean): void => {
    if (form === '' || WORDS.notNames.has(form)) return
    const seen = forms.get(form)
    if (seen === undefined || (isFull && seen !== null && !seen.isFull))
      forms.set(form, { id, isFull })
    else if (seen !== null && seen.id !== id && seen.isFull === isFull) forms.set(form, null)
  }
  for (const mention of mentions) addForm(mention.text, mention.entityId, true)
  for (const entity of entities.values()) {
    const words = entity.name.split(' ')
    if (entity.type === 'person') {
      addForm(words[words.length - 1] ?? '', entity.id, false)
      // "de la Cruz", "al-Rashid": also as they open a sentence ("De la Cruz", "Al-Rashid").
      for (const form of [...shorterPersonForms(entity.name), words[words.length - 1] ?? ''])
        addForm(capitalise(form), entity.id, false)
      for (const form of shorterPersonForms(entity.name)) addForm(form, entity.id, false)
    } else if (entity.type === 'organization') {
      while (
        words.length > 1 &&
        WORDS.orgSuffixes.has(withoutPeriod(words[words.length - 1] ?? ''))
      )
        words.pop()
      addForm(words.join(' '), entity.id, false)
      const head = words[0] ?? ''
      if (head.length >= MIN_SHORT_FORM_LENGTH && !WORDS.orgHeads.has(head))
        addForm(head, entity.id, false)
    }
  }
  const byFirstWord = new Map<string, [string, Form][]>()
  for (const [surface, form] of forms) {
    if (form === null) continue
    const first = LINKING_PATTERNS.firstWord.exec(surface)?.[0] ?? surface
    const list = byFirstWord.get(first) ?? []
    list.push([surface, form])
    byFirstWord.set(first, list)
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b[0].length - a[0].length)
  return byFirstWord
}

/** Links each later occurrence of a form that no mention has taken yet. */
function linkForms(
  context: Context,
  byFirstWord: ReadonlyMap<string, readonly [string, Form][]>,
  taken: Uint8Array,
  claim: Claim,
): void {
  const { text, tokens } = context
  for (const token of tokens) {
    const opens =
      PATTERNS.capital.test(token.text) ||
      WORDS.particles.has(token.text) ||
      isHyphenedParticle(token.text)
    if (token.kind !== 'word' || !opens || taken[token.start]) continue
    if (knownMentionAt(context, token)) continue
    const bare = token.text.replace(PATTERNS.possessive, '')
    for (const [surface, form] of byFirstWord.get(bare) ?? []) {
      const end = token.start + surface.length
      const wordGoesOn = (at: number) => LINKING_PATTERNS.wordGoesOn.test(text[at] ?? '')
      if (!text.startsWith(surface, token.start) || wordGoesOn(end)) continue
      if (PATTERNS.possessive.test(text.slice(end, end + 2)) && wordGoesOn(end + 2)) continue
      // A short form followed by more capitalised words is part of a longer, different name.
      if (!form.isFull && LINKING_PATTERNS.capitalGoesOn.test(text.slice(end, end + 2))) continue
      claim(form.id, token.start, end, form.isFull ? 'name' : 'short-form')
      break
    }
  }
}

/** "the company" stands for a company only when the article has exactly one organisation in
 *  play; with two or more, guessing would mislink as often as not. */
function linkTheCompany(
  context: Context,
  entities: ReadonlyMap<EntityId, FoundEntity>,
  mentions: readonly ResolvedMention[],
  claim: Claim,
): void {
  const orgs = new Set<EntityId>()
  for (const mention of [...context.known, ...mentions]) {
    const isOrg =
      mention.entityId.startsWith('organization:') &&
      (entities.has(mention.entityId) ||
        context.reference.get(mention.entityId)?.category !== 'government')
    if (isOrg) orgs.add(mention.entityId)
  }
  const [only] = orgs
  if (orgs.size !== 1 || only === undefined) return
  const first = Math.min(
    ...[...context.known, ...mentions].filter((m) => m.entityId === only).map((m) => m.start),
  )
  for (const match of context.text.matchAll(LINKING_PATTERNS.theCompany)) {
    if (match.index > first && !isKnownAt(context, match.index))
      claim(only, match.index, match.index + match[0].length, 'anaphor')
  }
}

/** "the deposit", "the mine" stand for a site only when the article names exactly one site (a
 *  found one, named by that same head: "the Korvath deposit" … "the deposit") and no site of the
 *  reference data; as with "the company", two sites in play would mislink as often as not. */
function linkTheSite(
  context: Context,
  entities: ReadonlyMap<EntityId, FoundEntity>,
  mentions: readonly ResolvedMention[],
  claim: Claim,
): void {
  const sites = new Set<EntityId>()
  for (const mention of [...context.known, ...mentions]) {
    const found = entities.get(mention.entityId)
    const category = context.reference.get(mention.entityId)?.category
    const isSite =
      found?.siteHead !== undefined ||
      (mention.entityId.startsWith('place:') &&
        category !== undefined &&
        SITE_CATEGORIES.has(category))
    if (isSite) sites.add(mention.entityId)
  }
  const [only] = sites
  const head = only === undefined ? undefined : entities.get(only)?.siteHead
  if (sites.size !== 1 || only === undefined || head === undefined) return
  const first = Math.min(...mentions.filter((m) => m.entityId === only).map((m) => m.start))
  for (const match of context.text.matchAll(LINKING_PATTERNS.theSite)) {
    if (match[1] !== head || match.index <= first || isKnownAt(context, match.index)) continue
    claim(only, match.index, match.index + match[0].length, 'anaphor')
  }
}
