import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DATA_MAJOR,
  DataError,
  dataUrl,
  loadDeaths,
  loadExports,
  loadGeo,
  loadTimeline,
  type DataErrorKind,
} from '../../../src/lib/data/load.ts'
import { clone, DATA, deaths } from './helpers.ts'

const BASE = 'https://graphics.example.org/peru/data/'
const fileText = (p: string) => readFileSync(join(DATA, p), 'utf8')

/** A fake fetch serving one body (or failing) and recording the URLs asked for. */
function fakeFetch(respond: (url: string, init?: RequestInit) => Promise<Response> | Response) {
  const calls: string[] = []
  const f = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url
    calls.push(url)
    return respond(url, init)
  }) as typeof fetch
  return { fetch: f, calls }
}

const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json' } })

async function kindOf(p: Promise<unknown>): Promise<{ kind: DataErrorKind; error: DataError }> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(DataError)
    const error = e as DataError
    return { kind: error.kind, error }
  }
  throw new Error('expected a DataError')
}

describe('loaders', () => {
  it('fetch <base><dataset>/v<major>.json and return the typed dataset', async () => {
    const files: Record<string, string> = {
      'protest-deaths/v1.json': fileText('protest-deaths/1.0.0.json'),
      'timeline/v1.json': fileText('timeline/1.0.0.json'),
      'arms-exports/v1.json': fileText('arms-exports/1.0.0.json'),
      'peru-departments/v1.json': fileText('peru-departments/1.0.0.json'),
    }
    const { fetch, calls } = fakeFetch((url) =>
      json(files[url.slice(BASE.length)] ?? '', files[url.slice(BASE.length)] ? 200 : 404),
    )
    const d = await loadDeaths({ base: BASE, fetch })
    expect(d.records).toHaveLength(81)
    expect((await loadTimeline({ base: new URL(BASE), fetch })).records.length).toBe(55)
    expect((await loadExports({ base: BASE, fetch })).dataset).toBe('arms-exports')
    expect((await loadGeo({ base: BASE, fetch })).objects.departments.geometries).toHaveLength(25)
    expect(calls).toEqual([
      `${BASE}protest-deaths/v1.json`,
      `${BASE}timeline/v1.json`,
      `${BASE}arms-exports/v1.json`,
      `${BASE}peru-departments/v1.json`,
    ])
    expect(DATA_MAJOR).toEqual({ 'protest-deaths': 1, timeline: 1, 'arms-exports': 1, 'peru-departments': 1 })
  })

  it('tolerates a base without the trailing slash', () => {
    expect(dataUrl('timeline', 'https://x.org/data').href).toBe('https://x.org/data/timeline/v1.json')
  })

  it('network failure → network', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const { kind, error } = await kindOf(loadDeaths({ base: BASE, fetch }))
    expect(kind).toBe('network')
    expect(error.file).toBe('protest-deaths/v1.json')
    expect(error.message).toContain('protest-deaths/v1.json')
  })

  it('HTTP error → http', async () => {
    const { fetch } = fakeFetch(() => json('not found', 404))
    const { kind, error } = await kindOf(loadTimeline({ base: BASE, fetch }))
    expect(kind).toBe('http')
    expect(error.message).toMatch(/timeline\/v1\.json: HTTP 404/)
  })

  it('no answer in time → timeout', async () => {
    const { fetch } = fakeFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
        }),
    )
    const { kind } = await kindOf(loadExports({ base: BASE, fetch, timeoutMs: 20 }))
    expect(kind).toBe('timeout')
  })

  it('a cancelled load rethrows the abort, not a DataError', async () => {
    const controller = new AbortController()
    const { fetch } = fakeFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
        }),
    )
    const p = loadExports({ base: BASE, fetch, signal: controller.signal })
    controller.abort()
    await expect(p).rejects.toHaveProperty('name', 'AbortError')
  })

  it('invalid JSON → parse', async () => {
    const { fetch } = fakeFetch(() => json('{"dataset": "protest-deaths",'))
    const { kind, error } = await kindOf(loadDeaths({ base: BASE, fetch }))
    expect(kind).toBe('parse')
    expect(error.message).toMatch(/^protest-deaths\/v1\.json: not valid JSON/)
  })

  it('empty body or no records → empty', async () => {
    expect((await kindOf(loadDeaths({ base: BASE, fetch: fakeFetch(() => json('  ')).fetch }))).kind).toBe('empty')
    const noRecords = { ...clone(deaths), records: [] }
    expect(
      (await kindOf(loadDeaths({ base: BASE, fetch: fakeFetch(() => json(JSON.stringify(noRecords))).fetch }))).kind,
    ).toBe('empty')
  })

  it('schema violation → schema, naming file, record and field', async () => {
    const bad = clone(deaths)
    ;(bad.records[4] as unknown as Record<string, unknown>).category = 'riot'
    const { fetch } = fakeFetch(() => json(JSON.stringify(bad)))
    const { kind, error } = await kindOf(loadDeaths({ base: BASE, fetch }))
    expect(kind).toBe('schema')
    expect(
      error.problems.some((p) =>
        p.startsWith('protest-deaths/v1.json: records[4] (id pd-2022-12-12-andahuaylas-02) field category'),
      ),
    ).toBe(true)
  })

  it('a newer minor with fields this code does not know loads; the known fields are still checked', async () => {
    const newer = clone(deaths) as unknown as Record<string, unknown> & { records: Record<string, unknown>[] }
    newer.version = '1.7.0'
    newer.added_later = 'top level'
    for (const r of newer.records) r.added_later = { es: 'x', fr: 'y' }
    const ok = await loadDeaths({ base: BASE, fetch: fakeFetch(() => json(JSON.stringify(newer))).fetch })
    expect(ok.version).toBe('1.7.0')
    expect(ok.records).toHaveLength(81)
    newer.records[2]!.latitude = '-13.6'
    const { kind, error } = await kindOf(
      loadDeaths({ base: BASE, fetch: fakeFetch(() => json(JSON.stringify(newer))).fetch }),
    )
    expect(kind).toBe('schema')
    expect(error.problems).toEqual([
      'protest-deaths/v1.json: records[2] (id pd-2022-12-11-andahuaylas-02) field latitude: must be number',
    ])
  })

  it('another major → version', async () => {
    const v2 = { ...clone(deaths), version: '2.0.0' }
    const { fetch } = fakeFetch(() => json(JSON.stringify(v2)))
    const { kind, error } = await kindOf(loadDeaths({ base: BASE, fetch }))
    expect(kind).toBe('version')
    expect(error.message).toContain('2.x')
    // also when the new major only adds fields: a major means the meaning changed
    const v3 = { ...clone(deaths), version: '3.0.0', added_later: true }
    const later = await kindOf(loadDeaths({ base: BASE, fetch: fakeFetch(() => json(JSON.stringify(v3))).fetch }))
    expect(later.kind).toBe('version')
    expect(later.error.message).toContain('3.x found, this code reads 1.x')
  })

  it('over the size limit → too-large (declared or streamed)', async () => {
    const big = 'x'.repeat(2000)
    const declared = fakeFetch(() => new Response(big, { headers: { 'content-length': '2000' } }))
    expect((await kindOf(loadDeaths({ base: BASE, fetch: declared.fetch, maxBytes: 1000 }))).kind).toBe('too-large')
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode('y'.repeat(400)))
        c.close()
      },
    })
    const streamed = fakeFetch(() => new Response(stream))
    expect((await kindOf(loadDeaths({ base: BASE, fetch: streamed.fetch, maxBytes: 1000 }))).kind).toBe('too-large')
  })
})
