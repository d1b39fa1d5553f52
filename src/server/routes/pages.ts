import type { Hono } from 'hono'
import { TextPage, type TextPageName } from '../../web/index.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'

const TEXT_PAGES: readonly TextPageName[] = ['about', 'contact', 'legal']

/** About, contact and legal notice, from the site configuration. */
export function registerPages(app: Hono, ctx: RouteContext): void {
  for (const name of TEXT_PAGES) {
    app.get(`/${name}`, async (c) => {
      const page = ctx.site.pages[name]
      return renderPage(c, await loadChrome(ctx), { title: page.title }, TextPage(page))
    })
  }
}
