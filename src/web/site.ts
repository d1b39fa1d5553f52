import { z } from 'zod'

/** One entry of the section navigation: the raw article sections it gathers, by name. */
export const SiteSection = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug such as "mining"'),
  name: z.string().min(1),
  /** Article sections (case-insensitive) shown under this one: "Nuclear" under Energy. */
  matches: z.array(z.string().min(1)).default([]),
})
export type SiteSection = z.infer<typeof SiteSection>

const TextPage = z.object({ title: z.string().min(1), body: z.array(z.string()) })

/** What the site says about itself: `data/site.json`, or the file LODESTONE_SITE names. */
export const SiteConfig = z.object({
  name: z.string().min(1),
  tagline: z.string().default(''),
  language: z.string().default('en'),
  sections: z.array(SiteSection),
  /** Headlines in the Flash News strip under the masthead. */
  flashNews: z.number().int().min(0).max(20).default(6),
  /** Articles per page on the home, section and search pages. */
  pageSize: z.number().int().min(1).max(100).default(12),
  pages: z.object({ about: TextPage, contact: TextPage, legal: TextPage }),
})
export type SiteConfig = z.infer<typeof SiteConfig>
export type TextPageName = keyof SiteConfig['pages']

/** A section as the navigation shows it, with the raw article sections behind it. */
export interface SectionNav {
  slug: string
  name: string
  rawSections: string[]
  articles: number
}

/**
 * Maps the sections found on articles onto the configured list. A raw section that no
 * configured entry matches gets a section of its own, so no article is unreachable.
 * Configured sections keep their order (empty ones included); the others follow by size.
 */
export function sectionNavigation(
  site: SiteConfig,
  found: ReadonlyArray<{ value: string; count: number }>,
): SectionNav[] {
  const configured: SectionNav[] = site.sections.map((section) => ({
    slug: section.slug,
    name: section.name,
    rawSections: [],
    articles: 0,
  }))
  const bySlug = new Map(configured.map((nav) => [nav.slug, nav]))
  const byRaw = new Map<string, SectionNav>()
  for (const section of site.sections) {
    const nav = bySlug.get(section.slug)
    if (!nav) continue
    for (const raw of [section.name, section.slug, ...section.matches])
      byRaw.set(normalise(raw), nav)
  }
  const extra: SectionNav[] = []
  for (const { value, count } of found) {
    let nav = byRaw.get(normalise(value))
    if (!nav) {
      const slug = slugify(value)
      if (slug === '') continue
      nav = bySlug.get(slug)
      if (!nav) {
        nav = { slug, name: value, rawSections: [], articles: 0 }
        bySlug.set(slug, nav)
        extra.push(nav)
      }
    }
    nav.rawSections.push(value)
    nav.articles += count
  }
  extra.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
  return [...configured, ...extra]
}

/** The navigation entry an article's raw section belongs to, if any. */
export function sectionOf(
  navigation: readonly SectionNav[],
  rawSection: string | null,
): SectionNav | undefined {
  if (rawSection === null) return undefined
  return navigation.find((nav) => nav.rawSections.includes(rawSection))
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function normalise(text: string): string {
  return text.trim().toLowerCase()
}
