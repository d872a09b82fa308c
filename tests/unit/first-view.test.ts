/** The first view's data check against the published manifest (src/boot/check.ts), and the host's flag requests. */
import { describe, expect, it } from 'vitest'
import { checkData, formatDrawnFrom, freshness, parseDrawnFrom, type DrawnFrom } from '../../src/boot/check.ts'
import { publishedDataFilesFrom } from '../../scripts/publish-data.ts'
import { sha256 } from '../../scripts/lib/manifest.ts'
import { hostFlagChanges } from '../../src/lib/flags.ts'

const BASE = new URL('https://cdn.example/graphics/data/')
const MANIFEST_URL = new URL('manifest.json', BASE).href

const deaths = '{"version":"1.0.0","updated":"2026-11-27","records":[]}'
const geo = '{"version":"1.0.0","updated":"2026-11-27","type":"Topology"}'
const drawn: DrawnFrom[] = [
  { path: 'peru-departments/v1.json', sha256: sha256(geo) },
  { path: 'protest-deaths/v1.json', sha256: sha256(deaths) },
]

/** The manifest the build publishes for these two files (scripts/publish-data.ts). */
function publishedManifest(files: Record<string, string>): string {
  const entry = (name: string) => ({
    name,
    version: '1.0.0',
    path: `${name}/1.0.0.json`,
    sha256: sha256(files[name]!),
    updated: '2026-11-27',
    schema: `schemas/${name}.schema.json`,
  })
  const published = publishedDataFilesFrom({ datasets: Object.keys(files).map(entry) }, (path) => {
    const name = path.split('/')[0]!
    return files[name]!
  })
  return published.find((file) => file.fileName === 'manifest.json')!.source
}

/** A fetch that answers the manifest URL with `answer`, counting requests. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const calls: string[] = []
  const impl: typeof fetch = async (input) => {
    calls.push(String(input))
    return String(input) === MANIFEST_URL ? answer() : new Response('missing', { status: 404 })
  }
  return { impl, calls }
}

describe('data-drawn-from', () => {
  it('round-trips the files a page was drawn from', () => {
    expect(parseDrawnFrom(formatDrawnFrom(drawn))).toEqual(drawn)
  })

  it('refuses anything malformed, so the page is drawn anew', () => {
    const good = formatDrawnFrom(drawn)
    for (const attribute of [
      undefined,
      null,
      '',
      '   ',
      'protest-deaths/v1.json',
      `protest-deaths/v1.json:${'A'.repeat(64)}`,
      `protest-deaths/v1.json:${'a'.repeat(63)}`,
      `../secret/v1.json:${'a'.repeat(64)}`,
      `protest-deaths/1.0.0.json:${'a'.repeat(64)}`,
      `${good} junk`,
    ])
      expect(parseDrawnFrom(attribute), String(attribute)).toBeNull()
  })
})

describe('freshness', () => {
  const manifest = JSON.parse(publishedManifest({ 'protest-deaths': deaths, 'peru-departments': geo })) as unknown

  it('is current when every file the page was drawn from has the published hash', () => {
    expect(freshness(drawn, manifest)).toBe('current')
  })

  it('is changed when one file differs, even by a byte', () => {
    const corrected = JSON.parse(
      publishedManifest({ 'protest-deaths': deaths.replace('[]', '[ ]'), 'peru-departments': geo }),
    ) as unknown
    expect(freshness(drawn, corrected)).toBe('changed')
  })

  it('is unknown when the manifest does not list a file, or is not a manifest', () => {
    const onlyDeaths = JSON.parse(publishedManifest({ 'protest-deaths': deaths })) as unknown
    expect(freshness(drawn, onlyDeaths)).toBe('unknown')
    for (const bad of [null, 42, 'x', {}, { latest: {} }, { latest: [{ path: 'protest-deaths/v1.json' }] }])
      expect(freshness(drawn, bad), JSON.stringify(bad)).toBe('unknown')
    expect(freshness(drawn, { latest: [{ path: 'protest-deaths/v1.json', sha256: 'not-a-hash' }] })).toBe('unknown')
  })
})

describe('checkData', () => {
  const manifest = publishedManifest({ 'protest-deaths': deaths, 'peru-departments': geo })
  const json = (body: string, status = 200) =>
    new Response(body, { status, headers: { 'content-type': 'application/json' } })

  it('downloads the manifest, and nothing else, to say the page is current', async () => {
    const { impl, calls } = fakeFetch(() => json(manifest))
    expect(await checkData(drawn, BASE, impl)).toBe('current')
    expect(calls).toEqual([MANIFEST_URL])
  })

  it('says changed when a correction was published since the build', async () => {
    const corrected = publishedManifest({ 'protest-deaths': deaths.replace('11-27', '11-28'), 'peru-departments': geo })
    const { impl } = fakeFetch(() => json(corrected))
    expect(await checkData(drawn, BASE, impl)).toBe('changed')
  })

  it('says unknown, never throws, when the manifest cannot be had or is not valid', async () => {
    const answers: [string, () => Response | Promise<Response>][] = [
      ['404', () => new Response('Not found', { status: 404 })],
      ['500', () => json(manifest, 500)],
      ['network error', () => Promise.reject(new TypeError('Failed to fetch'))],
      ['truncated', () => json(manifest.slice(0, manifest.length / 2))],
      ['HTML', () => new Response('<!doctype html><p>Gateway', { headers: { 'content-type': 'text/html' } })],
      ['empty', () => json('')],
      ['oversized', () => json(manifest + ' '.repeat(300 * 1024))],
    ]
    for (const [name, answer] of answers) {
      const { impl } = fakeFetch(answer)
      expect(await checkData(drawn, BASE, impl), name).toBe('unknown')
    }
  })

  it('gives up on a manifest that never arrives', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
    expect(await checkData(drawn, BASE, hang, 20)).toBe('unknown')
  })
})

describe('hostFlagChanges', () => {
  it('takes a valid language and theme the embed URL did not set', () => {
    expect(hostFlagChanges({ lang: 'ES', theme: 'dark' }, new URLSearchParams(''))).toEqual({
      lang: 'es',
      theme: 'dark',
    })
  })

  it('ignores what the embed URL already chose, and invalid values', () => {
    expect(hostFlagChanges({ lang: 'fr', theme: 'dark' }, new URLSearchParams('lang=en&theme=light'))).toEqual({})
    expect(hostFlagChanges({ lang: 'de', theme: '<script>' }, new URLSearchParams(''))).toEqual({})
  })
})
