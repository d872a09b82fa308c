import { describe, expect, it } from 'vitest'
import {
  SYMBOL_MAX_RADIUS,
  choroplethClass,
  choroplethSteps,
  classFill,
  rings,
  symbolRadius,
} from '../../../src/lib/map/scales.ts'
import { CATEGORY_ORDER } from '../../../src/lib/map/model.ts'
import { emptyCounts } from '../../../src/lib/data/derive.ts'

describe('choropleth', () => {
  it('puts the official counts in the classes the legend shows', () => {
    const expected: [number, ReturnType<typeof choroplethClass>][] = [
      [29, 5],
      [20, 5],
      [19, 4],
      [10, 4],
      [7, 3],
      [6, 3],
      [5, 2],
      [3, 2],
      [2, 1],
      [1, 1],
      [0, 'zero'],
    ]
    for (const [n, cls] of expected) expect(choroplethClass(n), String(n)).toBe(cls)
    expect(choroplethClass(undefined)).toBe('nodata')
  })

  it('keeps zero and no data apart, and the legend steps contiguous', () => {
    expect(classFill('zero')).not.toBe(classFill('nodata'))
    expect(classFill(3)).toBe('var(--pp-seq-3)')
    const steps = choroplethSteps()
    expect(steps).toEqual([
      { cls: 1, from: 1, to: 2 },
      { cls: 2, from: 3, to: 5 },
      { cls: 3, from: 6, to: 9 },
      { cls: 4, from: 10, to: 19 },
      { cls: 5, from: 20, to: null },
    ])
    for (const s of steps) expect(choroplethClass(s.from)).toBe(s.cls)
  })
})

describe('symbols', () => {
  it('scales circle area, not radius, with deaths', () => {
    const area = (n: number) => Math.PI * symbolRadius(n) ** 2
    expect(area(4) / area(1)).toBeCloseTo(4)
    expect(symbolRadius(20)).toBe(SYMBOL_MAX_RADIUS)
    expect(symbolRadius(0)).toBe(0)
  })

  it('stacks categories as rings whose areas add up', () => {
    const counts = { ...emptyCounts(), clash: 18, police: 1 }
    const r = rings(counts, CATEGORY_ORDER)
    expect(r.map((x) => x.category)).toEqual(['police', 'clash'])
    expect(r[0]!.r).toBeCloseTo(symbolRadius(19), 1)
    expect(r[1]!.r).toBeCloseTo(symbolRadius(18), 1)
    expect(rings(emptyCounts(), CATEGORY_ORDER)).toEqual([])
  })
})
