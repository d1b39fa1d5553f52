import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeCli, sampleDir } from '../helpers/cli-harness.js'
import { useTestDatabases } from '../store/harness.js'

// The same commands on a PostgreSQL store (`--db postgres://...`), as a second machine would use.
describe('the command line on PostgreSQL', () => {
  const databases = useTestDatabases('postgres')
  let cli: ReturnType<typeof makeCli>
  beforeEach(() => {
    cli = makeCli()
  })
  afterEach(() => cli.cleanup())

  it('ingests the sample once, finds it unchanged the second time, and searches it', async () => {
    const url = await databases.create()
    const first = JSON.parse(
      (await cli.run(['--db', url, 'ingest', '--json', sampleDir])).stdout,
    ) as {
      stored: number
      skipped: number
    }
    expect(first.stored).toBeGreaterThanOrEqual(13)
    expect(first.skipped).toBe(0)
    const second = JSON.parse(
      (await cli.run(['--db', url, 'ingest', '--json', sampleDir])).stdout,
    ) as {
      stored: number
      unchanged: number
    }
    expect(second).toMatchObject({ stored: 0, unchanged: first.stored })

    const search = await cli.run(['--db', url, 'search', 'tungsten'])
    expect(search.code).toBe(0)
    expect(search.stdout).toContain('[tungsten]')
  })
})
