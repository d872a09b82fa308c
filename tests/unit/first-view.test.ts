/** The first view's data check (src/embed/fingerprint.ts, wake.ts, verify-off-thread.ts) and the host's flag requests. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatPrints, parsePrints, printOf, sha256, type DataPrint } from '../../src/embed/fingerprint.ts'
import { prefilledFetch, verifyPrerendered } from '../../src/embed/wake.ts'
import { verifyOffThread } from '../../src/embed/verify-off-thread.ts'
import { hostFlagChanges } from '../../src/lib/flags.ts'

const encode = (text: string) => new TextEncoder().encode(text)
const BASE = new URL('https://cdn.example/graphics/data/')

/** One published file, its fingerprint and URL: what both checks below are given. */
const text = '{"version":"1.0.0","records":[]}'
const print: DataPrint = await printOf('protest-deaths/v1.json', encode(text))
const url = new URL(print.path, BASE).href

/** A fetch over a table of URL → response factory, counting requests. */
function fakeFetch(files: Record<string, () => Response | Promise<Response>>) {
  const calls: string[] = []
  const impl: typeof fetch = async (input) => {
    const url = String(input)
    calls.push(url)
    const file = files[url]
    if (!file) return new Response('missing', { status: 404 })
    return file()
  }
  return { impl, calls }
}

