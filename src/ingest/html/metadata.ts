import { decodeHTML } from 'entities'
import type { PublishedDate } from '../../model/index.js'
import { normalizeDate } from './dates.js'
import { normalizeSpace } from './dom.js'
import { readJsonLd, type LinkedData } from './json-ld.js'
import { META_PATTERNS } from './meta-patterns.js'
import { firstMeta, indexMetaTags, META_KEYS, type MetaTags } from './meta-tags.js'
import { BYLINE, cleanByline, joinNames } from './names.js'
import type { ParsedPage } from './parse.js'
import { PATTERNS } from './patterns.js'
import { readScriptState } from './script-state.js'
import { chooseTitle } from './title.js'
import { absoluteHttpUrl } from './urls.js'
import { readVisibleMeta } from './visible-meta.js'

export interface PageMetadata {
  title: string
  byline: string | null
  published: PublishedDate | null
  section: string | null
  site: string | null
  url: string | null
  language: string | null
  /** The base for relative links: `<base href>`, else the fetch URL, else the canonical URL. */
  baseUrl: string | null
}

/**
 * Metadata from every source a page offers, in order of trust: JSON-LD, then OpenGraph and
 * `article:*`, then the CMS meta families, then what the page shows (h1, byline, `<time>`,
 * breadcrumbs).
 */
export function readMetadata(page: ParsedPage, fetchUrl: string | null): PageMetadata {
  const ld = readJsonLd(page.jsonLd)
  const meta = indexMetaTags(page.metas)
  const clean = (value: string | null): string | null => {
    if (value === null) return null
    const text = normalizeSpace(decodeHTML(value).replace(/<[^>]*>/g, ' '))
    return text === '' ? null : text
  }

  const canonicalHref = page.links.find((l) => /\bcanonical\b/i.test(l['rel'] ?? ''))?.['href']
  const pageBase = fetchUrl ?? null
  const url =
    firstUrl([canonicalHref, firstMeta(meta, META_KEYS.url), ld.url], pageBase) ??
    (fetchUrl !== null ? absoluteHttpUrl(fetchUrl, null) : null)
  const baseUrl =
    (page.baseHref !== null ? absoluteHttpUrl(page.baseHref, pageBase ?? url) : null) ??
    pageBase ??
    url

  const site =
    clean(ld.publisher) ?? clean(firstMeta(meta, META_KEYS.site)) ?? clean(ld.siteName) ?? null
  const host = hostName(url)
  const metaTitles = [clean(ld.headline), clean(firstMeta(meta, META_KEYS.title))].filter(
    (t): t is string => t !== null,
  )
  // A first look at the visible page, to find the headline element the byline sits under.
  const visible = readVisibleMeta(page, metaTitles[0] ?? null)
  const titleChoice = chooseTitle({
    documentTitle: clean(page.title) ?? '',
    metaTitles,
    h1s: visible.h1s,
    siteNames: [site, clean(ld.siteName), host].filter((s): s is string => s !== null),
  })

  const byline = readByline(
    ld,
    firstMeta(meta, META_KEYS.author) ?? authorFromLabelledData(meta),
    meta.get('citation_author') ?? [],
    visible.byline,
    visible.bylineAlternatives,
    visible.bylineInHeader,
    site,
    host,
  )
  const published = choosePublished(
    firstDate([ld.published, firstMeta(meta, META_KEYS.published)]),
    visible.published,
    visible.publishedInHeader,
    [fetchUrl, url],
  )
  // Pages rendered by scripts keep their date and author in app state, not in the markup.
  const state = readScriptState(page.scripts, titleChoice.title, url, {
    date: published === null,
    byline: byline === null,
  })

  return {
    title: titleChoice.title,
    byline: withOwnerName(
      byline ?? state.byline,
      ownerOfPersonalSite(host, [
        site,
        clean(ld.siteName),
        titleChoice.siteFromTitle,
        ...visible.homeLinks,
        ...visible.copyrightHolders,
      ]),
    ),
    published: published ?? state.published,
    section:
      clean(ld.section) ??
      clean(firstMeta(meta, META_KEYS.section)) ??
      sectionFromBreadcrumbs(ld.breadcrumbs, titleChoice.title) ??
      visible.section,
    site: site ?? clean(titleChoice.siteFromTitle),
    url,
    language: languageCode(
      page.htmlLang ?? firstMeta(meta, META_KEYS.language) ?? ld.language ?? null,
    ),
    baseUrl,
  }
}

/**
 * JSON-LD people first; then `<meta name=author>`; then scholarly `citation_author` lists; then
 * the visible byline. An author that is the site itself (an Organization, or the publisher's
 * name) is only a last resort: the visible byline usually names the person, and a person in the
 * visible byline beats an author named like the host. With no byline at all, the owner of a
 * personal site is its author.
 */
