/**
 * Synthetic victim records for the re-render benchmark: the real records cloned k times with new ids and dates
 * jittered inside the story window, so departments, places, categories and the shape of the epidemic curve keep
 * the real distribution while the count grows 1×, 10×, 100×. Deterministic (seeded).
 *
 * The loaders refuse files over 5 MB, and the real records carry long source lists (≈2.6 KB each): 100× would be
 * 21 MB. So every scale, 1× included, uses the same slimmed records (one source, no variants, short notes): only
 * the count differs between scales, and every field the widgets draw from is kept.
 */
import type { DeathRecord, DeathsDataset } from '../../src/lib/data/types.ts'

/** A small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 86_400_000
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The record with the fields the widgets draw from, and nothing bulky. */
export function slim(record: DeathRecord): DeathRecord {
  const source = { publisher: (record.sources[0]?.publisher ?? 'Source').slice(0, 24), url: 'https://example.org/' }
  return {
    ...record,
    death_date_variants: [],
    cause: record.cause === null ? null : record.cause.slice(0, 40),
    // A disputed cause keeps its versions (the schema wants two or more), without their sources.
    cause_versions: record.cause_versions.map((v) => ({
      version: v.version.slice(0, 40),
      reported_by: v.reported_by.slice(0, 24),
      sources: [],
    })),
    name_variants: [],
    age_variants: [],
    coords_source: 'synthetic',
    sources: [source],
    notes: 'Synthetic.',
  }
}

/**
 * `scale` copies of every record. Copy 0 keeps the real dates; the others move a record (injury and death by the
 * same offset, so the delay between them is kept) by up to ±10 days, clamped to the story window. Month-precision
 * dates stay as they are (they are never put on a day).
 */
export function syntheticDeaths(real: DeathsDataset, scale: number, seed = 20221207): DeathsDataset {
  const next = random(seed + scale)
  const start = toDay(real.period.start)
  const end = toDay(real.period.end)
  const records: DeathRecord[] = []
  for (let copy = 0; copy < scale; copy++) {
    for (const [index, original] of real.records.entries()) {
      const record = slim(original)
      if (copy > 0 && record.incident_date_precision === 'day' && record.death_date_precision === 'day') {
        const incident = toDay(record.incident_date)
        const death = toDay(record.death_date)
        const low = Math.max(-10, Math.round((start - incident) / DAY))
        const high = Math.min(10, Math.round((end - death) / DAY))
        const offset = high >= low ? low + Math.floor(next() * (high - low + 1)) : 0
        record.incident_date = toIso(incident + offset * DAY)
        record.death_date = toIso(death + offset * DAY)
      }
      if (copy > 0) {
        // pd-<date>-<slug>-<nn>: copy and record number go into the slug (unique), the date follows the jitter.
        const match = /^pd-(\d{4}-\d{2}(?:-\d{2})?)-([a-z0-9-]+)-(\d{2})$/.exec(original.id)
        const date = record.incident_date_precision === 'day' ? record.incident_date : (match?.[1] ?? '2023-01')
        record.id = `pd-${date}-${match?.[2] ?? 'x'}-s${copy}r${index}-${match?.[3] ?? '01'}`
      }
      records.push(record)
    }
  }
  return { ...real, records }
}
