import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type { Store } from '../store/index.js'
import type { StoreCache } from './store-cache.js'
import {
  Layout,
  sectionNavigation,
  type Chrome,
  type PageMeta,
  type SiteConfig,
} from '../web/index.js'

/** What every route gets: the store, the site's configuration and the clock. */
export interface RouteContext {
  store: Store
  site: SiteConfig
  now: () => Date
  /** Figures over the whole store, kept until an extraction is stored. */
  cache: StoreCache
}

/** The masthead's data, read fresh for each page so that new articles show without a restart. */
export async function loadChrome(ctx: RouteContext): Promise<Chrome> {
  const [sections, latest] = await Promise.all([
    ctx.store.articles.sections(),
    ctx.site.flashNews > 0
      ? ctx.store.articles.list({ limit: ctx.site.flashNews, offset: 0 })
      : Promise.resolve({ items: [], total: 0 }),
  ])
  return {
    site: ctx.site,
    navigation: sectionNavigation(ctx.site, sections),
    flash: latest.items.map(({ id, title }) => ({ id, title })),
    today: ctx.now().toISOString().slice(0, 10),
  }
}

/** Renders a page inside the site's layout as a complete HTML document. */
export async function renderPage(
  c: Context,
  chrome: Chrome,
  meta: PageMeta,
  body: Child,
  status: 200 | 400 | 404 | 500 = 200,
): Promise<Response> {
  const document = Layout({ chrome, meta, children: body })
  return c.html(`<!doctype html>${await document}`, status)
}
