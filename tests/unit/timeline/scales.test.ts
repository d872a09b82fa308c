import { describe, expect, it } from 'vitest'
import {
  DAY_COUNT,
  countAxis,
  countPercent,
  dayAt,
  dayCentrePercent,
  dayIndex,
  dayPercent,
  monthSpans,
} from '../../../src/lib/timeline/scales.ts'

describe('time scale', () => {
  it('176 days; the first day starts at 0 %, the day after the last ends at 100 %', () => {
    expect(DAY_COUNT).toBe(176)
    expect(dayPercent('2022-12-07')).toBe(0)
    expect(dayPercent('2023-05-31') + 100 / 176).toBeCloseTo(100, 10)
    expect(dayCentrePercent('2022-12-07')).toBeCloseTo(50 / 176, 10)
  })
  it('dayIndex and dayAt are inverse, in UTC whatever the time zone', () => {
    expect(dayIndex('2023-01-09')).toBe(33)
    expect(dayAt(33)).toBe('2023-01-09')
    for (let i = 0; i < DAY_COUNT; i++) expect(dayIndex(dayAt(i))).toBe(i)
    expect(dayAt(-5)).toBe('2022-12-07')
    expect(dayAt(999)).toBe('2023-05-31')
  })
  it('month spans tile the window, December clipped to the 7th, localised, years on Dec and Jan', () => {
    const en = monthSpans('en')
    expect(en.map((m) => m.month)).toEqual(['2022-12', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05'])
    expect(en[0]?.from).toBe(0)
    expect(en.at(-1)?.to).toBeCloseTo(100, 10)
    for (let i = 1; i < en.length; i++) expect(en[i]?.from).toBeCloseTo(en[i - 1]?.to ?? NaN, 10)
    expect(en.map((m) => m.year)).toEqual(['2022', '2023', null, null, null, null])
    expect(en[1]?.label).toBe('Jan')
    expect(monthSpans('es')[1]?.label).toMatch(/^ene/i)
    expect(monthSpans('fr')[1]?.label).toMatch(/^janv/i)
  })
})

describe('count axis', () => {
  it('nice maximum with integer ticks', () => {
    expect(countAxis(19)).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] })
    expect(countAxis(0).max).toBe(5)
    expect(countAxis(2).ticks.every(Number.isInteger)).toBe(true)
    expect(countAxis(67).max).toBeGreaterThanOrEqual(67)
  })
  it('percent from the bottom', () => {
    expect(countPercent(10, 20)).toBe(50)
    expect(countPercent(3, 0)).toBe(0)
  })
})
