// The data desk's two commands as pure functions over data/ in memory (a DataTree: path relative to data/ → text).
// scripts/data-draft.ts and scripts/data-publish.ts read the tree, call these, and write what they return.
import { changelogEntry, insertEntry } from './changelog.ts'
import { runChecks, type DataTree } from './check.ts'
import { bumpBetween, diffDatasets, smallestBump, type Bump, type DatasetDiff, type Json } from './diff.ts'
import {
  compareSemver,
  DATASET_NAMES,
  entryFor,
  latestOf,
  parseManifest,
  parseSemver,
  type Manifest,
  type ManifestEntry,
} from './manifest.ts'

export const BUMPS: readonly Bump[] = ['patch', 'minor', 'major']

/** Built by `npm run data:geo`, not drafted by hand. */
const GENERATED = new Set(['peru-departments'])

export function nextVersion(version: string, bump: Bump): string {
  const v = parseSemver(version)
  if (!v) throw new Error(`not a version: ${version}`)
  if (bump === 'major') return `${v[0] + 1}.0.0`
  if (bump === 'minor') return `${v[0]}.${v[1] + 1}.0`
  return `${v[0]}.${v[1]}.${v[2] + 1}`
}

/** Today as YYYY-MM-DD (UTC). */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10)
}

function manifestOf(tree: DataTree): Manifest {
  const { manifest, problems } = parseManifest(tree['manifest.json'])
  if (problems.length) throw new DeskError(problems)
  return manifest
}

/** A refusal: nothing was written; `problems` says why, one line each. */
export class DeskError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(problems.join('\n'))
    this.problems = problems
  }
}

function checkDataset(dataset: string): void {
  if (!(DATASET_NAMES as readonly string[]).includes(dataset))
    throw new DeskError([`unknown dataset "${dataset}": one of ${DATASET_NAMES.join(', ')}`])
}

/** Version files of a dataset on disk that the manifest does not list: drafts. */
export function draftsOf(tree: DataTree, dataset: string): string[] {
  const listed = new Set(manifestOf(tree).datasets.map((e) => e.path))
  return Object.keys(tree)
    .filter((p) => p.startsWith(`${dataset}/`) && !listed.has(p))
    .map((p) => /^[^/]+\/(\d+\.\d+\.\d+)\.json$/.exec(p)?.[1])
    .filter((v): v is string => v !== undefined)
    .sort(compareSemver)
}

export interface Draft {
  path: string
  text: string
  from: ManifestEntry
  version: string
  /** what to do next, one line each */
  next: string[]
}

/** `npm run data:draft -- <dataset> <patch|minor|major>`: the latest published version, copied as the next one. */
export function draft(tree: DataTree, dataset: string, bump: string, date: string): Draft {
  checkDataset(dataset)
  if (!(BUMPS as readonly string[]).includes(bump))
    throw new DeskError([`"${bump}" is not a version step: patch, minor or major (see data/README.md, Versions)`])
  if (GENERATED.has(dataset))
    throw new DeskError([
      `${dataset} is built by \`npm run data:geo\`: set GEO_VERSION in scripts/lib/geo.ts to the new version, run it, then \`npm run data:publish\``,
    ])
  const pending = draftsOf(tree, dataset)
  if (pending.length)
    throw new DeskError([
      `${dataset} already has a draft: data/${dataset}/${pending.join('.json, ')}.json. Edit and publish it, or delete it to start again`,
    ])
  const from = latestOf(manifestOf(tree).datasets, dataset)
  if (!from) throw new DeskError([`${dataset}: no published version to start from`])
  const version = nextVersion(from.version, bump as Bump)
  const doc = JSON.parse(tree[from.path] ?? 'null') as Record<string, Json> | null
  if (!doc || typeof doc !== 'object') throw new DeskError([`${from.path}: not a JSON object`])
  doc.version = version
  doc.updated = date
  const path = `${dataset}/${version}.json`
  const publish = `npm run data:publish -- ${dataset} --why "<what changed and why, in one sentence>" --source <url>`
  const next = [
    `Drafted data/${path} from ${from.version} ("version" ${version}, "updated" ${date}). It is not published yet.`,
    `1. Edit data/${path}: make the correction, put its source in the record's "sources" and say why in its "notes".`,
    '   Keep the old value where sources disagree (variants, cause_versions, disputes): a correction replaces an error.',
  ]
  if (bump !== 'patch')
    next.push(
      `2. A new optional field goes into data/schemas/${dataset}.schema.json and src/lib/data/types.ts first, then`,
      '   `npx tsx scripts/build-validators.ts`.',
    )
  if (bump === 'major')
    next.push(
      '   A major also needs DATA_MAJOR in src/lib/data/load.ts, and every widget checked against the new file.',
    )
  next.push(
    `${bump === 'patch' ? 2 : 3}. Publish it, with the reason and each source (repeat --source):`,
    `   ${publish}`,
  )
  return { path, text: JSON.stringify(doc, null, 2) + '\n', from, version, next }
}

