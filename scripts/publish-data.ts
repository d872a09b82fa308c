// What the build publishes under dist/data/ (called from a Vite plugin for build and dev server):
// - every published version: <dataset>/<version>.json (byte for byte what data/ holds)
// - the latest version of each major: <dataset>/v<major>.json (what the loaders fetch)
// - CSV downloads of the latest versions at fixed paths: protest-deaths.csv, arms-exports.csv, timeline.csv
// - manifest.json: every published version (as data/manifest.json lists them) and, under `latest`, each
//   v<major>.json with the version it holds and the SHA-256 of its bytes; a page's first view reads only this
//   file to learn whether the data it was drawn from are current (src/boot/check.ts)
//
// Publishing a new version is `npm run data:draft` then `npm run data:publish` (scripts/data-draft.ts,
// scripts/data-publish.ts), which list it in data/manifest.json.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DeathsDataset, ExportsDataset, Source, TimelineDataset } from '../src/lib/data/types.ts'
import { joinUrls, toCsv } from './lib/csv.ts'
import {
  compareSemver,
  latestByMajor,
  latestOf,
  majorOf,
  parseManifest,
  sha256,
  type Manifest,
} from './lib/manifest.ts'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export const DEATHS_CSV_COLUMNS = [
  'id',
  'incident_date',
  'death_date',
  'department_code',
  'department',
  'place',
  'latitude',
  'longitude',
  'category',
  'counted_by_defensoria',
  'cause',
  'name',
  'age',
  'confidence',
  'source_urls',
] as const

export const EXPORTS_CSV_COLUMNS = ['period', 'kind', 'value_cad', 'destination', 'description', 'source_urls'] as const

export const TIMELINE_CSV_COLUMNS = [
  'date',
  'category',
  'department_code',
  'headline_en',
  'headline_es',
  'headline_fr',
  'source_urls',
] as const

const urlsOf = (sources: readonly Source[]): string => joinUrls(sources.map((s) => s.url))

export function deathsCsv(ds: DeathsDataset): string {
  return toCsv(
    DEATHS_CSV_COLUMNS,
    ds.records.map((r) => [
      r.id,
      r.incident_date,
      r.death_date,
      r.department_code,
      r.department,
      r.place,
      r.latitude,
      r.longitude,
      r.category,
      r.counted_by_defensoria,
      r.cause,
      r.name,
      r.age,
      r.confidence,
      urlsOf(r.sources),
    ]),
  )
}

export function exportsCsv(ds: ExportsDataset): string {
  return toCsv(
    EXPORTS_CSV_COLUMNS,
    ds.records.map((r) => [r.period, r.kind, r.value_cad, r.destination, r.description.en, urlsOf(r.sources)]),
  )
}

export function timelineCsv(ds: TimelineDataset): string {
  return toCsv(
    TIMELINE_CSV_COLUMNS,
    ds.records.map((e) => [
      e.date,
      e.category,
      // events spanning several departments list them all, with the same separator as source_urls
      e.department_code ?? e.department_codes.join(' | '),
      e.headline.en,
      e.headline.es,
      e.headline.fr,
      urlsOf(e.sources),
    ]),
  )
}

/** One `latest` entry of the published manifest (dist/data/manifest.json, a public contract). */
export interface PublishedLatest {
  name: string
  major: number
  /** The version v<major>.json holds. */
  version: string
  /** Relative to the data folder: <dataset>/v<major>.json */
  path: string
  /** SHA-256 of the exact bytes of that file. */
  sha256: string
}

export interface PublishedFile {
  fileName: string
  source: string
}

/** Pure core: the manifest plus a reader of files relative to data/. */
export function publishedDataFilesFrom(manifest: Manifest, read: (path: string) => string): PublishedFile[] {
  const out: PublishedFile[] = []
  const entries = [...manifest.datasets].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : compareSemver(a.version, b.version),
  )
  for (const e of entries) out.push({ fileName: `${e.name}/${e.version}.json`, source: read(e.path) })
  const latest: PublishedLatest[] = []
  for (const e of latestByMajor(entries)) {
    const fileName = `${e.name}/v${majorOf(e.version)}.json`
    const source = read(e.path)
    out.push({ fileName, source })
    latest.push({ name: e.name, major: majorOf(e.version), version: e.version, path: fileName, sha256: sha256(source) })
  }
  out.push({ fileName: 'manifest.json', source: JSON.stringify({ datasets: entries, latest }, null, 1) + '\n' })

  const csvs: [string, string, (doc: never) => string][] = [
    ['protest-deaths', 'protest-deaths.csv', deathsCsv as (doc: never) => string],
    ['arms-exports', 'arms-exports.csv', exportsCsv as (doc: never) => string],
    ['timeline', 'timeline.csv', timelineCsv as (doc: never) => string],
  ]
  for (const [name, fileName, render] of csvs) {
    const e = latestOf(entries, name)
    if (e) out.push({ fileName, source: render(JSON.parse(read(e.path)) as never) })
  }
  return out
}

/** Files to publish under dist/data/ (fileName relative to dist/data). Reads data/ with node:fs. */
export function publishedDataFiles(root: string = REPO_ROOT): PublishedFile[] {
  const dataDir = join(root, 'data')
  const { manifest, problems } = parseManifest(readFileSync(join(dataDir, 'manifest.json'), 'utf8'))
  if (problems.length) throw new Error(problems.join('\n'))
  return publishedDataFilesFrom(manifest, (path) => readFileSync(join(dataDir, path), 'utf8'))
}
