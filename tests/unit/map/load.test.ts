import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadMapData } from '../../../src/lib/map/load.ts'
import { DataError } from '../../../src/lib/data/load.ts'

/** A fetch that serves the published files from data/ (v1.json → 1.0.0.json), recording what was asked. */
function diskFetch(asked: string[], override: Record<string, string> = {}): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = new URL(String(input instanceof Request ? input.url : input))
    const [dataset] = url.pathname.split('/').slice(-2)
    asked.push(`${dataset}`)
    const body = override[dataset!] ?? readFileSync(`data/${dataset}/1.0.0.json`, 'utf8')
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
}

describe('loadMapData', () => {
  it('loads the deaths and the departments, validated', async () => {
    const asked: string[] = []
    const data = await loadMapData({ base: new URL('https://example.org/data/'), fetch: diskFetch(asked) })
    expect(asked.sort()).toEqual(['peru-departments', 'protest-deaths'])
    expect(data.deaths.records).toHaveLength(81)
    expect(data.geo.objects.departments.geometries).toHaveLength(25)
  })

  it('fails with a DataError when a file is invalid', async () => {
    const fetchBad = diskFetch([], {
      'protest-deaths': JSON.stringify({ dataset: 'protest-deaths', version: '1.0.0', records: [{}] }),
    })
    await expect(loadMapData({ base: new URL('https://example.org/data/'), fetch: fetchBad })).rejects.toBeInstanceOf(
      DataError,
    )
  })
})
