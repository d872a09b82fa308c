/** A moment of the story as flags: department, period and event, validated like the render flags. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DEPARTMENT_CODES,
  EVENT_ID,
  NO_SELECTION,
  hasSelection,
  isIsoDate,
  selectionFromSearch,
  selectionToSearch,
} from '../../src/lib/selection-flags.ts'
import { Selection } from '../../src/lib/state/selection.svelte.ts'
import type { TimelineDataset } from '../../src/lib/data/types.ts'

const read = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T

function parse(search: string) {
  const warnings: string[] = []
  return { flags: selectionFromSearch(search, (w) => warnings.push(w)), warnings }
}

describe('selection flags', () => {
  it('reads "Puno in January" and writes it back', () => {
    const { flags, warnings } = parse('?department=PE-PUN&period=2023-01-01/2023-01-31&event=tl-2023-01-09-juliaca')
    expect(flags).toEqual({
      department: 'PE-PUN',
      period: { start: '2023-01-01', end: '2023-01-31' },
      event: 'tl-2023-01-09-juliaca',
    })
    expect(warnings).toEqual([])
    expect(selectionToSearch(flags)).toBe('department=PE-PUN&period=2023-01-01/2023-01-31&event=tl-2023-01-09-juliaca')
    expect(hasSelection(flags)).toBe(true)
  })

  it('no flags: no selection, no warning', () => {
    const { flags, warnings } = parse('?lang=es')
    expect(flags).toEqual(NO_SELECTION)
    expect(hasSelection(flags)).toBe(false)
    expect(selectionToSearch(flags)).toBe('')
    expect(warnings).toEqual([])
  })

  it('a lower-case code is read as the code', () => {
    expect(parse('?department=pe-cus').flags.department).toBe('PE-CUS')
  })

  it('refuses what is not well formed, with a warning that does not quote it', () => {
    const bad = [
      'department=PE-XXX',
      'department=<img src=x onerror=alert(1)>',
      'period=2023-01-31/2023-01-01',
      'period=2023-02-30/2023-03-01',
      'period=2021-01-01/2021-01-31',
      'period=2023-01-01',
      'period=2023-01-01/2023-01-02/2023-01-03',
      'event=Tl 2023',
      'event=<script>',
      `event=${'a'.repeat(101)}`,
    ]
    for (const search of bad) {
      const { flags, warnings } = parse(`?${search}`)
      expect(flags, search).toEqual(NO_SELECTION)
      expect(warnings, search).toHaveLength(1)
      const value = new URLSearchParams(search).values().next().value ?? ''
      expect(warnings[0], search).not.toContain(value)
    }
  })

  it('a period must be real days within the story, 7 December 2022 to 31 May 2023', () => {
    expect(isIsoDate('2023-02-28')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(parse('?period=2022-12-07/2023-05-31').flags.period).toEqual({ start: '2022-12-07', end: '2023-05-31' })
    expect(parse('?period=2022-12-06/2023-01-01').flags.period).toBeNull()
  })

  it('every department of the map data and every event id of the timeline data can be asked for', () => {
    const geo = readFileSync(new URL('../../data/peru-departments/1.0.0.json', import.meta.url), 'utf8')
    const codes = [...new Set(geo.match(/"PE-[A-Z]{3}"/g)?.map((c) => c.slice(1, -1)))]
    expect(codes.length).toBeGreaterThanOrEqual(25)
    for (const code of codes) expect(DEPARTMENT_CODES).toContain(code)
    const manifest = read<{ datasets: { name: string; path: string }[] }>('data/manifest.json')
    for (const { path } of manifest.datasets.filter((d) => d.name === 'timeline'))
      for (const event of read<TimelineDataset>(`data/${path}`).records) expect(event.id).toMatch(EVENT_ID)
  })

  it('a selection takes a whole state at once, without toggling, and tells its listeners once', () => {
    const selection = new Selection({ department: 'PE-PUN' })
    const heard: unknown[] = []
    selection.subscribe((change) => heard.push(change.selection))
    selection.apply({ department: 'PE-PUN', period: { start: '2023-01-09', end: '2023-01-12' }, event: null })
    expect(selection.department).toBe('PE-PUN')
    expect(heard).toEqual([
      { department: 'PE-PUN', period: { start: '2023-01-09', end: '2023-01-12' }, place: null, event: null },
    ])
  })
})
