/**
 * @module server
 * The HTTP edge: routes that read the store and render `src/web`'s views, the security
 * headers, and the listener. Nothing imports it but the CLI's `serve` and `start`.
 */
export { createApp, type AppOptions } from './app.js'
export { listen, siteStarter, type RunningServer } from './serve.js'
export { loadSiteConfig, DEFAULT_SITE_FILE } from './site-config.js'
