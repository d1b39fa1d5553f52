import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { Hono } from 'hono'

export interface RunningServer {
  /** The address it listens on, such as http://127.0.0.1:8080. */
  url: string
  close(): Promise<void>
}

/** Listens on `port` (0 picks a free one) until closed. Fails if the port is taken. */
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
    server.once('error', reject)
  })
}
