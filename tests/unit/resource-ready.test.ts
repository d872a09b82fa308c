/** Resource.ready: data a host loaded already (SvelteKit's load) is ready at once, and a retry reloads it. */
import { describe, expect, it, vi } from 'vitest'
import { Resource } from '../../src/lib/state/resource.svelte.ts'

describe('Resource.ready', () => {
  it('is ready with its value at once, without loading anything', async () => {
    const reload = vi.fn(async () => ({ n: 2 }))
    const value = { n: 1 }
    const resource = Resource.ready(value, reload)
    expect(resource.state).toBe('ready')
    expect(resource.value).toBe(value)
    expect(resource.error).toBeNull()
    await resource.settled
    expect(reload).not.toHaveBeenCalled()
    expect(resource.state).toBe('ready')
  })

  it('a retry loads again with the reload given, and without one keeps the value', async () => {
    const reloaded = Resource.ready({ n: 1 }, async () => ({ n: 2 }))
    await reloaded.retry()
    expect(reloaded.value).toEqual({ n: 2 })
    const kept = Resource.ready('data')
    await kept.retry()
    expect(kept.state).toBe('ready')
    expect(kept.value).toBe('data')
  })
})
