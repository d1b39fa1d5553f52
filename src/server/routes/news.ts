import type { Hono } from 'hono'
import { FrontPage, HomePanels, type SectionNav } from '../../web/index.js'
import { entityIdsOf } from '../../model/index.js'
import { entityLabels } from '../labels.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'
import { cachedCatalogue } from '../store-cache.js'
import { pageNumber } from '../params.js'
import { notFound } from './errors.js'

/** The home page (`/`) and the section pages (`/sections/<slug>`), newest first. */
export function registerNews(app: Hono, ctx: RouteContext): void {
  app.get('/', async (c) => {
    const page = pageNumber(c.req.query('page'))
    const chrome = await loadChrome(ctx)
    const pageSize = ctx.site.pageSize
    const listed = await ctx.store.articles.list({ limit: pageSize, offset: (page - 1) * pageSize })
    const lead = page === 1 ? await leadOf(ctx, listed.items[0]) : undefined
    const aside = page === 1 && listed.total > 0 ? await homePanels(ctx) : undefined
    const body = FrontPage({
      heading: 'Latest',
      articles: listed.items,
      lead,
      page,
      pageSize,
      total: listed.total,
      href: (n) => (n === 1 ? '/' : `/?page=${n}`),
      aside,
    })
    return renderPage(
      c,
      chrome,
      { title: ctx.site.name, description: ctx.site.tagline },
      body,
      statusOf(listed, page),
    )
  })

  app.get('/sections/:slug', async (c) => {
    const slug = c.req.param('slug')
    const page = pageNumber(c.req.query('page'))
    const chrome = await loadChrome(ctx)
    const section = chrome.navigation.find((nav) => nav.slug === slug)
    if (!section) return notFound(c, ctx, `There is no section "${slug}".`)
    const pageSize = ctx.site.pageSize
    const listed = await listSection(ctx, section, page)
    const feeds = { rss: `/sections/${slug}/rss.xml`, atom: `/sections/${slug}/atom.xml` }
    const body = FrontPage({
      heading: section.name,
      intro:
        section.rawSections.length > 1 ? `Gathers ${section.rawSections.join(', ')}.` : undefined,
      articles: listed.items,
      page,
      pageSize,
      total: listed.total,
      href: (n) => (n === 1 ? `/sections/${slug}` : `/sections/${slug}?page=${n}`),
      feeds,
    })
    return renderPage(
      c,
      chrome,
      {
        title: section.name,
        section: slug,
        feeds: { title: `${ctx.site.name}: ${section.name}`, ...feeds },
      },
      body,
      statusOf(listed, page),
    )
  })
}

export async function listSection(ctx: RouteContext, section: SectionNav, page: number) {
  const pageSize = ctx.site.pageSize
  if (section.rawSections.length === 0) return { items: [], total: 0 }
  return ctx.store.articles.list({
    sections: section.rawSections,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  })
}

/** A page past the end is a real 404 (with a link back), not an empty 200. */
function statusOf(listed: { items: unknown[]; total: number }, page: number): 200 | 404 {
  return listed.items.length === 0 && page > 1 ? 404 : 200
}

/** The newest facts (by date) and the most covered entities, for the front page's side column. */
async function homePanels(ctx: RouteContext) {
  const [facts, factCount, entities] = await Promise.all([
    ctx.store.facts.list({ order: 'when-desc', limit: 5 }),
    ctx.store.facts.count(),
    cachedCatalogue(ctx.store, ctx.cache, { limit: 8 }),
  ])
  const nameOf = await entityLabels(ctx.store, facts.flatMap(entityIdsOf))
  return HomePanels({
    facts,
    nameOf,
    entities: entities.items,
    totals: { facts: factCount, entities: entities.total },
  })
}

async function leadOf(ctx: RouteContext, first: { id: string } | undefined) {
  if (!first) return undefined
  const article = await ctx.store.articles.get(first.id)
  if (!article) return undefined
  const firstParagraph = article.text.split(/\n\s*\n/)[0] ?? ''
  return { article, standfirst: truncate(firstParagraph, 320) }
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`
}