export interface PublishInput {
  dataset: string
  why: string
  whyEs?: string
  whyFr?: string
  sources: string[]
}

export interface Publication {
  entry: ManifestEntry
  previous: ManifestEntry
  diff: DatasetDiff
  /** files to write, relative to data/ */
  writes: DataTree
  /** notes for the desk that do not stop the publication */
  notes: string[]
}

const URL_RE = /^https?:\/\/[^\s<>]+$/

/**
 * `npm run data:publish`: checks the draft as data:check would once it is published (schema, cross-checks, sources),
 * works out what changed since the previous version, and returns the new manifest and CHANGELOG. Refuses (DeskError)
 * and returns nothing to write when anything is wrong.
 */
export function publish(tree: DataTree, input: PublishInput): Publication {
  checkDataset(input.dataset)
  const problems: string[] = []
  const why = input.why.trim()
  if (!why) problems.push('--why "<reason>" is required: say what changed and why, in one sentence')
  if (/[\r\n]/.test(input.why + (input.whyEs ?? '') + (input.whyFr ?? '')))
    problems.push('--why: one line, without line breaks')
  if (!input.sources.length) problems.push('--source <url> is required (repeat it for each source)')
  for (const s of input.sources) if (!URL_RE.test(s)) problems.push(`--source ${s}: not an http(s) URL`)
  const pending = draftsOf(tree, input.dataset)
  if (!pending.length)
    problems.push(
      `${input.dataset}: no draft to publish (start one with: npm run data:draft -- ${input.dataset} patch)`,
    )
  if (pending.length > 1) problems.push(`${input.dataset}: several drafts (${pending.join(', ')}): keep one`)
  if (problems.length) throw new DeskError(problems)

  const manifest = manifestOf(tree)
  const version = pending[0]!
  const path = `${input.dataset}/${version}.json`
  const previous = latestOf(manifest.datasets, input.dataset)
  if (!previous) throw new DeskError([`${input.dataset}: no published version to compare with`])
  const text = tree[path] ?? ''
  let doc: Record<string, Json>
  try {
    doc = JSON.parse(text) as Record<string, Json>
  } catch (e) {
    throw new DeskError([`${path}: not valid JSON (${e instanceof Error ? e.message : String(e)})`])
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new DeskError([`${path}: not a JSON object`])
  const step = bumpBetween(previous.version, version)
  if (!step)
    throw new DeskError([
      `${path}: ${version} does not follow ${previous.version} (the next patch, minor or major; npm run data:draft numbers it)`,
    ])
  if (doc.version !== version)
    problems.push(`${path}: field version: is ${JSON.stringify(doc.version)}, the file name says ${version}`)
  if (typeof doc.updated !== 'string') problems.push(`${path}: field updated: missing`)
  else if (doc.updated < previous.updated)
    problems.push(`${path}: field updated: ${doc.updated} is before the previous version's ${previous.updated}`)

  const diff = diffDatasets(JSON.parse(tree[previous.path] ?? 'null') as Json, doc)
  const needed = smallestBump(diff)
  if (BUMPS.indexOf(step) < BUMPS.indexOf(needed)) {
    const why = [
      ...diff.added.map((r) => `record ${r.id} added to ${r.list}`),
      ...diff.newFields.map((f) => `new field ${f.field}`),
    ]
    problems.push(
      `${path}: a ${step} may only correct values, but this version adds ${why.slice(0, 5).join('; ')}${why.length > 5 ? '…' : ''}: that is a ${needed} (data/README.md, Versions). Draft a ${needed} instead`,
    )
  }
  const entry = entryFor(input.dataset, version, text, typeof doc.updated === 'string' ? doc.updated : '')
  const changelog = insertEntry(
    tree['CHANGELOG.md'] ?? '',
    entry.updated,
    changelogEntry({ ...input, why, version, diff }),
  )
  const manifestText = JSON.stringify({ datasets: [...manifest.datasets, entry] }, null, 2) + '\n'
  // The draft must pass every check that data:check makes, as though it were already published.
  // Other datasets' drafts are not part of this publication.
  const candidate: DataTree = { ...tree, 'manifest.json': manifestText, 'CHANGELOG.md': changelog }
  for (const other of DATASET_NAMES)
    if (other !== input.dataset) for (const v of draftsOf(tree, other)) delete candidate[`${other}/${v}.json`]
  const checked = runChecks({ files: candidate })
  problems.push(...checked)
  if (problems.length) throw new DeskError(problems)

  const notes: string[] = []
  if (diff.goneFields.length && step !== 'major')
    notes.push(
      `Fields no record has any more: ${diff.goneFields.join(', ')}. If the schema no longer has them, that is a major (data/README.md, Versions).`,
    )
  return { entry, previous, diff, writes: { 'manifest.json': manifestText, 'CHANGELOG.md': changelog }, notes }
}
