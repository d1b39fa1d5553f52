import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeCli, seedFile } from '../helpers/cli-harness.js'

let cli: ReturnType<typeof makeCli>
beforeEach(() => {
  cli = makeCli()
})
afterEach(() => cli.cleanup())

/** A small but real news page with invented names. */
function newsPage(title: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><title>${title} | Steppe Post</title>
  <meta property="og:site_name" content="Steppe Post">
  <meta property="article:published_time" content="2026-02-03T08:00:00+05:00"></head>
  <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/energy">Energy</a></nav>
  <article><h1>${title}</h1><p class="byline">By Aigerim Sadykova</p>
  <p>Zorvath Capital will invest $40 million in the Qaratau tungsten project, the company said on Tuesday,
  making it the largest foreign commitment to the province's mining sector this decade.</p>
  <p>The money will pay for a processing plant and a road to the deposit, which holds one of the larger
  undeveloped tungsten resources in the region, according to the company's statement. ${extra}</p>
  </article><footer>© 2026 Steppe Post. All rights reserved.</footer></body></html>`
}

interface Summary {
  stored: number
  revised: number
  unchanged: number
  skipped: number
  skips: Array<{ input: string; code: string; reason: string }>
  articles: Array<{ id: string }>
}

async function ingestJson(
  args: string[],
): Promise<{ code: number; summary: Summary; stderr: string }> {
  const { code, stdout, stderr } = await cli.run(['ingest', '--json', ...args])
  return { code, summary: JSON.parse(stdout) as Summary, stderr }
}

describe('lodestone ingest', () => {
  it('stores a page once: the second run reports it unchanged, a changed page adds a revision', async () => {
    const page = path.join(cli.dir, 'zorvath.html')
    writeFileSync(page, newsPage('Zorvath Capital backs Qaratau tungsten'))
    const first = await ingestJson([page, seedFile])
    expect(first.code).toBe(0)
    expect(first.summary).toMatchObject({ stored: 2, revised: 0, unchanged: 0, skipped: 0 })

    const second = await ingestJson([page, seedFile])
    expect(second.summary).toMatchObject({ stored: 0, revised: 0, unchanged: 2, skipped: 0 })

    writeFileSync(page, newsPage('Zorvath Capital backs Qaratau tungsten', 'Work starts in May.'))
    const third = await ingestJson([page])
    expect(third.summary).toMatchObject({ stored: 0, revised: 1, unchanged: 0 })

    const list = await cli.run(['articles', '--json'])
    const { total } = JSON.parse(list.stdout) as { total: number }
    expect(total).toBe(2)

    const id = third.summary.articles[0]?.id ?? ''
    expect((await cli.run(['show', id])).stdout).toContain('Work starts in May.')
    const original = await cli.run(['show', id, '--revision', '1'])
    expect(original.stdout).not.toContain('Work starts in May.')
    expect((await cli.run(['show', id, '--revision', '3'])).code).toBe(4)
  })

  it('walks directories recursively and reads standard input', async () => {
    const nested = path.join(cli.dir, 'pages', 'deeper')
    mkdirSync(nested, { recursive: true })
    copyFileSync(seedFile, path.join(nested, 'seed.txt'))
    writeFileSync(path.join(cli.dir, 'pages', 'notes.json'), '{"not": "a page"}')
    const fromDir = await ingestJson([path.join(cli.dir, 'pages')])
    expect(fromDir.summary).toMatchObject({ stored: 1, skipped: 0 })

    const { code, stdout } = await cli.run(
      ['ingest', '--json', '-'],
      newsPage('Qaratau road contract awarded'),
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ stored: 1 })
  })

  it('skips each bad input with a reason naming it, stores the rest, and keeps what was stored', async () => {
    const good = path.join(cli.dir, 'good.html')
    writeFileSync(good, newsPage('Zorvath Capital backs Qaratau tungsten'))
    await ingestJson([seedFile])

    const bad = {
      missing: path.join(cli.dir, 'nope.html'),
      empty: path.join(cli.dir, 'empty.html'),
      binary: path.join(cli.dir, 'photo.html'),
      huge: path.join(cli.dir, 'huge.html'),
      emptyDir: path.join(cli.dir, 'nothing-here'),
      noArticle: path.join(cli.dir, 'menu.html'),
    }
    writeFileSync(bad.empty, '')
    writeFileSync(
      bad.binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    )
    const fd = openSync(bad.huge, 'w')
    ftruncateSync(fd, 100 * 1024 * 1024) // sparse: 100 MB on paper, nothing on disk
    closeSync(fd)
    mkdirSync(bad.emptyDir)
    writeFileSync(path.join(bad.emptyDir, 'image.png'), 'x')
    writeFileSync(
      bad.noArticle,
      '<html><body><nav><a href="/a">News</a> <a href="/b">Energy</a> <a href="/c">Mining</a></nav></body></html>',
    )

    const { code, summary } = await ingestJson([...Object.values(bad), good])
    expect(code).toBe(3)
    expect(summary).toMatchObject({ stored: 1, skipped: 6 })
    const reasonFor = (input: string): string =>
      summary.skips.find((skip) => skip.input === input)?.reason ?? '(no skip)'
    expect(reasonFor(bad.missing)).toMatch(/no such file/)
    expect(reasonFor(bad.empty)).toMatch(/empty/)
    expect(reasonFor(bad.binary)).toMatch(/not a text or HTML page/)
    expect(reasonFor(bad.huge)).toMatch(/104\.9 MB is over the .* limit/)
    expect(reasonFor(bad.emptyDir)).toMatch(/no \.html, \.htm or \.txt page/)
    expect(reasonFor(bad.noArticle)).toMatch(/no article/)
    for (const [, input] of Object.entries(bad)) expect(reasonFor(input)).toContain(input)

    const list = await cli.run(['articles', '--json'])
    expect((JSON.parse(list.stdout) as { total: number }).total).toBe(2)
  })

  it('stores a page with invalid UTF-8 and says so', async () => {
    const page = path.join(cli.dir, 'broken.html')
    const html = Buffer.from(newsPage('Qaratau tungsten output rises'))
    const broken = Buffer.concat([
      html.subarray(0, 600),
      Buffer.from([0xff, 0xfe, 0xc3]),
      html.subarray(600),
    ])
    writeFileSync(page, broken)
    const { code, stdout, stderr } = await cli.run(['ingest', page])
    expect(code).toBe(0)
    expect(stdout).toContain('1 stored')
    expect(stderr).toContain(page)
  })

  it('prints a readable summary without --json', async () => {
    const { stdout } = await cli.run(['ingest', seedFile])
    expect(stdout).toMatch(/1 stored, 0 unchanged, 0 skipped/)
  })

  it('refuses bad arguments with exit code 2', async () => {
    expect((await cli.run(['ingest'])).code).toBe(2)
    expect((await cli.run(['ingest', '--frobnicate', seedFile])).code).toBe(2)
    expect((await cli.run(['no-such-command'])).code).toBe(2)
  })
})