function readByline(
  ld: LinkedData,
  metaAuthor: string | null,
  citationAuthors: string[],
  shown: string | null,
  shownAlternatives: string[],
  shownInHeader: boolean,
  site: string | null,
  host: string | null,
): string | null {
  const siteKey = site === null ? null : site.toLowerCase()
  const isSelf = (name: string) => siteKey !== null && name.toLowerCase() === siteKey
  const hostKey = host === null ? '' : letters(host)
  // "Cleveland Clinic" on health.clevelandclinic.org, "Clemson News" on news.clemson.edu: an
  // author named like the host is the organisation; a person in the visible byline is better.
  const isHostLike = (name: string): boolean => {
    const words = name.toLowerCase().split(/\s+/).map(letters)
    return hostKey.length >= 3 && words.every((w) => w.length >= 3 && hostKey.includes(w))
  }
  const isSiteCredit = (name: string) => isSelf(name) || isHostLike(name)
  const visible = shown === null ? null : personOverSite(shown, shownAlternatives, isSiteCredit)
  const visiblePerson =
    visible !== null && META_PATTERNS.personName.test(visible) && !isHostLike(visible)
      ? visible
      : null
  // "Jane Doe and John Roe, The Daily Courier": the site credited beside its writers is not one.
  const withoutSelf = (byline: string | null): string | null => {
    if (byline === null) return null
    const names = byline.split(/, | and /).filter((n) => !isSelf(n))
    return names.length === 0 ? byline : joinNames(names)
  }
  const fromLd = ld.authors
    .map((a) => withoutSelf(cleanByline(decodeHTML(a))))
    .filter((a): a is string => a !== null)
  const ldIsSelf = ld.authorsAreOrganizations || (fromLd.length > 0 && fromLd.every(isSelf))
  if (fromLd.length > 0 && !ldIsSelf) {
    const ldByline = joinNames(fromLd)
    if (visiblePerson !== null && fromLd.every((a) => isHostLike(a) || isLoginHandle(a)))
      return visiblePerson
    return ldByline
  }
  if (metaAuthor !== null && !/^https?:/i.test(metaAuthor)) {
    const cleaned = cleanByline(decodeHTML(metaAuthor))
    if (
      cleaned !== null &&
      visiblePerson !== null &&
      (isHostLike(cleaned) || isLoginHandle(cleaned))
    )
      return visiblePerson
    // The account that posted the story (`<meta name=author>`) is not always its writer: a
    // different person in the byline under the headline is the one the page credits.
    if (
      cleaned !== null &&
      visiblePerson !== null &&
      shownInHeader &&
      !BYLINE.collective.test(visiblePerson) &&
      !sameName(cleaned, visiblePerson)
    )
      return visiblePerson
    if (cleaned !== null && !isSelf(cleaned)) return cleaned
  }
  if (citationAuthors.length > 0) {
    // Scholarly metadata writes "Last, First"; bylines read "First Last".
    const names = citationAuthors.map((n) => n.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1').trim())
    return joinNames(names)
  }
  if (visible !== null) return visible
  if (fromLd.length > 0) return joinNames(fromLd)
  return metaAuthor === null ? null : cleanByline(decodeHTML(metaAuthor))
}

/**
 * The shown byline without the site's own credit: "Harbour News and Jane Doe" is Jane Doe;
 * "Clemson News" above "Jane Doe" in the header yields to the person the header also names.
 */
function personOverSite(
  shown: string,
  alternatives: string[],
  isSiteCredit: (name: string) => boolean,
): string {
  const names = shown.split(/, | and /)
  const people = names.filter((n) => !isSiteCredit(n))
  if (people.length > 0 && people.length < names.length) return joinNames(people)
  if (people.length > 0) return shown
  const person = alternatives.find((n) => META_PATTERNS.personName.test(n) && !isSiteCredit(n))
  return person ?? shown
}

/** "Jane Doe" and "Jane Doe and John Roe", "jane doe": the same credit. */
function sameName(a: string, b: string): boolean {
  const key = (s: string) => letters(s)
  return key(a) === key(b) || key(b).includes(key(a)) || key(a).includes(key(b))
}

/**
 * The "Written by" row of a link preview: `twitter:label1` = "Written by" and `twitter:data1` =
 * the name (SEO plugins write it even when they leave out `<meta name=author>`).
 */
function authorFromLabelledData(meta: MetaTags): string | null {
  for (let row = 1; row <= 4; row++) {
    const label = firstMeta(meta, [`twitter:label${row}`])
    if (label !== null && PATTERNS.authorLabel.test(label.trim())) {
      return firstMeta(meta, [`twitter:data${row}`])
    }
  }
  return null
}

/**
 * "andrew.keaveney", "KatieS", "jdoe_22": a CMS login that the template put where a name goes.
 * The name the page shows beside the story is the better byline.
 */
function isLoginHandle(name: string): boolean {
  return !/\s/.test(name) && (/[._\d]/.test(name) || /\p{Ll}\p{Lu}/u.test(name))
}

/** A visible date this many days before the metadata date is read as a different event. */
const MAX_VISIBLE_LEAD_DAYS = 3650

/**
 * The declared date, unless the article header shows an earlier day: a page does not show a
 * publication day before the real one, while metadata is often later (a re-publish, a CMS
 * migration, or a UTC timestamp that moved an evening post to the next day). A later visible
 * date stays second: it is usually "Updated ...", and labels disagree on those. With no date
 * at all, a date in the URL path (/2024/05/17/) is the last resort.
 */
function choosePublished(
  declared: PublishedDate | null,
  visible: PublishedDate | null,
  visibleInHeader: boolean,
  urls: (string | null)[],
): PublishedDate | null {
  if (declared !== null && visible !== null && visibleInHeader) {
    const shown = visible.slice(0, 10)
    const meta = declared.slice(0, 10)
    const lead = (Date.parse(meta) - Date.parse(shown)) / 86_400_000
    if (shown < meta && lead <= MAX_VISIBLE_LEAD_DAYS) return visible
  }
  return declared ?? visible ?? dateFromUrls(urls)
}

function dateFromUrls(urls: (string | null)[]): PublishedDate | null {
  for (const url of urls) {
    if (url === null) continue
    let path: string
    try {
      path = new URL(url).pathname
    } catch {
      continue
    }
    const m = META_PATTERNS.urlDate.exec(path)
    if (m !== null) return normalizeDate(`${m[1]}-${m[2]}-${m[3]}`)
  }
  return null
}

/**
 * The byline, else the owner of a personal site; a first name alone ("Jane", as a preview card
 * writes it) that opens the owner's name ("Jane Doe" on janedoe.com) becomes the full name.
 */
function withOwnerName(byline: string | null, owner: string | null): string | null {
  if (byline === null) return owner
  if (owner !== null && !byline.includes(' ') && owner.startsWith(`${byline} `)) return owner
  return byline
}

/**
 * On a personal site (tobyhede.com, owain.bearblog.dev) the site's name is its author: a
 * person's name from the site name or the logo link, part of which the host spells.
 */
function ownerOfPersonalSite(host: string | null, names: (string | null)[]): string | null {
  if (host === null) return null
  const labels = host.toLowerCase().split('.').map(letters)
  for (const full of names) {
    if (full === null) continue
    const name = hostSpelledPrefix(full, labels) ?? full
    if (!META_PATTERNS.personName.test(name) || BYLINE.organisation.test(name)) continue
    if (META_PATTERNS.notNameStart.test(name)) continue
    // The host is the first name, the surname, or both (pierce.dev, artmann.co, tobyhede.com),
    // and the name is not an organisation's ("National Geographic" spells its whole host too).
    const parts = name.split(' ').map(letters)
    const first = parts[0] as string
    const last = parts[parts.length - 1] as string
    const owned = [first, last].some((p) => p.length >= MIN_HOST_NAME_CHARS && labels.includes(p))
    if ((owned || labels.includes(parts.join(''))) && !META_PATTERNS.organisationWord.test(name))
      return name
  }
  return null
}

/**
 * "Jane Doe Photography" on janedoe.com: the first words, when the host spells exactly them,
 * are the owner's name and the rest is what the site does.
 */
function hostSpelledPrefix(name: string, hostLabels: string[]): string | null {
  const words = name.split(' ')
  if (BYLINE.organisation.test(name)) return null
  for (let n = 2; n <= Math.min(3, words.length - 1); n++) {
    const prefix = words.slice(0, n).join(' ')
    if (hostLabels.includes(letters(prefix))) return prefix
  }
  return null
}

/** A name part shorter than this is too common to tie a host to a person ("Ann", "Lee"). */
const MIN_HOST_NAME_CHARS = 5

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

function firstDate(values: (string | null)[]): PublishedDate | null {
  for (const value of values) {
    if (value === null) continue
    const date = normalizeDate(value)
    if (date !== null) return date
  }
  return null
}

function firstUrl(values: (string | null | undefined)[], base: string | null): string | null {
  for (const value of values) {
    if (value === null || value === undefined) continue
    const url = absoluteHttpUrl(value, base)
    if (url !== null) return url
  }
  return null
}

function sectionFromBreadcrumbs(crumbs: string[], title: string): string | null {
  const titleKey = title.toLowerCase()
  for (const crumb of crumbs) {
    if (PATTERNS.homeCrumb.test(crumb) || crumb.toLowerCase() === titleKey) continue
    return crumb
  }
  return null
}

function hostName(url: string | null): string | null {
  if (url === null) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.[a-z]+$/, '')
  } catch {
    return null
  }
}

/** "en-US", "en_GB", "pt-br" -> "en", "pt"; anything else is null. */
function languageCode(value: string | null): string | null {
  if (value === null) return null
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value.split(',')[0] ?? '')
  return m === null ? null : (m[1] as string).toLowerCase()
}
