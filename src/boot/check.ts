/**
 * Step two of a page's start: is the prerendered HTML still current? The build writes, into `data-drawn-from` on the
 * page's root, the data files it drew the page from and the SHA-256 of their bytes. The published
 * `data/manifest.json` (about 1 KB) lists the SHA-256 of every dataset's latest file. When they agree, the page needs
 * no data until the reader reaches for a graphic; when one differs, a correction was published since the build.
 */
import { DEFAULT_TIMEOUT_MS } from '../lib/data/limits.ts'

/** A data file the page was drawn from. */
export interface DrawnFrom {
  /** Relative to the data folder, e.g. protest-deaths/v1.json */
  path: string
  /** SHA-256 of the file's bytes, 64 hex digits */
  sha256: string
}

/** current: every file is the one the HTML was drawn from; changed: one was corrected; unknown: no answer. */
export type Freshness = 'current' | 'changed' | 'unknown'

const ITEM = /^([a-z0-9-]{1,40}\/v\d{1,3}\.json):([0-9a-f]{64})$/
const HASH = /^[0-9a-f]{64}$/
/** The manifest is about 1 KB; anything much larger is not ours. */
const MANIFEST_MAX_CHARS = 256 * 1024

export function formatDrawnFrom(files: readonly DrawnFrom[]): string {
  return files.map(({ path, sha256 }) => `${path}:${sha256}`).join(' ')
}

/** Null when the attribute is missing or anything in it is malformed: the page is then drawn anew. */
export function parseDrawnFrom(attribute: string | null | undefined): DrawnFrom[] | null {
  const items = attribute?.trim().split(/\s+/).filter(Boolean) ?? []
  const files = items.map((item) => ITEM.exec(item)).map((m) => (m ? { path: m[1]!, sha256: m[2]! } : null))
  return files.length > 0 && files.every((file) => file !== null) ? (files as DrawnFrom[]) : null
}

/** The published manifest's latest files as path → sha256, or null when it is not a manifest. */
export function latestHashes(manifest: unknown): Map<string, string> | null {
  const latest = (manifest as { latest?: unknown } | null)?.latest
  if (!Array.isArray(latest)) return null
  const hashes = new Map<string, string>()
  for (const entry of latest as unknown[]) {
    const { path, sha256 } = (entry ?? {}) as { path?: unknown; sha256?: unknown }
    if (typeof path !== 'string' || typeof sha256 !== 'string' || !HASH.test(sha256)) return null
    hashes.set(path, sha256)
  }
  return hashes
}

/** Compares what the page was drawn from with the manifest (pure: see checkData for the download). */
export function freshness(drawn: readonly DrawnFrom[], manifest: unknown): Freshness {
  const hashes = latestHashes(manifest)
  if (!hashes || drawn.some((file) => !hashes.has(file.path))) return 'unknown'
  return drawn.every((file) => hashes.get(file.path) === file.sha256) ? 'current' : 'changed'
}

/** Downloads `manifest.json` from the data folder and compares. Never throws: a failure is 'unknown'. */
export async function checkData(
  drawn: readonly DrawnFrom[],
  base: URL,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Freshness> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetchImpl(new URL('manifest.json', base).href, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    })
    if (!response.ok) return 'unknown'
    const text = await response.text()
    return text.length > MANIFEST_MAX_CHARS ? 'unknown' : freshness(drawn, JSON.parse(text))
  } catch {
    return 'unknown'
  } finally {
    clearTimeout(timer)
  }
}
