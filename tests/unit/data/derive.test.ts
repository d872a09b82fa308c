import { describe, expect, it } from 'vitest'
import {
  calendarDays,
  cumulative,
  dateSpan,
  deathsByDay,
  deathsByDepartment,
  deathsByPlace,
  departmentName,
  departmentNames,
  exportsByPeriod,
  filterDeaths,
  peruYearlyExports,
  STORY_END,
  STORY_START,
  summaryTotals,
  timelineDeathsByDate,
  timelineInRange,
} from '../../../src/lib/data/derive.ts'
import { deaths, exportsDs, geo, timeline } from './helpers.ts'

const records = deaths.records

describe('deathsByDepartment', () => {
  it('filters by category', () => {
    const t = deathsByDepartment(records, { categories: ['soldier', 'police'] })
    expect(t).toEqual({
      'PE-PUN': { total: 7, byCategory: { clash: 0, blockade: 0, police: 1, soldier: 6, other: 0 } },
    })
  })

  it('filters by department and by the official count', () => {
    expect(deathsByDepartment(records, { department: 'PE-LAL' })['PE-LAL']?.total).toBe(9)
    expect(deathsByDepartment(records, { department: 'PE-LAL', official: 'defensoria' })['PE-LAL']?.total).toBe(5)
  })

  it('filters by an inclusive date range on incident or death date', () => {
    const dec15 = { start: '2022-12-15', end: '2022-12-15' }
    expect(deathsByDepartment(records, { range: dec15 })['PE-AYA']?.total).toBe(10) // all shot on 15 Dec
    expect(deathsByDepartment(records, { range: dec15, dateField: 'death' })['PE-AYA']?.total).toBe(8) // 8 died that day
    // Rosalino Flórez: injured in January, died in March
    const march = { start: '2023-03-01', end: '2023-03-31' }
    expect(deathsByDepartment(records, { range: march, dateField: 'death' })['PE-CUS']?.total).toBe(1)
    expect(deathsByDepartment(records, { range: march })['PE-CUS']).toBeUndefined()
  })

  it('counts month-precision dates in a range only when the range covers the whole month', () => {
    const dec = { start: '2022-12-07', end: '2022-12-31' }
    const decCusco = deathsByDepartment(records, { range: dec, categories: ['blockade'] })['PE-CUS']?.total
    expect(decCusco).toBe(3)
    const mid = { start: '2022-12-10', end: '2022-12-31' }
    expect(deathsByDepartment(records, { range: mid, categories: ['blockade'] })['PE-CUS']).toBeUndefined()
    const all = filterDeaths(records, { range: { start: STORY_START, end: STORY_END } })
    expect(all).toHaveLength(81)
  })
})

describe('deathsByDay and cumulative', () => {
  it('has one bin per calendar day of the story window', () => {
    const { days } = deathsByDay(records)
    expect(days).toHaveLength(176)
    expect(days[0]?.date).toBe('2022-12-07')
    expect(days.at(-1)?.date).toBe('2023-05-31')
    expect(calendarDays('2023-02-27', '2023-03-01')).toEqual(['2023-02-27', '2023-02-28', '2023-03-01'])
  })

  it('reports month-precision records separately and never drops any', () => {
    for (const dateField of ['incident', 'death'] as const) {
      const byDay = deathsByDay(records, { dateField })
      const inDays = byDay.days.reduce((s, d) => s + d.total, 0)
      const inMonths = byDay.monthPrecision.reduce((s, m) => s + m.total, 0)
      expect(inDays + inMonths + byDay.outside.length).toBe(81)
      expect(byDay.monthPrecision.map((m) => [m.month, m.total])).toEqual([
        ['2022-12', 4],
        ['2023-01', 3],
      ])
    }
  })

  it('puts deaths on the right day for each date field', () => {
    const incident = deathsByDay(records, { dateField: 'incident' })
    const death = deathsByDay(records, { dateField: 'death' })
    const on = (b: typeof incident, d: string) => b.days.find((x) => x.date === d)
    expect(on(incident, '2023-01-09')?.byCategory).toMatchObject({ clash: 18, police: 1, blockade: 1 })
    expect(on(death, '2023-01-09')?.byCategory).toMatchObject({ clash: 17, police: 1, blockade: 1 })
    expect(on(death, '2023-01-12')?.total).toBe(1)
    expect(on(death, '2023-03-21')?.byCategory.clash).toBe(1)
  })

  it('accumulates to the totals', () => {
    const official = deathsByDay(records, { dateField: 'death', filter: { official: 'defensoria' } })
    const run = cumulative(official)
    const last = run.at(-1)
    const monthOnly = official.monthPrecision.reduce((s, m) => s + m.total, 0)
    expect((last?.total ?? 0) + monthOnly).toBe(67)
    expect(last?.byCategory.clash).toBe(49)
    expect(run.find((d) => d.date === '2022-12-24')?.byCategory.clash).toBe(22) // Defensoría list of 24 Dec
    expect(cumulative(official.days)).toEqual(run)
  })

  it('agrees with the timeline’s deaths per date (date of death, clash/police/soldier)', () => {
    const byDay = deathsByDay(records, { dateField: 'death', filter: { categories: ['clash', 'police', 'soldier'] } })
    const fromDeaths = Object.fromEntries(byDay.days.filter((d) => d.total).map((d) => [d.date, d.total]))
    expect(timelineDeathsByDate(timeline.records)).toEqual(fromDeaths)
  })
})

