import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import type { Hono } from 'hono'

/** The views' stylesheets, scripts and icons, shipped in the package beside the views. */
const ASSETS_DIR = new URL('../../../src/web/assets/', import.meta.url)

interface Asset {
  body: Buffer
  type: string
  etag: string
}

/**
 * Read once at startup and served from memory with an ETag. Each page area keeps its own
 * files (`css/NN-area.css`, `js/NN-area.js`); they are served as one `site.css` and one
 * `site.js`, in file-name order, each script in its own scope.
 */
function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>()
  const add = (name: string, body: Buffer, type: string) => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`
    assets.set(name, { body, type, etag })
  }
  add('site.css', Buffer.from(readAll('css/', '.css').join('\n')), 'text/css; charset=utf-8')
  const scripts = readAll('js/', '.js').map((source) => `;(() => {\n${source}\n})();`)
  add('site.js', Buffer.from(scripts.join('\n')), 'text/javascript; charset=utf-8')
  for (const name of readdirSync(ASSETS_DIR)) {
    if (name.endsWith('.svg')) add(name, readFileSync(new URL(name, ASSETS_DIR)), 'image/svg+xml')
  }
  return assets
}

function readAll(folder: string, extension: string): string[] {
  const dir = new URL(folder, ASSETS_DIR)
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), 'utf8'))
}

export function registerAssets(app: Hono): void {
  const assets = loadAssets()
  app.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'))
    if (!asset) return c.notFound()
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304)
    return c.body(new Uint8Array(asset.body), 200, {
      'content-type': asset.type,
      etag: asset.etag,
      'cache-control': 'public, max-age=300',
    })
  })
}
