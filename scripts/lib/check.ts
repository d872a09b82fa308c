// The data check, as a pure function over an in-memory copy of data/ (so tests can run it on fixtures): the manifest,
// the changelog and the schemas here, then what each dataset says (scripts/lib/check-datasets.ts).
// scripts/data-check.ts reads the repo and prints one line per problem.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { ErrorObject } from 'ajv'
import { formatValidationError } from '../../src/lib/data/validate.ts'
import type { DeathsDataset, ExportsDataset, TimelineDataset } from '../../src/lib/data/types.ts'
import {
  checkDeaths,
  checkExports,
  checkReferenceTotals,
  checkSourcesAndUrls,
  checkTimeline,
  geoCodes,
} from './check-datasets.ts'
import { DATASET_NAMES, latestOf, majorOf, parseManifest, parseSemver, sha256, type ManifestEntry } from './manifest.ts'
import { makeAjv } from './validators.ts'
import { GEO_MAX_BYTES } from './geo.ts'

/** data/ as path (relative to data/, forward slashes) → text. */
export type DataTree = Record<string, string>

export interface CheckInput {
  files: DataTree
  /** the committed generated validators and what the generator produces now */
  validators?: { committed: string | undefined; expected: string }
  /** what `npm run data:geo` produces now (the committed geo file must equal it) */
  geoRebuilt?: { path: string; text: string }
  /** what scripts/build-places.ts produces now */
  placesRebuilt?: string
}

// ---------------------------------------------------------------- helpers

function parseJson(path: string, text: string | undefined, problems: string[]): unknown {
  if (text === undefined) {
    problems.push(`${path}: missing`)
    return undefined
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    problems.push(`${path}: not valid JSON (${e instanceof Error ? e.message : String(e)})`)
    return undefined
  }
}

// ---------------------------------------------------------------- individual checks

export function checkManifest(files: DataTree): { problems: string[]; entries: ManifestEntry[] } {
  const { manifest, problems } = parseManifest(files['manifest.json'])
  const seen = new Set<string>()
  for (const e of manifest.datasets) {
    const label = `manifest.json: ${e.name} ${e.version}`
    if (!(DATASET_NAMES as readonly string[]).includes(e.name)) problems.push(`${label}: unknown dataset name`)
    if (!parseSemver(e.version)) problems.push(`${label}: version is not semver`)
    if (e.path !== `${e.name}/${e.version}.json`) problems.push(`${label}: path should be ${e.name}/${e.version}.json`)
    if (e.schema !== `schemas/${e.name}.schema.json`)
      problems.push(`${label}: schema should be schemas/${e.name}.schema.json`)
    if (seen.has(e.path)) problems.push(`${label}: listed twice`)
    seen.add(e.path)
    const text = files[e.path]
    if (text === undefined) {
      problems.push(`${e.path}: listed in manifest.json but missing`)
      continue
    }
    if (files[e.schema] === undefined) problems.push(`${e.schema}: missing (listed for ${e.path})`)
    const actual = sha256(text)
    if (actual !== e.sha256)
      problems.push(
        `${e.path}: sha256 ${actual} differs from manifest.json (${e.sha256}): published versions are immutable — publish a correction as a new version`,
      )
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch {
      continue // reported by the schema step
    }
    const d = doc as { version?: unknown; updated?: unknown }
    if (d.version !== e.version)
      problems.push(`${e.path}: "version" is ${JSON.stringify(d.version)}, manifest.json says ${e.version}`)
    if (d.updated !== e.updated)
      problems.push(`${e.path}: "updated" is ${JSON.stringify(d.updated)}, manifest.json says ${e.updated}`)
  }
  // every version file on disk must be published through the manifest
  for (const path of Object.keys(files).sort()) {
    const m = /^([a-z-]+)\/(\d+\.\d+\.\d+)\.json$/.exec(path)
    if (m && !seen.has(path))
      problems.push(
        `${path}: not listed in manifest.json: a draft, not published (publish it: npm run data:publish -- ${m[1]} --why "<reason>" --source <url>)`,
      )
  }
  return { problems, entries: manifest.datasets }
}

export function checkChangelog(files: DataTree, entries: readonly ManifestEntry[]): string[] {
  const log = files['CHANGELOG.md']
  if (log === undefined) return ['CHANGELOG.md: missing']
  return entries
    .filter((e) => !log.includes(`${e.name} ${e.version}`))
    .map((e) => `CHANGELOG.md: no entry for "${e.name} ${e.version}"`)
}

