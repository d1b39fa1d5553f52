import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeCli, seedFile } from '../helpers/cli-harness.js'

let cli: ReturnType<typeof makeCli>
beforeEach(async () => {
  cli = makeCli()
  await cli.run(['ingest', seedFile])
})
afterEach(() => cli.cleanup())

describe('reading the store from the command line', () => {
  it('lists articles with their date, section and site', async () => {
    const { code, stdout } = await cli.run(['articles'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/2025-12-26\s+News\s+Global Current News\s+U\.S\. secretary of state/)
  })

  it('filters the list by date, section and site', async () => {
    const count = async (args: string[]): Promise<number> =>
      (JSON.parse((await cli.run(['articles', '--json', ...args])).stdout) as { total: number })
        .total
    expect(await count(['--since', '2025-12'])).toBe(1)
    expect(await count(['--until', '2025-11'])).toBe(0)
    expect(await count(['--section', 'News'])).toBe(1)
    expect(await count(['--section', 'Finance'])).toBe(0)
    expect(await count(['--site', 'Global Current News'])).toBe(1)
    expect((await cli.run(['articles', '--since', 'yesterday'])).code).toBe(2)
  })

  it('shows an article by id, and exits 4 for an unknown id', async () => {
    const { articles } = JSON.parse((await cli.run(['articles', '--json'])).stdout) as {
      articles: Array<{ id: string }>
    }
    const id = articles[0]?.id ?? ''
    const shown = await cli.run(['show', id])
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain('byline:    Kyle L.')
    expect(shown.stdout).toContain('During a reception at the State Department')
    const unknown = await cli.run(['show', 'a0000000000000000'])
    expect(unknown.code).toBe(4)
    expect(unknown.stderr).toContain('a0000000000000000: no such article')
  })

  it('searches with ranked hits and highlighted snippets', async () => {
    const { code, stdout } = await cli.run(['search', 'tungsten'])
    expect(code).toBe(0)
    expect(stdout).toContain('1. U.S. secretary of state')
    expect(stdout).toContain('[tungsten]')
    const none = await cli.run(['search', 'zirconium'])
    expect(none.stdout).toContain('No articles match "zirconium".')
    const hostile = await cli.run(['search', '"unbalanced AND OR NOT *'])
    expect(hostile.code).toBe(0)
  })

  it('takes the store from --db, then LODESTONE_DB', async () => {
    const other = path.join(cli.dir, 'other.db')
    const { stdout } = await cli.run(['--db', other, 'articles'])
    expect(stdout).toContain('No articles stored yet.')
    const viaEnv = makeCli({ LODESTONE_DB: other })
    try {
      expect((await viaEnv.run(['config'])).stdout).toContain(`LODESTONE_DB=${other}`)
    } finally {
      viaEnv.cleanup()
    }
  })

  it('answers --help on every command', async () => {
    for (const command of [
      'ingest',
      'articles',
      'show',
      'search',
      'extract',
      'eval',
      'facts',
      'entities',
      'reextract',
      'start',
      'serve',
      'config',
    ]) {
      const { code, stdout } = await cli.run([command, '--help'])
      expect(code, command).toBe(0)
      expect(stdout, command).toContain(`Usage: lodestone ${command}`)
    }
  })
})
