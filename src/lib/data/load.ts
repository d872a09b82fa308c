/**
 * Loaders for the published datasets: the only place that knows file paths and versions.
 * fetch → size limit → JSON.parse → schema validation (generated, eval-free) → major-version check → typed object.
 * Every failure becomes a DataError that names the file.
 */
import { validateWith } from './validate.ts'
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './limits.ts'
import { armsExports, peruDepartments, protestDeaths, timeline } from './validators.generated.js'
import type { GeneratedValidator } from './validators.generated.js'
import type { DatasetName, DeathsDataset, DepartmentsTopology, ExportsDataset, TimelineDataset } from './types.ts'

/** The major version of each dataset this code reads. A new major is a breaking schema change. */
export const DATA_MAJOR = { 'protest-deaths': 1, timeline: 1, 'arms-exports': 1, 'peru-departments': 1 } as const

export type DataErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'version' | 'empty' | 'too-large'

export class DataError extends Error {
  override readonly name = 'DataError'
  readonly kind: DataErrorKind
  /** the file's path relative to the data folder, e.g. protest-deaths/v1.json */
  readonly file: string
  readonly problems: string[]

  constructor(
    kind: DataErrorKind,
    file: string,
    message: string,
    problems: string[] = [],
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options)
    this.kind = kind
    this.file = file
    this.problems = problems
  }
}

export interface LoadOptions {
  /** URL of the published data folder, ending in "/" (e.g. https://example.org/graphics/data/) */
  base: string | URL
  fetch?: typeof fetch
  signal?: AbortSignal
  /** default 15 s */
  timeoutMs?: number
  /** default 5 MB; the largest dataset is far below this */
  maxBytes?: number
}

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS }

/** Path of the latest published version of a dataset's major, relative to the data folder. */
export function dataFile(dataset: DatasetName): string {
  return `${dataset}/v${DATA_MAJOR[dataset]}.json`
}

export function dataUrl(dataset: DatasetName, base: string | URL): URL {
  const b = typeof base === 'string' ? base : base.href
  // Without the trailing slash, new URL() would silently drop the last path segment of the base.
  return new URL(dataFile(dataset), b.endsWith('/') ? b : `${b}/`)
}

async function readLimited(res: Response, file: string, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new DataError('too-large', file, `file is ${declared} bytes, over the ${maxBytes}-byte limit`)
  if (!res.body) {
    const text = await res.text()
    if (new TextEncoder().encode(text).byteLength > maxBytes)
      throw new DataError('too-large', file, `file is over the ${maxBytes}-byte limit`)
    return text
  }
  // Stream so a huge or endless response is cut off instead of filling memory.
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new DataError('too-large', file, `file is over the ${maxBytes}-byte limit`)
    }
    chunks.push(value)
  }
  const all = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    all.set(c, offset)
    offset += c.byteLength
  }
  return new TextDecoder().decode(all)
}

function majorOf(version: unknown): number | null {
  if (typeof version !== 'string') return null
  const m = /^(\d+)\./.exec(version)
  return m ? Number(m[1]) : null
}

/** Fetch, parse, validate and version-check one dataset. Exported for tests; widgets use the typed loaders. */
export async function loadDataset(
  dataset: DatasetName,
  opts: LoadOptions,
  validator: GeneratedValidator,
): Promise<unknown> {
  const file = dataFile(dataset)
  const fetchImpl = opts.fetch ?? globalThis.fetch
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES

  let url: URL
  try {
    url = dataUrl(dataset, opts.base)
  } catch (cause) {
    throw new DataError('network', file, `invalid data base URL ${String(opts.base)}`, [], { cause })
  }

  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onAbort = (): void => controller.abort()
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  if (opts.signal?.aborted) controller.abort()

  let text: string
  try {
    let res: Response
    try {
      res = await fetchImpl(url, { signal: controller.signal, headers: { accept: 'application/json' } })
    } catch (cause) {
      if (timedOut) throw new DataError('timeout', file, `no response within ${timeoutMs} ms`, [], { cause })
      if (opts.signal?.aborted) throw cause // the caller cancelled: not a data problem, rethrow as-is
      throw new DataError('network', file, `network error while fetching ${url.href}`, [], { cause })
    }
    if (!res.ok) throw new DataError('http', file, `HTTP ${res.status} ${res.statusText}`.trim())
    try {
      text = await readLimited(res, file, maxBytes)
    } catch (cause) {
      if (cause instanceof DataError) throw cause
      if (timedOut)
        throw new DataError('timeout', file, `download did not finish within ${timeoutMs} ms`, [], { cause })
      if (opts.signal?.aborted) throw cause
      throw new DataError('network', file, 'connection failed while downloading', [], { cause })
    }
  } finally {
    clearTimeout(timer)
    opts.signal?.removeEventListener('abort', onAbort)
  }

  if (text.trim() === '') throw new DataError('empty', file, 'file is empty')
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (cause) {
    throw new DataError(
      'parse',
      file,
      `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
      [],
      {
        cause,
      },
    )
  }

  // Check the major first: a v2 file fetched by mistake should say "version", not list schema noise.
  const major = majorOf(typeof doc === 'object' && doc !== null ? (doc as { version?: unknown }).version : undefined)
  if (major !== null && major !== DATA_MAJOR[dataset])
    throw new DataError('version', file, `version ${major}.x found, this code reads ${DATA_MAJOR[dataset]}.x`)

  const records = typeof doc === 'object' && doc !== null ? (doc as { records?: unknown }).records : undefined
  if (doc === null || (Array.isArray(records) && records.length === 0)) throw new DataError('empty', file, 'no records')

  const problems = validateWith(validator, file, doc)
  if (problems.length)
    throw new DataError('schema', file, `does not match its schema (${problems.length} problem(s))`, problems)
  if (major === null) throw new DataError('version', file, 'no version field')
  return doc
}

export async function loadDeaths(opts: LoadOptions): Promise<DeathsDataset> {
  return (await loadDataset('protest-deaths', opts, protestDeaths)) as DeathsDataset
}

export async function loadTimeline(opts: LoadOptions): Promise<TimelineDataset> {
  return (await loadDataset('timeline', opts, timeline)) as TimelineDataset
}

export async function loadExports(opts: LoadOptions): Promise<ExportsDataset> {
  return (await loadDataset('arms-exports', opts, armsExports)) as ExportsDataset
}

export async function loadGeo(opts: LoadOptions): Promise<DepartmentsTopology> {
  return (await loadDataset('peru-departments', opts, peruDepartments)) as DepartmentsTopology
}
