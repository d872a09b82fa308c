/**
 * Runs the first-view data check (wake.ts verifyPrerendered) in a worker, so that downloading, reading and hashing
 * half a megabyte of JSON after the page has loaded costs the main thread nothing: on a cheap phone those tasks
 * would block a tap. Where a worker cannot start (no Worker, a script blocked or missing, a cross-origin page), the
 * check runs on the main thread as before; a worker that never answers counts as a failed check.
 */
import { DEFAULT_TIMEOUT_MS } from '../lib/data/limits.ts'
import type { DataPrint } from './fingerprint.ts'
import type { VerifyReply, VerifyRequest } from './verify-worker.ts'
import { verifyPrerendered } from './wake.ts'

export type Spawn = () => Worker

const spawnVerifier: Spawn = () =>
  new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module', name: 'peru-protests-verify' })

function isReply(data: unknown): data is VerifyReply {
  if (typeof data !== 'object' || data === null || !('files' in data)) return false
  const { files } = data as { files: unknown }
  return (
    files === null ||
    (Array.isArray(files) &&
      files.every(
        (entry) =>
          Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && entry[1] instanceof Uint8Array,
      ))
  )
}

export function verifyOffThread(
  prints: readonly DataPrint[],
  base: URL,
  spawn: Spawn = spawnVerifier,
  timeoutMs = DEFAULT_TIMEOUT_MS + 5_000,
): Promise<Map<string, Uint8Array> | null> {
  const onMainThread = () => verifyPrerendered(prints, base)
  let worker: Worker
  try {
    worker = spawn()
  } catch {
    return onMainThread()
  }
  return new Promise((resolve) => {
    let settled = false
    const settle = (value: Map<string, Uint8Array> | null | Promise<Map<string, Uint8Array> | null>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      worker.terminate()
      resolve(value)
    }
    const timer = setTimeout(() => settle(null), timeoutMs)
    worker.onmessage = ({ data }: MessageEvent<unknown>) =>
      settle(isReply(data) && data.files ? new Map(data.files) : null)
    worker.onmessageerror = () => settle(null)
    // The worker's script did not run (blocked, missing, or a module worker this browser cannot start).
    worker.onerror = (event) => {
      event.preventDefault()
      settle(onMainThread())
    }
    const request: VerifyRequest = { prints: [...prints], base: base.href }
    worker.postMessage(request)
  })
}
