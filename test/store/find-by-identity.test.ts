import { describe, expect, it } from 'vitest'
import { makeSaveInput } from './factories.js'
import { DIALECTS, useTestDatabases } from './harness.js'

for (const dialect of DIALECTS) {
  describe(`articles.findByIdentity (${dialect})`, () => {
    const databases = useTestDatabases(dialect)

    it('finds the current revision and its draft hash, or null for an unknown page', async () => {
      const store = await databases.fresh()
      const first = makeSaveInput()
      const { id } = await store.articles.save(first)
      expect(await store.articles.findByIdentity(first.identityKey)).toEqual({
        id,
        revision: 1,
        draftHash: first.draftHash,
      })
      const changed = makeSaveInput({
        identityKey: first.identityKey,
        draft: { text: 'A new body.' },
      })
      await store.articles.save(changed)
      expect(await store.articles.findByIdentity(first.identityKey)).toEqual({
        id,
        revision: 2,
        draftHash: changed.draftHash,
      })
      expect(await store.articles.findByIdentity('https://nowhere.example/')).toBeNull()
    })
  })
}
