import { Feed } from 'feed'
import type { Context, Hono } from 'hono'
import type { ArticleSummary } from '../../store/index.js'
import { loadChrome, type RouteContext } from '../context.js'
import { listSection } from './news.js'
import { notFound } from './errors.js'

/** Items per feed: enough for a reader that polls daily during a busy week. */
const FEED_SIZE = 30

type Format = 'rss' | 'atom' | 'json'
const FORMATS: Record<string, Format> = {
  'rss.xml': 'rss',
  'atom.xml': 'atom',
  'feed.json': 'json',
}
const CONTENT_TYPES: Record<Format, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** RSS 2.0, Atom 1.0 and JSON Feed for the whole site and for each section. */
export function registerFeeds(app: Hono, ctx: RouteContext): void {
  for (const [file, format] of Object.entries(FORMATS)) {
    app.get(`/${file}`, async (c) => {
      const listed = await ctx.store.articles.list({ limit: FEED_SIZE, offset: 0 })
      return send(c, ctx, format, { title: ctx.site.name, path: '/' }, listed.items)
    })
    app.get(`/sections/:slug/${file}`, async (c) => {
      const chrome = await loadChrome(ctx)
      const section = chrome.navigation.find((nav) => nav.slug === c.req.param('slug'))
      if (!section) return notFound(c, ctx, `There is no section "${c.req.param('slug')}".`)
      const listed = await listSection(ctx, section, 1)
      return send(
        c,
        ctx,
        format,
        { title: `${ctx.site.name}: ${section.name}`, path: `/sections/${section.slug}` },
        listed.items.slice(0, FEED_SIZE),
      )
    })
  }
}

async function send(
  c: Context,
  ctx: RouteContext,
  format: Format,
  channel: { title: string; path: string },
  items: readonly ArticleSummary[],
): Promise<Response> {
  // Feed readers need absolute links: they are made from the address the reader used.
  const origin = new URL(c.req.url).origin
  const base = channel.path === '/' ? '' : channel.path
  const feed = new Feed({
    title: channel.title,
    description: ctx.site.tagline,
    id: `${origin}${channel.path}`,
    link: `${origin}${channel.path}`,
    language: ctx.site.language,
    copyright: `Articles belong to their publishers; see ${origin}/legal`,
    updated: newest(items) ?? ctx.now(),
    generator: 'Lodestone',
    feedLinks: {
      rss: `${origin}${base}/rss.xml`,
      atom: `${origin}${base}/atom.xml`,
      json: `${origin}${base}/feed.json`,
    },
  })
  const articles = await Promise.all(items.map((item) => ctx.store.articles.get(item.id)))
  for (const article of articles) {
    if (!article) continue
    const link = `${origin}/articles/${article.id}`
    feed.addItem({
      title: article.title,
      id: link,
      link,
      date: dateOf(article.published) ?? new Date(article.ingestedAt),
      description: firstParagraph(article.text),
      author: article.byline ? [{ name: article.byline }] : undefined,
      category: article.section ? [{ name: article.section }] : undefined,
    })
  }
  const body = format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1()
  return c.body(body, 200, {
    'content-type': CONTENT_TYPES[format],
    'cache-control': 'public, max-age=300',
  })
}

function newest(items: readonly ArticleSummary[]): Date | undefined {
  const dates = items.flatMap((item) => dateOf(item.published) ?? [])
  return dates.length > 0 ? new Date(Math.max(...dates.map(Number))) : undefined
}

/** A partial date ("2025-11") reads as its first day; a date-time keeps its offset. */
function dateOf(published: string | null): Date | undefined {
  if (!published) return undefined
  const padded = /^\d{4}$/.test(published)
    ? `${published}-01-01`
    : /^\d{4}-\d{2}$/.test(published)
      ? `${published}-01`
      : published
  const date = new Date(padded)
  return Number.isNaN(date.getTime()) ? undefined : date
}

function firstParagraph(text: string): string {
  const first = text.split(/\n\s*\n/)[0] ?? ''
  return first.length > 500 ? `${first.slice(0, 497)}…` : first
}
