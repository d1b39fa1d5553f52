import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeCli, type Capture } from '../helpers/cli-harness.js'

let cli: ReturnType<typeof makeCli>
beforeAll(() => {
  cli = makeCli()
})
afterAll(() => cli.cleanup())

/** Runs a long-running command, waits until it says where it serves, and returns a stopper. */
async function serving(args: string[]) {
  const stop = new AbortController()
  let out: { stdout: Capture; stderr: Capture } | undefined
  const finished = cli.run(args, '', { signal: stop.signal, live: (streams) => (out = streams) })
  let url: string | undefined
  for (let attempt = 0; attempt < 600 && !url; attempt++) {
    url = /at (http:\/\/\S+) /.exec(out?.stdout.text ?? '')?.[1]
    if (!url) {
      const early = await Promise.race([finished, new Promise((done) => setTimeout(done, 50))])
      if (early) throw new Error(`stopped early: ${JSON.stringify(early)}`)
    }
  }
  if (!url) throw new Error(`never served: ${out?.stdout.text} ${out?.stderr.text}`)
  return {
    url,
    async stop() {
      stop.abort()
      return finished
    },
  }
}

describe('lodestone start and serve', () => {
  it('start ingests the sample, then serves it until stopped', async () => {
    const site = await serving(['start', '--port', '0'])
    const home = await fetch(site.url)
    expect(home.status).toBe(200)
    const html = await home.text()
    expect(html).toContain('U.S. secretary of state to tour Central Asia in 2026')
    const result = await site.stop()
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('13 stored, 0 unchanged, 0 skipped')
    expect(result.stdout).toContain('Stopped.')
  })

  it('serve shows articles that another process ingests later, without a restart', async () => {
    const other = makeCli()
    try {
      const site = await servingStore(other)
      const before = await (await fetch(site.url)).text()
      expect(before).toContain('No articles yet')
      expect((await other.run(['ingest', '--json', '../shared/seed'])).code).toBeLessThan(5)
      expect((await other.run(['start', '--no-serve'])).code).toBe(0)
      const after = await (await fetch(site.url)).text()
      expect(after).toContain('U.S. secretary of state to tour Central Asia in 2026')
      await site.stop()
    } finally {
      other.cleanup()
    }
  })

  it('a port that is taken is a clear error, exit 6', async () => {
    const blocker = createServer()
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done))
    const address = blocker.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      const result = await cli.run(['serve', '--port', String(port)])
      expect(result.code).toBe(6)
      expect(result.stderr).toContain(`cannot listen on 127.0.0.1:${port}`)
    } finally {
      blocker.close()
    }
  })

  it('a missing or broken site file is a clear error naming it, exit 6, and nothing listens', async () => {
    const missing = makeCli({ LODESTONE_SITE: '/nonexistent/site.json' })
    const broken = makeCli()
    try {
      const gone = await missing.run(['serve', '--port', '0'])
      expect(gone.code).toBe(6)
      expect(gone.stderr).toContain('site configuration /nonexistent/site.json')
      expect(gone.stdout).not.toContain('Serving')

      const file = path.join(broken.dir, 'site.json')
      writeFileSync(file, JSON.stringify({ name: '', sections: [] }))
      const badCli = makeCli({ LODESTONE_SITE: file })
      const bad = await badCli.run(['serve', '--port', '0'])
      badCli.cleanup()
      expect(bad.code).toBe(6)
      expect(bad.stderr).toContain(`site configuration ${file} is invalid`)
      expect(bad.stderr).toContain('name:')
      expect(bad.stderr).toContain('pages:')
    } finally {
      missing.cleanup()
      broken.cleanup()
    }
  })

  it('a port that is not a number is a usage error', async () => {
    const result = await cli.run(['serve', '--port', 'eighty'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("'eighty' is not a whole number")
  })
})

/** `serve` over another CLI's store (that CLI ingests into it while we serve). */
async function servingStore(other: ReturnType<typeof makeCli>) {
  const saved = cli
  cli = other
  try {
    return await serving(['serve', '--port', '0'])
  } finally {
    cli = saved
  }
}