/** Validate every listed version of the latest major against its schema file (compiled here, in node). */
export function checkSchemas(
  files: DataTree,
  entries: readonly ManifestEntry[],
): { problems: string[]; docs: Map<string, unknown> } {
  const problems: string[] = []
  const docs = new Map<string, unknown>()
  const ajv = makeAjv()
  const compiled = new Map<string, ReturnType<typeof ajv.compile> | null>()
  for (const e of entries) {
    const doc = parseJson(e.path, files[e.path], problems)
    if (doc === undefined) continue
    docs.set(e.path, doc)
    const latest = latestOf(entries, e.name)
    // A schema describes the current major; older majors stay published but are not re-validated.
    if (latest && majorOf(latest.version) !== majorOf(e.version)) continue
    if (!compiled.has(e.schema)) {
      const schema = parseJson(e.schema, files[e.schema], problems)
      try {
        compiled.set(e.schema, schema === undefined ? null : ajv.compile(schema as object))
      } catch (err) {
        problems.push(`${e.schema}: invalid schema (${err instanceof Error ? err.message : String(err)})`)
        compiled.set(e.schema, null)
      }
    }
    const validate = compiled.get(e.schema)
    if (!validate || validate(doc)) continue
    const seen = new Set<string>()
    for (const err of (validate.errors ?? []) as ErrorObject[]) {
      if (err.keyword === 'if' || err.keyword === 'anyOf') continue
      const line = formatValidationError(e.path, doc, err)
      if (!seen.has(line)) problems.push(line)
      seen.add(line)
    }
  }
  return { problems, docs }
}

// ---------------------------------------------------------------- all together

export function runChecks(input: CheckInput): string[] {
  const { files } = input
  const problems: string[] = []
  const { problems: mp, entries } = checkManifest(files)
  problems.push(...mp)
  problems.push(...checkChangelog(files, entries))
  const { problems: sp, docs } = checkSchemas(files, entries)
  problems.push(...sp)

  for (const [path, doc] of docs) problems.push(...checkSourcesAndUrls(path, doc))
  problems.push(...checkReferenceTotals())

  const latestDoc = (name: string): { path: string; doc: unknown } | undefined => {
    const e = latestOf(entries, name)
    return e && docs.has(e.path) ? { path: e.path, doc: docs.get(e.path) } : undefined
  }
  const geo = latestDoc('peru-departments')
  const codes = geoCodes(geo?.doc)
  if (!geo) problems.push('peru-departments: no published version')
  else {
    if (codes.size === 0) problems.push(`${geo.path}: no departments object with codes`)
    const bytes = Buffer.byteLength(files[geo.path] ?? '')
    if (bytes > GEO_MAX_BYTES) problems.push(`${geo.path}: ${bytes} bytes, over the ${GEO_MAX_BYTES}-byte budget`)
  }
  const places = parseJson('sources/places.json', files['sources/places.json'], problems)
  // Cross-checks need parseable, schema-valid latest versions; schema problems are already reported above.
  const deaths = latestDoc('protest-deaths')
  const deathsOk = deaths && !sp.some((p) => p.startsWith(`${deaths.path}:`))
  if (deaths && deathsOk) problems.push(...checkDeaths(deaths.path, deaths.doc as DeathsDataset, codes, places))
  const timeline = latestDoc('timeline')
  if (timeline && !sp.some((p) => p.startsWith(`${timeline.path}:`)))
    problems.push(
      ...checkTimeline(
        timeline.path,
        timeline.doc as TimelineDataset,
        deathsOk ? (deaths?.doc as DeathsDataset) : undefined,
        codes,
      ),
    )
  const exp = latestDoc('arms-exports')
  if (exp && !sp.some((p) => p.startsWith(`${exp.path}:`)))
    problems.push(...checkExports(exp.path, exp.doc as ExportsDataset))

  if (input.validators && input.validators.committed !== input.validators.expected)
    problems.push(
      'src/lib/data/validators.generated.js: stale — regenerate with `npx tsx scripts/build-validators.ts` after changing a schema',
    )
  if (
    input.geoRebuilt &&
    files[input.geoRebuilt.path] !== undefined &&
    files[input.geoRebuilt.path] !== input.geoRebuilt.text
  )
    problems.push(
      `${input.geoRebuilt.path}: differs from what \`npm run data:geo\` builds (not reproducible, or edited by hand)`,
    )
  if (input.placesRebuilt !== undefined && files['sources/places.json'] !== input.placesRebuilt)
    problems.push(
      'sources/places.json: differs from what scripts/build-places.ts builds (regenerate it; never edit by hand)',
    )
  return problems
}

/** Read data/ into a DataTree (JSON and Markdown files). */
export function readDataTree(dataDir: string): DataTree {
  const out: DataTree = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(json|md)$/.test(name)) out[relative(dataDir, full).split(sep).join('/')] = readFileSync(full, 'utf8')
    }
  }
  walk(dataDir)
  return out
}
