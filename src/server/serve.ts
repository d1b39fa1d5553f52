import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { Hono } from 'hono'
import type { Store } from '../store/index.js'
import { createApp, type AppOptions } from './app.js'
import { loadSiteConfig } from './site-config.js'

export interface RunningServer {
  /** The address it listens on, such as http://127.0.0.1:8080. */
  url: string
  close(): Promise<void>
}

/**
 * Listens on `port` (0 picks a free one) until closed. Fails, naming the address, if the port
 * is taken or the address is not this machine's.
 */
export function listen(app: Hono, port: number, hostname = '0.0.0.0'): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      server.off('error', reject)
      const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            // Keep-alive sockets would hold close() open for minutes.
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
    server.once('error', (error: Error) =>
      reject(new Error(`cannot listen on ${hostname}:${port}: ${error.message}`, { cause: error })),
    )
  })
}

/**
 * What `lodestone serve` and `start` need to put a store on the web: main hands this to the
 * CLI (which does not import the server). The site file is read at each start, so a broken
 * one fails the start with its name and the bad fields, before anything listens.
 */
export function siteStarter(options: {
  /** A site configuration file; the bundled data/site.json when absent. */
  siteFile?: string
  now: () => Date
  logError?: AppOptions['logError']
}): (store: Store, where: { port: number; host: string }) => Promise<RunningServer> {
  return (store, { port, host }) => {
    const site = loadSiteConfig(options.siteFile)
    const app = createApp({ store, site, now: options.now, logError: options.logError })
    return listen(app, port, host)
  }
}
