// Writes test/fixtures/ingest/bad/ from bad-fixtures.ts: npx tsx test/ingest/decode/write-bad-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { BAD_FIXTURES } from './bad-fixtures.js'

const dir = new URL('../../fixtures/ingest/bad/', import.meta.url)
mkdirSync(dir, { recursive: true })
for (const [name, bytes] of Object.entries(BAD_FIXTURES)) writeFileSync(new URL(name, dir), bytes)
console.log(`wrote ${Object.keys(BAD_FIXTURES).length} files to ${dir.pathname}`)
