import { describe, expect, it, vi } from 'vitest'
import { Selection } from '../../src/lib/state/selection.svelte.ts'
import { Resource } from '../../src/lib/state/resource.svelte.ts'

describe('Selection', () => {
  it('orders a period and tells listeners', () => {
    const selection = new Selection()
    const listener = vi.fn()
    selection.subscribe(listener)
    selection.setPeriod({ start: '2023-01-31', end: '2023-01-01' })
    expect(selection.period).toEqual({ start: '2023-01-01', end: '2023-01-31' })
    expect(listener).toHaveBeenCalledWith({
      type: 'period',
      selection: { period: { start: '2023-01-01', end: '2023-01-31' }, department: null, place: null, event: null },
    })
  })

  it('a whole state with the same period keeps it: what reads the period is not redrawn', () => {
    const selection = new Selection()
    selection.apply({ department: 'PE-AYA', period: { start: '2022-12-15', end: '2022-12-15' }, event: null })
    const kept = selection.period
    selection.apply({ department: 'PE-PUN', period: { start: '2022-12-15', end: '2022-12-15' }, event: null })
    expect(selection.period).toBe(kept)
    expect(selection.department).toBe('PE-PUN')
    selection.apply({ department: 'PE-PUN', period: { start: '2023-01-09', end: '2023-01-09' }, event: null })
    expect(selection.period).toEqual({ start: '2023-01-09', end: '2023-01-09' })
    selection.apply({ department: null, period: null, event: null })
    expect(selection.period).toBeNull()
  })

  it('toggles a department and clears the place', () => {
    const selection = new Selection({ place: 'juliaca' })
    selection.selectDepartment('PE-PUN')
    expect(selection.department).toBe('PE-PUN')
    expect(selection.place).toBeNull()
    selection.selectDepartment('PE-PUN')
    expect(selection.department).toBeNull()
  })

  it('an event brings its department; unsubscribing stops the calls', () => {
    const selection = new Selection()
    const listener = vi.fn()
    const stop = selection.subscribe(listener)
    selection.selectEvent('ev-juliaca', 'PE-PUN')
    expect(selection.snapshot()).toMatchObject({ event: 'ev-juliaca', department: 'PE-PUN' })
    stop()
    selection.clear()
    expect(listener).toHaveBeenCalledTimes(1)
    expect(selection.snapshot()).toEqual({ period: null, department: null, place: null, event: null })
  })
})

describe('Resource', () => {
  it('goes loading → ready', async () => {
    const resource = new Resource(async () => 42)
    expect(resource.state).toBe('loading')
    await vi.waitFor(() => expect(resource.state).toBe('ready'))
    expect(resource.value).toBe(42)
  })

  it('goes loading → error, then recovers on retry', async () => {
    let fail = true
    const resource = new Resource(async () => {
      if (fail) throw new Error('offline')
      return 'ok'
    })
    await vi.waitFor(() => expect(resource.state).toBe('error'))
    expect((resource.error as Error).message).toBe('offline')
    fail = false
    await resource.retry()
    expect(resource.state).toBe('ready')
    expect(resource.value).toBe('ok')
    expect(resource.error).toBeNull()
  })

  it('ignores a slow answer that a retry superseded', async () => {
    const resolvers: ((value: string) => void)[] = []
    const resource = new Resource(() => new Promise<string>((resolve) => resolvers.push(resolve)))
    const second = resource.retry()
    resolvers[1]?.('new')
    await second
    resolvers[0]?.('old')
    await Promise.resolve()
    expect(resource.value).toBe('new')
  })
})
