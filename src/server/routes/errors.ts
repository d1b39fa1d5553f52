import type { Context } from 'hono'
import { ErrorPage } from '../../web/index.js'
import { loadChrome, renderPage, type RouteContext } from '../context.js'

/** A real 404 page inside the site's layout, saying what was not found. */
export async function notFound(c: Context, ctx: RouteContext, message: string): Promise<Response> {
  const chrome = await loadChrome(ctx)
  return renderPage(
    c,
    chrome,
    { title: 'Page not found', noindex: true },
    ErrorPage({ status: 404, title: 'Page not found', message }),
    404,
  )
}

export async function badRequest(
  c: Context,
  ctx: RouteContext,
  message: string,
): Promise<Response> {
  const chrome = await loadChrome(ctx)
  return renderPage(
    c,
    chrome,
    { title: 'Bad request', noindex: true },
    ErrorPage({ status: 400, title: 'This address asks for something we cannot show', message }),
    400,
  )
}
