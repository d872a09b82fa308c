/**
 * Fingerprints of the data files a page was prerendered from, written by the build into `data-verify` on the
 * page's root and checked by the browser on first view (src/embed/wake.ts): when every published file is byte for
 * byte the one the HTML was drawn from, the HTML is current and needs no validation, no parsing, no re-render.
 * SHA-256 through Web Crypto, run in a worker on first view (verify-off-thread.ts) so that downloading and hashing
 * half a megabyte never blocks the main thread. Any difference at all sends the page down the full path, which
 * validates.
 */

export interface DataPrint {
  /** Relative to the data folder, e.g. protest-deaths/v1.json */
  path: string
  bytes: number
  /** SHA-256, 64 hex digits */
  hash: string
}

/** Null where Web Crypto is unavailable (a page served over plain http): the page then takes the full path. */
export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return null
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export async function printOf(path: string, bytes: Uint8Array<ArrayBuffer>): Promise<DataPrint> {
  const hash = await sha256(bytes)
  if (!hash) throw new Error('Web Crypto is unavailable')
  return { path, bytes: bytes.byteLength, hash }
}

const PRINT = /^([a-z0-9-]{1,40}\/v\d{1,3}\.json):(\d{1,9}):([0-9a-f]{64})$/

export function formatPrints(prints: readonly DataPrint[]): string {
  return prints.map(({ path, bytes, hash }) => `${path}:${bytes}:${hash}`).join(' ')
}

/** Null when the attribute is missing or anything in it is malformed: the page then takes the full path. */
export function parsePrints(attribute: string | null | undefined): DataPrint[] | null {
  if (!attribute) return null
  const prints: DataPrint[] = []
  for (const item of attribute.trim().split(/\s+/)) {
    const match = PRINT.exec(item)
    if (!match) return null
    prints.push({ path: match[1]!, bytes: Number(match[2]), hash: match[3]! })
  }
  return prints.length > 0 ? prints : null
}
