// data/manifest.json: every published dataset version with its sha256. Published versions are immutable.
import { createHash } from 'node:crypto'

export interface ManifestEntry {
  name: string
  version: string
  /** relative to data/, e.g. protest-deaths/1.0.0.json */
  path: string
  sha256: string
  updated: string
  /** relative to data/, e.g. schemas/protest-deaths.schema.json */
  schema: string
}

export interface Manifest {
  datasets: ManifestEntry[]
}

export const DATASET_NAMES = ['protest-deaths', 'timeline', 'arms-exports', 'peru-departments'] as const

export function sha256(text: string): string {
  return createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

export function parseSemver(v: string): [number, number, number] | null {
  const m = SEMVER.exec(v)
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null
}

export function compareSemver(a: string, b: string): number {
  const pa = parseSemver(a) ?? [0, 0, 0]
  const pb = parseSemver(b) ?? [0, 0, 0]
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2]
}

export function majorOf(version: string): number {
  return (parseSemver(version) ?? [0])[0]
}

function isEntry(v: unknown): v is ManifestEntry {
  if (typeof v !== 'object' || v === null) return false
  const e = v as Record<string, unknown>
  return ['name', 'version', 'path', 'sha256', 'updated', 'schema'].every((k) => typeof e[k] === 'string')
}

/** Parse and shape-check the manifest. Problems are reported, not thrown. */
export function parseManifest(text: string | undefined): { manifest: Manifest; problems: string[] } {
  const empty: Manifest = { datasets: [] }
  if (text === undefined) return { manifest: empty, problems: ['manifest.json: missing'] }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return {
      manifest: empty,
      problems: [`manifest.json: not valid JSON (${e instanceof Error ? e.message : String(e)})`],
    }
  }
  const list = typeof raw === 'object' && raw !== null ? (raw as { datasets?: unknown }).datasets : undefined
  if (!Array.isArray(list)) return { manifest: empty, problems: ['manifest.json: no "datasets" array'] }
  const problems: string[] = []
  const datasets: ManifestEntry[] = []
  list.forEach((e, i) => {
    if (!isEntry(e))
      problems.push(`manifest.json: datasets[${i}] needs string name, version, path, sha256, updated, schema`)
    else datasets.push(e)
  })
  return { manifest: { datasets }, problems }
}

/** Latest version of each (dataset, major). */
export function latestByMajor(entries: readonly ManifestEntry[]): ManifestEntry[] {
  const best = new Map<string, ManifestEntry>()
  for (const e of entries) {
    const key = `${e.name}@${majorOf(e.version)}`
    const cur = best.get(key)
    if (!cur || compareSemver(e.version, cur.version) > 0) best.set(key, e)
  }
  return [...best.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : compareSemver(a.version, b.version),
  )
}

/** Latest version of a dataset across all majors. */
export function latestOf(entries: readonly ManifestEntry[], name: string): ManifestEntry | undefined {
  return entries.filter((e) => e.name === name).sort((a, b) => compareSemver(b.version, a.version))[0]
}

export function entryFor(name: string, version: string, text: string, updated: string): ManifestEntry {
  return {
    name,
    version,
    path: `${name}/${version}.json`,
    sha256: sha256(text),
    updated,
    schema: `schemas/${name}.schema.json`,
  }
}
