import { describe, expect, it } from 'vitest'
import { createStoreCache } from '../../src/server/store-cache.js'
import type { ExtractionStamp, Store } from '../../src/store/index.js'

/** A store that answers only the stamp query, with a stamp the test moves. */
function storeWithStamp(stamp: { current: ExtractionStamp }): Store {
  const facts = { extractionStamp: () => Promise.resolve(stamp.current) }
  return { facts } as unknown as Store
}

describe('the store cache', () => {
  it('computes once per extraction stamp, and again when another extraction is stored', async () => {
    const stamp = { current: { extractions: 1, latest: '2026-01-01T00:00:00Z' } }
    const cache = createStoreCache(storeWithStamp(stamp))
    let computed = 0
    const compute = () => Promise.resolve(++computed)
    expect(await cache.get('counts', compute)).toBe(1)
    expect(await cache.get('counts', compute)).toBe(1)
    stamp.current = { extractions: 2, latest: '2026-01-01T00:00:05Z' }
    expect(await cache.get('counts', compute)).toBe(2)
    expect(await cache.get('other', compute)).toBe(3)
  })

  it('does not keep a failure', async () => {
    const stamp = { current: { extractions: 0, latest: null } }
    const cache = createStoreCache(storeWithStamp(stamp))
    await expect(cache.get('x', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cache.get('x', () => Promise.resolve('up'))).toBe('up')
  })
})
