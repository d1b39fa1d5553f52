import { copyFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeCli, seedFile } from '../helpers/cli-harness.js'

let cli: ReturnType<typeof makeCli>
beforeEach(() => {
  cli = makeCli()
})
afterEach(() => cli.cleanup())

describe('lodestone eval', () => {
  it('extracts each labelled article and prints the scores, by fact type', async () => {
    copyFileSync(seedFile, path.join(cli.dir, 'seed.txt'))
    const gold = path.join(cli.dir, 'gold.jsonl')
    writeFileSync(
      gold,
      [
        JSON.stringify({
          id: 'seed',
          text_file: 'seed.txt',
          entities: [{ type: 'country', id: 'country:KZ' }],
          facts: [{ type: 'visit', traveler: 'Marco Rubio', destinations: ['country:KZ'] }],
        }),
        JSON.stringify({ id: 'gone', text_file: 'missing.txt', entities: [], facts: [] }),
      ].join('\n'),
    )
    const { code, stdout } = await cli.run(['eval', gold])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^articles {5}2$/m)
    expect(stdout).toMatch(
      /^entities {5}P \d\.\d{3} {2}R \d\.\d{3} {2}F1 \d\.\d{3} {2}\(gold 1, predicted \d+, matched \d+\)$/m,
    )
    expect(stdout).toMatch(/^ {2}visit/m)
    expect(stdout).toMatch(/^grounded/m)

    const verbose = await cli.run(['eval', gold, '--verbose'])
    expect(verbose.stdout).toContain('# gone  (')
    expect(verbose.stdout).toContain('missing.txt: no such file')

    const json = JSON.parse((await cli.run(['eval', gold, '--json'])).stdout) as {
      articles: number
    }
    expect(json.articles).toBe(2)
  })

  it('names the line of a gold file that is not valid, and exits 2', async () => {
    const gold = path.join(cli.dir, 'bad.jsonl')
    writeFileSync(gold, '{"id": "a", "entities": []}\n{"id": \n')
    const { code, stderr } = await cli.run(['eval', gold])
    expect(code).toBe(2)
    expect(stderr).toContain(`${gold}:2: not valid JSON`)
    const missing = await cli.run(['eval', path.join(cli.dir, 'nope.jsonl')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.jsonl: no such file')
  })
})