describe('deathsByPlace', () => {
  it('groups records on their coordinates', () => {
    const bins = deathsByPlace(records, { official: 'defensoria' })
    expect(bins[0]).toMatchObject({ place_key: 'Juliaca', total: 19, coords_precision: 'city centroid' })
    expect(bins.reduce((s, b) => s + b.total, 0)).toBe(67)
    const cusco = bins.find((b) => b.place_key === 'Cusco (place not published)')
    expect(cusco).toMatchObject({ total: 3, coords_precision: 'department centroid' })
  })
})

describe('summaryTotals', () => {
  it('handles an empty list', () => {
    expect(summaryTotals([])).toEqual({
      defensoria: { total: 0, clash: 0, blockade: 0, police: 0, soldier: 0 },
      other: 0,
      all: 0,
      inferred: 0,
    })
  })
})

describe('dateSpan', () => {
  it('clips month-precision dates to the story window', () => {
    expect(dateSpan('2022-12', 'month')).toEqual({ start: '2022-12-07', end: '2022-12-31' })
    expect(dateSpan('2023-02', 'month')).toEqual({ start: '2023-02-01', end: '2023-02-28' })
    expect(dateSpan('2023-01-09', 'day')).toEqual({ start: '2023-01-09', end: '2023-01-09' })
  })
})

describe('exports views', () => {
  it('lists Peru exports by period, with unpublished years as null (never 0)', () => {
    const series = peruYearlyExports(exportsDs.records)
    expect(series.map((s) => s.year)).toEqual([
      2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ])
    expect(series.filter((s) => s.value_cad !== null).map((s) => [s.year, s.value_cad])).toEqual([
      [2017, 88823.51],
      [2018, 629046.36],
      [2019, 734960.49],
      [2020, 948081.53],
      [2021, 2700],
    ])
    expect(series.some((s) => s.value_cad === 0)).toBe(false)
  })

  it('keeps kinds apart', () => {
    expect(exportsByPeriod(exportsDs.records, 'total').map((r) => [r.id, r.value_cad])).toEqual([
      ['ae-peru-2014-2021-total', 81400000],
      ['ae-peru-lav-ii', 67000000],
    ])
    const derived = exportsByPeriod(exportsDs.records, 'derived')
    expect(derived.map((r) => [r.period, r.value_cad])).toEqual([
      ['2014-2016', 78996388.11],
      ['2017-2021', 2403611.89],
    ])
    expect(derived[0]?.formula).toContain('81.4M − sum(2017–2021)')
    const permits = exportsByPeriod(exportsDs.records, 'permit')
    expect(permits).toHaveLength(1)
    expect(permits[0]).toMatchObject({ value_cad: 960000, valid_from: '2023-02-06' })
    expect(exportsByPeriod(exportsDs.records, 'context', null).length).toBeGreaterThan(20)
    const lav = exportsDs.records.find((r) => r.id === 'ae-peru-lav-ii')
    expect(lav?.quantity).toBe(32)
    expect(lav?.disputes.map((d) => [d.value, d.currency])).toEqual([
      [67000000, 'USD'],
      [67000000, 'unstated'],
      [55000000, 'USD'],
    ])
  })
})

describe('timelineInRange', () => {
  it('filters by range and category, sorted by date', () => {
    const jan = timelineInRange(timeline.records, { start: '2023-01-01', end: '2023-01-31' }, ['violence'])
    expect(jan.every((e) => e.category === 'violence' && e.date.startsWith('2023-01'))).toBe(true)
    expect(jan[0]?.id).toBe('tl-2023-01-09-juliaca')
    const canada = timelineInRange(timeline.records, { start: STORY_START, end: STORY_END }, ['canada'])
    expect(canada.map((e) => e.date)).toEqual([
      '2022-12-17',
      '2023-01-17',
      '2023-01-25',
      '2023-02-06',
      '2023-03-30',
      '2023-05-03',
      '2023-05-04',
      '2023-05-06',
      '2023-05-09',
      '2023-05-30',
    ])
    expect(timeline.records.filter((e) => e.key)).toHaveLength(9)
  })
})

describe('department names', () => {
  it('looks up names by language from the geo file', () => {
    const names = departmentNames(geo)
    expect(Object.keys(names)).toHaveLength(25)
    expect(departmentName('PE-CUS', 'fr', names)).toBe('Cuzco')
    expect(departmentName('PE-CUS', 'en', names)).toBe('Cusco')
    expect(departmentName('PE-APU', 'es', names)).toBe('Apurímac')
    expect(departmentName('PE-XXX', 'en', names)).toBe('PE-XXX')
  })
})
