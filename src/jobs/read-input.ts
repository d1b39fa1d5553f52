import { open } from 'node:fs/promises'
import type { Result } from '../model/index.js'
import { fail, ok } from '../model/index.js'
import type { InputRef } from './collect-inputs.js'

export interface InputBytes {
  location: string
  kind: 'file' | 'stdin'
  bytes: Uint8Array
}

/**
 * Reads one input whole, refusing anything over `limitBytes` before reading it (files) or
 * as soon as the limit is passed (stdin), so a 100 MB mistake costs nothing.
 */
export async function readInput(
  input: InputRef,
  limitBytes: number,
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): Promise<Result<InputBytes>> {
  if (input.kind === 'stdin') return readStdin(stdin, limitBytes)
  const location = input.path
  let handle
  try {
    handle = await open(location, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT'
      ? fail({ code: 'input.not-found', input: location })
      : fail({ code: 'input.unreadable', input: location, reason: code ?? String(error) })
  }
  try {
    const { size } = await handle.stat()
    if (size > limitBytes) {
      return fail({ code: 'input.too-large', input: location, sizeBytes: size, limitBytes })
    }
    if (size === 0) return fail({ code: 'input.empty', input: location })
    const bytes = await handle.readFile()
    return ok({ location, kind: 'file', bytes })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return fail({ code: 'input.unreadable', input: location, reason: code ?? String(error) })
  } finally {
    await handle.close()
  }
}

async function readStdin(
  stream: AsyncIterable<Uint8Array>,
  limitBytes: number,
): Promise<Result<InputBytes>> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of stream) {
    size += chunk.byteLength
    if (size > limitBytes) {
      return fail({ code: 'input.too-large', input: '-', sizeBytes: size, limitBytes })
    }
    chunks.push(chunk)
  }
  if (size === 0) return fail({ code: 'input.empty', input: '-' })
  return ok({ location: '-', kind: 'stdin', bytes: Buffer.concat(chunks) })
}
