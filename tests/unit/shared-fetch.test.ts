import { describe, expect, it, vi } from 'vitest'
import { sharedFetch } from '../../src/boot/resources.ts'

const ok = (body: string) => new Response(body, { status: 200 })

describe('sharedFetch', () => {
  it('downloads a URL once for several callers, each getting a readable body', async () => {
    const base = vi.fn(async () => ok('{"a":1}'))
    const fetchOnce = sharedFetch(base)
    const [a, b] = await Promise.all([fetchOnce('https://x.test/d.json'), fetchOnce('https://x.test/d.json')])
    expect(await a.json()).toEqual({ a: 1 })
    expect(await b.json()).toEqual({ a: 1 })
    expect(base).toHaveBeenCalledTimes(1)
  })

  it('forgets finished downloads, failed or not, so a retry downloads again', async () => {
    const base = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response('no', { status: 500 }))
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(ok('yes'))
      .mockResolvedValueOnce(ok('fixed'))
    const fetchOnce = sharedFetch(base)
    expect((await fetchOnce('u')).status).toBe(500)
    await expect(fetchOnce('u')).rejects.toThrow('offline')
    expect(await (await fetchOnce('u')).text()).toBe('yes')
    expect(await (await fetchOnce('u')).text()).toBe('fixed')
    expect(base).toHaveBeenCalledTimes(4)
  })

  it('one caller aborting does not cancel the others', async () => {
    let release: (r: Response) => void = () => {}
    const base = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)))
    const fetchOnce = sharedFetch(base)
    const controller = new AbortController()
    const first = fetchOnce('u', { signal: controller.signal })
    const second = fetchOnce('u')
    controller.abort()
    await expect(first).rejects.toMatchObject({ name: 'AbortError' })
    release(ok('still here'))
    expect(await (await second).text()).toBe('still here')
  })
})
