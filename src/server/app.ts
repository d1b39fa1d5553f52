import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { secureHeaders } from 'hono/secure-headers'
import type { RouteContext } from './context.js'
import { BadRequest } from './params.js'
import { registerArticles } from './routes/articles.js'
import { registerAssets } from './routes/assets.js'
import { registerEntities } from './routes/entities.js'
import { badRequest, notFound } from './routes/errors.js'
import { registerFacts } from './routes/facts.js'
import { registerFeeds } from './routes/feeds.js'
import { registerMap } from './routes/map.js'
import { registerNews } from './routes/news.js'
import { registerPages } from './routes/pages.js'
import { registerSearch } from './routes/search.js'
import { registerTimeline } from './routes/timeline.js'
import { createStoreCache, type StoreCache } from './store-cache.js'

export interface AppOptions extends Omit<RouteContext, 'cache'> {
  /** One is made for the store when not given. */
  cache?: StoreCache
  /** Where unexpected errors are reported (the page itself says only that something failed). */
  logError?: (error: unknown, path: string) => void
}

/**
 * The web app: the news site, the analyst's workspace, the feeds and the suggest endpoint.
 * Every page reads the store on request, so articles another process ingests show at once.
 */
export function createApp(options: AppOptions): Hono {
  const { logError = () => {}, cache, ...rest } = options
  const ctx: RouteContext = { ...rest, cache: cache ?? createStoreCache(rest.store) }
  const app = new Hono()

  // Pages with maps and fact tables run to 50-100 KB of HTML; gzip makes them a fifth of that.
  app.use('*', compress())
  app.use(
    '*',
    secureHeaders({
      // Only our own script and stylesheet run; nothing from an ingested page can.
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  )

  registerAssets(app)
  registerNews(app, ctx)
  registerArticles(app, ctx)
  registerPages(app, ctx)
  registerEntities(app, ctx)
  registerFeeds(app, ctx)
  registerSearch(app, ctx)
  registerTimeline(app, ctx)
  registerMap(app, ctx)
  registerFacts(app, ctx)

  app.notFound((c) => notFound(c, ctx, `Nothing lives at ${c.req.path}.`))
  app.onError((error, c) => {
    if (error instanceof BadRequest) return badRequest(c, ctx, error.message)
    logError(error, c.req.path)
    return c.text('Something went wrong on our side; the error has been logged.', 500)
  })
  return app
}
