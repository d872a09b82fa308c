import { describe, expect, it } from 'vitest'
import { departmentNames } from '../../../src/lib/data/derive.ts'
import { periodOptions, periodValue, storyMonths } from '../../../src/lib/map/periods.ts'
import { CATEGORY_ORDER, DEFAULT_FILTER, mapCounts } from '../../../src/lib/map/model.ts'
import { columnTotals, departmentRows } from '../../../src/lib/map/table.ts'
import { deaths, geo } from './fixtures.ts'

describe('period options', () => {
  it('offers the whole story and each month, clipped to the story window', () => {
    expect(storyMonths()).toEqual(['2022-12', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05'])
    const options = periodOptions('es')
    expect(options[0]).toEqual({ value: 'all', label: 'Todas las fechas', period: null })
    expect(options[1]).toMatchObject({ value: '2022-12', period: { start: '2022-12-07', end: '2022-12-31' } })
    expect(options[1]!.label).toMatch(/diciembre de 2022/)
    expect(options.at(-1)).toMatchObject({ period: { start: '2023-05-01', end: '2023-05-31' } })
    expect(periodValue(options, null)).toBe('all')
    expect(periodValue(options, { start: '2022-12-07', end: '2023-05-31' })).toBe('all')
    expect(periodValue(options, { start: '2023-02-01', end: '2023-02-28' })).toBe('2023-02')
    expect(periodValue(options, { start: '2023-01-09', end: '2023-01-12' })).toBe('custom')
  })
})

describe('table rows', () => {
  const names = departmentNames(geo)
  const codes = Object.keys(names)

  it('lists departments with deaths, most first, and totals that add up to 67 and 81', () => {
    const rows = departmentRows('en', mapCounts(deaths.records, codes, DEFAULT_FILTER), names)
    expect(rows.map((r) => [r.name, r.tally.total])).toEqual([
      ['Puno', 29],
      ['Ayacucho', 10],
      ['Apurímac', 7],
      ['Cusco', 6],
      ['Arequipa', 5],
      ['La Libertad', 5],
      ['Junín', 3],
      ['Lima', 1],
      ['San Martín', 1],
    ])
    expect(columnTotals(rows, CATEGORY_ORDER)).toEqual({
      total: 67,
      byCategory: { clash: 49, blockade: 11, police: 1, soldier: 6, other: 0 },
    })
    const all = departmentRows('fr', mapCounts(deaths.records, codes, { ...DEFAULT_FILTER, includeOther: true }), names)
    expect(columnTotals(all, CATEGORY_ORDER).total).toBe(81)
    expect(all.find((r) => r.code === 'PE-HUV')?.tally.total).toBe(1)
    expect(all.find((r) => r.code === 'PE-CUS')?.name).toBe('Cuzco')
  })
})