describe('fingerprints', () => {
  it('computes SHA-256 like the reference vectors', async () => {
    expect(await sha256(encode(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(await sha256(encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('round-trips through the data-verify attribute', async () => {
    const prints = [
      await printOf('protest-deaths/v1.json', encode('{"a":1}')),
      await printOf('timeline/v1.json', encode('[]')),
    ]
    expect(parsePrints(formatPrints(prints))).toEqual(prints)
  })

  it('refuses anything malformed, so the page takes the full path', () => {
    for (const bad of [
      null,
      '',
      '   ',
      'protest-deaths/v1.json:12',
      `protest-deaths/v1.json:12:${'X'.repeat(64)}`,
      `protest-deaths/v1.json:12:${'0'.repeat(8)}`,
      `../../evil/v1.json:1:${'0'.repeat(64)}`,
      `https://evil.example/x/v1.json:1:${'0'.repeat(64)}`,
      `protest-deaths/v1.json:12:${'a'.repeat(64)} javascript:1:${'0'.repeat(64)}`,
    ])
      expect(parsePrints(bad), String(bad)).toBeNull()
  })
})

describe('verifyPrerendered', () => {
  it('hands back the bytes when the live file is the one the HTML was drawn from', async () => {
    const { impl } = fakeFetch({ [url]: () => new Response(text) })
    const files = await verifyPrerendered([print], BASE, impl)
    expect(new TextDecoder().decode(files?.get(url))).toBe(text)
  })

  it('says no when the file changed, even by one byte of the same length', async () => {
    const changed = text.replace('1.0.0', '1.0.1')
    const { impl } = fakeFetch({ [url]: () => new Response(changed) })
    expect(await verifyPrerendered([print], BASE, impl)).toBeNull()
  })

  it('says no on HTTP errors, network errors, longer files and timeouts', async () => {
    const cases: (() => Response | Promise<Response>)[] = [
      () => new Response('gone', { status: 404 }),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => new Response(text + ' '.repeat(10_000)),
      () => new Response(text, { headers: { 'content-length': '99999999' } }),
    ]
    for (const respond of cases) {
      const { impl } = fakeFetch({ [url]: respond })
      expect(await verifyPrerendered([print], BASE, impl)).toBeNull()
    }
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))))
    expect(await verifyPrerendered([print], BASE, never, 30)).toBeNull()
  })

  it('says no when any one of several files fails', async () => {
    const other = await printOf('peru-departments/v1.json', encode('{}'))
    const { impl } = fakeFetch({ [url]: () => new Response(text) })
    expect(await verifyPrerendered([print, other], BASE, impl)).toBeNull()
  })
})

describe('prefilledFetch', () => {
  it('answers a prefetched URL once from memory, then from the network', async () => {
    const url = new URL('timeline/v1.json', BASE).href
    const { impl, calls } = fakeFetch({ [url]: () => new Response('"network"') })
    const fetchOnce = prefilledFetch(new Map([[url, encode('"memory"')]]), impl)
    const first = await fetchOnce(url)
    expect(first.headers.get('content-length')).toBe('8')
    expect(await first.text()).toBe('"memory"')
    expect(await (await fetchOnce(url)).text()).toBe('"network"')
    expect(calls).toEqual([url])
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

describe('verifyOffThread', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  /** A stand-in for the worker: `answer` plays its side of the exchange. */
  function fakeWorker(answer: (worker: FakeWorker, request: unknown) => void) {
    const spawned: FakeWorker[] = []
    const spawn = () => {
      const worker = new FakeWorker(answer)
      spawned.push(worker)
      return worker as unknown as Worker
    }
    return { spawn, spawned }
  }
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null
    onmessageerror: (() => void) | null = null
    onerror: ((event: Event) => void) | null = null
    requests: unknown[] = []
    terminated = false
    constructor(private answer: (worker: FakeWorker, request: unknown) => void) {}
    postMessage(request: unknown) {
      this.requests.push(request)
      queueMicrotask(() => this.answer(this, request))
    }
    terminate() {
      this.terminated = true
    }
    reply(data: unknown) {
      this.onmessage?.({ data } as MessageEvent)
    }
  }
  /** The main thread's own check, used when no worker can run: serves the file through the global fetch. */
  const serveOnMainThread = (body: string) => {
    const { impl, calls } = fakeFetch({ [url]: () => new Response(body) })
    vi.stubGlobal('fetch', impl)
    return calls
  }

  it('asks the worker with the prints and the data folder, and hands back the bytes it transferred', async () => {
    const { spawn, spawned } = fakeWorker((worker) => worker.reply({ files: [[url, encode(text)]] }))
    const files = await verifyOffThread([print], BASE, spawn)
    expect(new TextDecoder().decode(files?.get(url))).toBe(text)
    expect(spawned[0]?.requests).toEqual([{ prints: [print], base: BASE.href }])
    expect(spawned[0]?.terminated).toBe(true)
  })

  it('says no when the worker says no, or answers anything malformed', async () => {
    for (const data of [
      { files: null },
      'hello',
      null,
      { files: [[url, 'not bytes']] },
      { files: [[1, encode(text)]] },
    ]) {
      const { spawn } = fakeWorker((worker) => worker.reply(data))
      expect(await verifyOffThread([print], BASE, spawn), JSON.stringify(data)).toBeNull()
    }
  })

  it('checks on the main thread when the worker cannot start or its script fails', async () => {
    const calls = serveOnMainThread(text)
    const throwing = () => {
      throw new Error('Worker is not defined')
    }
    expect((await verifyOffThread([print], BASE, throwing))?.has(url)).toBe(true)
    const { spawn, spawned } = fakeWorker((worker) => worker.onerror?.(new Event('error', { cancelable: true })))
    expect((await verifyOffThread([print], BASE, spawn))?.has(url)).toBe(true)
    expect(spawned[0]?.terminated).toBe(true)
    expect(calls).toEqual([url, url])
  })

  it('still says no on the main thread when the file there changed', async () => {
    serveOnMainThread(text.replace('1.0.0', '1.0.1'))
    const { spawn } = fakeWorker((worker) => worker.onerror?.(new Event('error', { cancelable: true })))
    expect(await verifyOffThread([print], BASE, spawn)).toBeNull()
  })

  it('gives up on a worker that never answers', async () => {
    const { spawn, spawned } = fakeWorker(() => undefined)
    expect(await verifyOffThread([print], BASE, spawn, 30)).toBeNull()
    expect(spawned[0]?.terminated).toBe(true)
  })
})
