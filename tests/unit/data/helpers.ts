// Shared helpers for the data tests: the committed data, read once, and a JSON-pointer patcher for fixtures.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readDataTree, type DataTree } from '../../../scripts/lib/check.ts'
import { latestOf, sha256, type Manifest } from '../../../scripts/lib/manifest.ts'
import type {
  DeathsDataset,
  DepartmentsTopology,
  ExportsDataset,
  TimelineDataset,
} from '../../../src/lib/data/types.ts'

export const ROOT = resolve(import.meta.dirname, '../../..')
export const DATA = join(ROOT, 'data')
export const FIXTURES = join(ROOT, 'tests/fixtures/data')

const read = <T>(path: string): T => JSON.parse(readFileSync(join(DATA, path), 'utf8')) as T

export const deaths = read<DeathsDataset>('protest-deaths/1.0.0.json')
export const timeline = read<TimelineDataset>('timeline/1.0.0.json')
export const exportsDs = read<ExportsDataset>('arms-exports/1.0.0.json')
export const geo = read<DepartmentsTopology>('peru-departments/1.0.0.json')

/** The latest published version of a dataset, as data/manifest.json lists it: what the build serves as v<major>.json. */
export function latest<T>(name: string): T {
  const { datasets } = read<Manifest>('manifest.json')
  const entry = latestOf(datasets, name)
  if (!entry) throw new Error(`no published version of ${name}`)
  return read<T>(entry.path)
}

export function dataTree(): DataTree {
  return readDataTree(DATA)
}

/** Set a value at a JSON pointer ("/records/0/sources/0/url"), creating nothing: the parent must exist. */
export function setPointer(doc: unknown, pointer: string, value: unknown): void {
  const parts = pointer.split('/').slice(1)
  const last = parts.pop()
  let node = doc as Record<string, unknown>
  for (const p of parts) node = node[p] as Record<string, unknown>
  if (last === undefined || typeof node !== 'object' || node === null) throw new Error(`bad pointer ${pointer}`)
  node[last] = value
}

/** Keep the manifest in step with an edited file, so a fixture tests only its own problem. */
export function republish(tree: DataTree, path: string): void {
  const manifest = JSON.parse(tree['manifest.json'] ?? '{}') as { datasets: { path: string; sha256: string }[] }
  for (const e of manifest.datasets) if (e.path === path) e.sha256 = sha256(tree[path] ?? '')
  tree['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n'
}

export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}
