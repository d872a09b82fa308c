/**
 * Fingerprints of the data files a page was prerendered from, written by the build into `data-verify` on the
 * page's root and checked by the browser on first view (src/embed/wake.ts): when every published file is byte for
 * byte the one the HTML was drawn from, the HTML is current and needs no validation, no parsing, no re-render.
 * FNV-1a is not a security check: any difference at all sends the page down the full path, which validates.
 */

export interface DataPrint {
  /** Relative to the data folder, e.g. protest-deaths/v1.json */
  path: string
  bytes: number
  /** FNV-1a, 32 bits, 8 hex digits */
  hash: string
}

export function fnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

export function printOf(path: string, bytes: Uint8Array): DataPrint {
  return { path, bytes: bytes.byteLength, hash: fnv1a(bytes) }
}

const PRINT = /^([a-z0-9-]{1,40}\/v\d{1,3}\.json):(\d{1,9}):([0-9a-f]{8})$/

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
