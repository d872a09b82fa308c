import { describe, expect, it } from 'vitest'
import { departmentNames } from '../../../src/lib/data/derive.ts'
import {
  DEFAULT_FILTER,
  hiddenOthers,
  incidentsOf,
  departmentRecords,
  mapCounts,
  monthOnlyLeftOut,
  shownCategories,
} from '../../../src/lib/map/model.ts'
import { deaths, geo } from './fixtures.ts'
import { OFFICIAL_BY_DEPARTMENT } from '../reference-totals.ts'

const codes = Object.keys(departmentNames(geo))
const official = (code: string, filter = DEFAULT_FILTER) =>
  mapCounts(deaths.records, codes, filter).byDepartment[code]?.total

describe('mapCounts', () => {
  it('reproduces the Defensoría count by department (67)', () => {
    const counts = mapCounts(deaths.records, codes, DEFAULT_FILTER)
    for (const [code, n] of Object.entries(OFFICIAL_BY_DEPARTMENT)) expect(official(code), code).toBe(n)
    expect(official('PE-HUV')).toBe(0) // its one death is outside the official count
    expect(counts.total.total).toBe(67)
    expect(counts.total.byCategory).toEqual({ clash: 49, blockade: 11, police: 1, soldier: 6, other: 0 })
    // Every department of the map has a tally, zeros included.
    expect(Object.keys(counts.byDepartment).sort()).toEqual([...codes].sort())
    expect(counts.ranked.map((d) => d.code).slice(0, 2)).toEqual(['PE-PUN', 'PE-AYA'])
  })

  it('adds the 14 other reported deaths only when asked (81)', () => {
    const all = mapCounts(deaths.records, codes, { ...DEFAULT_FILTER, includeOther: true })
    expect(all.total.total).toBe(81)
    expect(all.byDepartment['PE-PUN']?.total).toBe(36)
    expect(all.byDepartment['PE-HUV']?.total).toBe(1)
    expect(hiddenOthers(deaths.records, DEFAULT_FILTER)).toMatchObject({ 'PE-HUV': 1, 'PE-PUN': 7 })
    expect(Object.values(hiddenOthers(deaths.records, DEFAULT_FILTER)).reduce((a, b) => a + b)).toBe(14)
    expect(hiddenOthers(deaths.records, { ...DEFAULT_FILTER, includeOther: true })).toEqual({})
  })

  it('filters by category and by period on the date of death', () => {
    const soldiers = mapCounts(deaths.records, codes, { ...DEFAULT_FILTER, categories: ['soldier'] })
    expect(soldiers.total.total).toBe(6)
    expect(soldiers.ranked).toEqual([expect.objectContaining({ code: 'PE-PUN' })])
    expect(shownCategories({ ...DEFAULT_FILTER, categories: ['soldier'], includeOther: true })).toEqual([
      'soldier',
      'other',
    ])
    // Rosalino Flórez was shot in Cusco on 11 January and died on 21 March: by date of death he is in March.
    const march = { ...DEFAULT_FILTER, period: { start: '2023-03-01', end: '2023-03-31' } }
    expect(official('PE-CUS', march)).toBe(1)
    expect(official('PE-CUS', { ...march, dateField: 'incident' })).toBe(0)
    const april = mapCounts(deaths.records, codes, {
      ...DEFAULT_FILTER,
      period: { start: '2023-04-01', end: '2023-05-31' },
    })
    expect(april.total.total).toBe(0)
    expect(april.places).toEqual([])
  })

  it('says which month-only records a shorter period leaves out', () => {
    const mid = { ...DEFAULT_FILTER, period: { start: '2022-12-10', end: '2022-12-20' } }
    const left = monthOnlyLeftOut(deaths.records, mid)
    expect(left.length).toBeGreaterThan(0)
    expect(left.every((r) => r.death_date === '2022-12')).toBe(true)
    expect(monthOnlyLeftOut(deaths.records, DEFAULT_FILTER)).toEqual([])
  })
})

describe('incidentsOf', () => {
  it('groups a department’s people by incident, oldest first, with names only where published', () => {
    const incidents = incidentsOf(departmentRecords(deaths.records, 'PE-PUN', DEFAULT_FILTER))
    expect(incidents.reduce((n, i) => n + i.tally.total, 0)).toBe(29)
    const dates = incidents.map((i) => i.date)
    expect([...dates].sort()).toEqual(dates)
    const juliaca = incidents.find((i) => i.place.startsWith('Juliaca') && i.tally.total > 10)
    expect(juliaca?.date).toBe('2023-01-09')
    for (const i of incidents) {
      expect(i.sources.length).toBeGreaterThan(0)
      expect(new Set(i.sources.map((s) => s.url)).size).toBe(i.sources.length)
    }
    const uncorroborated = deaths.records.filter((r) => r.name_status === 'uncorroborated').map((r) => r.id)
    const all = incidentsOf(deaths.records).flatMap((i) => i.people)
    for (const p of all) if (uncorroborated.includes(p.id)) expect(p.name).toBeNull()
  })
})
