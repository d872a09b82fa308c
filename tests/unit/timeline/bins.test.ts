import { describe, expect, it } from 'vitest'
import {
  nonZeroDays,
  peakDay,
  periodTally,
  placeCounts,
  runningTotal,
  stackDay,
  timelineBins,
} from '../../../src/lib/timeline/bins.ts'
import { deaths } from './fixtures.ts'

const records = deaths.records

describe('timelineBins (real data, 1.0.0)', () => {
  const byDeath = timelineBins(records, { dateField: 'death', includeOther: false })

  it('one bin per day, 7 Dec 2022 – 31 May 2023', () => {
    expect(byDeath.days).toHaveLength(176)
    expect(byDeath.days[0]?.date).toBe('2022-12-07')
    expect(byDeath.days.at(-1)?.date).toBe('2023-05-31')
  })

  it('counts the Defensoría’s 67: 63 on days from 11 Dec to 21 Mar by date of death, 4 known only to December', () => {
    expect(byDeath.total).toBe(67)
    const days = nonZeroDays(byDeath.days)
    expect(days.reduce((s, d) => s + d.total, 0)).toBe(63)
    expect(days[0]?.date).toBe('2022-12-11')
    expect(days.at(-1)?.date).toBe('2023-03-21')
    expect(byDeath.months.map((m) => [m.month, m.total])).toEqual([['2022-12', 4]])
    expect(byDeath.outside).toBe(0)
  })

  it('no deaths in April or May 2023', () => {
    expect(byDeath.days.filter((d) => d.date >= '2023-04-01').every((d) => d.total === 0)).toBe(true)
  })

  it('peaks on 9 January 2023 with 19 deaths, 18 of them in Juliaca', () => {
    const peak = peakDay(byDeath.days)
    expect(peak?.date).toBe('2023-01-09')
    expect(peak?.total).toBe(19)
    expect(byDeath.maxDay).toBe(19)
    expect(placeCounts(records, '2023-01-09', { dateField: 'death', includeOther: false })).toEqual([
      { place: 'Juliaca', department: 'PE-PUN', count: 18 },
      { place: 'Molino (Juli district)', department: 'PE-PUN', count: 1 },
    ])
  })

  it('by incident date: the same 67, from 10 Dec to 5 Mar', () => {
    const byIncident = timelineBins(records, { dateField: 'incident', includeOther: false })
    expect(byIncident.total).toBe(67)
    const days = nonZeroDays(byIncident.days)
    expect(days[0]?.date).toBe('2022-12-10')
    expect(days.at(-1)?.date).toBe('2023-03-05')
  })

  it('with the deaths outside the count: all 81, and the month bins keep their 7', () => {
    const all = timelineBins(records, { dateField: 'death', includeOther: true })
    expect(all.total).toBe(81)
    expect(all.months.reduce((s, m) => s + m.total, 0)).toBe(7)
    expect(all.categories).toContain('other')
  })

  it('a department’s share of each day never exceeds the day and sums to its total', () => {
    const puno = timelineBins(records, { dateField: 'death', includeOther: false, department: 'PE-PUN' })
    const focus = puno.days.reduce((s, d) => s + d.focusTotal, 0)
    for (const d of puno.days) expect(d.focusTotal).toBeLessThanOrEqual(d.total)
    const expected = records.filter((r) => r.department_code === 'PE-PUN' && r.counted_by_defensoria !== 'no')
    expect(focus + puno.focusMonths.reduce((s, m) => s + m.total, 0)).toBe(expected.length)
    expect(puno.days.find((d) => d.date === '2023-01-09')?.focusTotal).toBe(19)
  })

  it('stacks segments bottom-up without gaps; the focus part first within each category', () => {
    const puno = timelineBins(records, { dateField: 'death', includeOther: true, department: 'PE-PUN' })
    for (const day of puno.days) {
      const segments = stackDay(day, puno.categories)
      let y = 0
      for (const s of segments) {
        expect(s.y0).toBe(y)
        expect(s.y1).toBeGreaterThan(s.y0)
        y = s.y1
      }
      expect(y).toBe(day.total)
    }
  })

  it('the running total ends at the full count (month-only deaths added at the end of their month)', () => {
    const running = runningTotal(byDeath)
    expect(running.at(-1)).toBe(67)
    const dec30 = byDeath.days.findIndex((d) => d.date === '2022-12-30')
    expect((running[dec30 + 1] ?? 0) - (running[dec30] ?? 0)).toBe(4 + (byDeath.days[dec30 + 1]?.total ?? 0))
    for (let i = 1; i < running.length; i++) expect(running[i]).toBeGreaterThanOrEqual(running[i - 1] ?? 0)
  })
})

describe('periodTally', () => {
  const opts = { dateField: 'death' as const, includeOther: false }
  it('the whole window counts all 67 (December covered in full, so the month-only deaths count)', () => {
    expect(periodTally(deaths.records, { start: '2022-12-07', end: '2023-05-31' }, opts).total).toBe(67)
  })
  it('part of December leaves the month-only deaths out (never guessed onto a day)', () => {
    expect(periodTally(deaths.records, { start: '2022-12-10', end: '2022-12-15' }, opts).total).toBe(19)
  })
  it('April–May: none', () => {
    expect(periodTally(deaths.records, { start: '2023-04-01', end: '2023-05-31' }, opts).total).toBe(0)
  })
  it('rebinning is cheap: 100 filter changes in well under 2 s, even on a busy machine', () => {
    const t0 = performance.now()
    for (let i = 0; i < 100; i++)
      timelineBins(deaths.records, {
        dateField: i % 2 ? 'death' : 'incident',
        includeOther: true,
        department: 'PE-PUN',
      })
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})
