import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  estimateTextWidth,
  placeLabels,
  rowsUsed,
  stackLabels,
  type LabelInput,
} from '../../../src/lib/timeline/labels.ts'
import { LANGS } from '../../../src/lib/i18n/index.ts'
import { MIN_PLOT_WIDTH, TALL_HEIGHT, dayCentrePercent, dayCentrePx } from '../../../src/lib/timeline/scales.ts'
import { LANES, laneOf } from '../../../src/lib/timeline/describe.ts'
import { timeline } from './fixtures.ts'

function assertNoCollisions(items: readonly LabelInput[], width: number, gap = 8) {
  const placed = placeLabels(items, { width, gap, maxRows: 4 })
  const byRow = new Map<number, { from: number; to: number }[]>()
  placed.forEach((p, i) => {
    if (p.row < 0) return
    const w = Math.min(items[i]!.width, width)
    expect(p.x).toBeGreaterThanOrEqual(0)
    expect(p.x + w).toBeLessThanOrEqual(width + 1e-9)
    const row = byRow.get(p.row) ?? []
    for (const other of row) expect(p.x + w + gap <= other.from || p.x >= other.to + gap).toBe(true)
    row.push({ from: p.x, to: p.x + w })
    byRow.set(p.row, row)
  })
  return placed
}

describe('placeLabels', () => {
  it('puts a lone label at its marker, starting there', () => {
    expect(placeLabels([{ id: 'a', anchor: 100, width: 50 }], { width: 400 })).toEqual([
      { id: 'a', row: 0, x: 100, align: 'start' },
    ])
  })
  it('ends a label at its marker near the right edge', () => {
    expect(placeLabels([{ id: 'a', anchor: 390, width: 50 }], { width: 400 })[0]).toMatchObject({
      x: 340,
      align: 'end',
    })
  })
  it('moves a colliding label to the next row', () => {
    const placed = placeLabels(
      [
        { id: 'a', anchor: 10, width: 100 },
        { id: 'b', anchor: 20, width: 100 },
      ],
      { width: 400 },
    )
    expect(placed.map((p) => p.row)).toEqual([0, 1])
  })
  it('gives up (row -1) rather than overlap when rows run out', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: String(i), anchor: 10 + i, width: 300 }))
    const placed = placeLabels(items, { width: 400, maxRows: 3 })
    expect(placed.filter((p) => p.row === -1)).toHaveLength(2)
  })
  it('never overlaps, whatever the input (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 120, max: 1400 }),
        fc.array(
          fc.record({ anchor: fc.double({ min: 0, max: 1, noNaN: true }), width: fc.integer({ min: 10, max: 400 }) }),
          {
            maxLength: 20,
          },
        ),
        (width, raw) => {
          assertNoCollisions(
            raw.map((r, i) => ({ id: String(i), anchor: r.anchor * width, width: r.width })),
            width,
          )
        },
      ),
    )
  })
  it.each(LANES)(
    'real key events of lane %s: all labelled at the narrowest plot (MIN_PLOT_WIDTH, 13 px text), ≤ 4 rows',
    (lane) => {
      for (const lang of LANGS) {
        const items = (width: number) =>
          timeline.records
            .filter((e) => e.key && e.short_label && laneOf(e.category) === lane)
            .map((e) => ({
              id: e.id,
              anchor: (dayCentrePercent(e.date) / 100) * width,
              width: estimateTextWidth(e.short_label?.[lang] ?? '', 13),
            }))
        const narrow = assertNoCollisions(items(MIN_PLOT_WIDTH), MIN_PLOT_WIDTH)
        expect(narrow.every((p) => p.row >= 0)).toBe(true)
        expect(rowsUsed(narrow)).toBeLessThanOrEqual(4)
        // Scaled up to wider plots, the same rows stay free of collisions: starts move apart, widths stay.
        for (const width of [900, 1280]) {
          const scaled = items(width)
          const rows = new Map<number, { from: number; to: number }[]>()
          narrow.forEach((p, i) => {
            const item = scaled[i]!
            const x = p.align === 'start' ? item.anchor : item.anchor - item.width
            const row = rows.get(p.row) ?? []
            for (const o of row) expect(x + item.width <= o.from || x >= o.to).toBe(true)
            row.push({ from: x, to: x + item.width })
            rows.set(p.row, row)
          })
        }
      }
    },
  )
})

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('Juliaca, 9 Jan')).toBeLessThan(estimateTextWidth('Víctor Santisteban killed in Lima'))
    expect(estimateTextWidth('abc', 16)).toBeGreaterThan(estimateTextWidth('abc', 12))
  })
})

describe('stackLabels (the tall layout)', () => {
  const slot = { height: 34, extent: 704, gap: 4 }

  it('centres a lone label on its marker', () => {
    expect(stackLabels([{ id: 'a', anchor: 100 }], slot).get('a')).toBe(83)
  })

  it('pushes crowded labels down, in anchor order, without overlap, and keeps them inside the column', () => {
    const items = [
      { id: 'c', anchor: 10 },
      { id: 'a', anchor: 2 },
      { id: 'b', anchor: 6 },
      { id: 'z', anchor: 700 },
      { id: 'y', anchor: 698 },
    ]
    const tops = stackLabels(items, slot)
    expect(tops.get('a')).toBe(0)
    expect(tops.get('b')).toBe(38)
    expect(tops.get('c')).toBe(76)
    expect(tops.get('z')).toBe(704 - 34)
    expect(tops.get('y')).toBe(704 - 34 - 38)
  })

  it('the key events of every language: no two labels overlap, none leaves the column', () => {
    const keyed = timeline.records.filter((e) => e.key && e.short_label)
    const items = keyed.map((e) => ({ id: e.id, anchor: dayCentrePx(e.date) }))
    const tops = [...stackLabels(items, slot).values()].sort((a, b) => a - b)
    expect(tops).toHaveLength(keyed.length)
    tops.forEach((top, i) => {
      expect(top).toBeGreaterThanOrEqual(0)
      expect(top + 34).toBeLessThanOrEqual(TALL_HEIGHT)
      if (i > 0) expect(top - tops[i - 1]!).toBeGreaterThanOrEqual(38)
    })
  })

  it('fast-check: any anchors inside the column give ordered, non-overlapping slots inside it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 704 }), { maxLength: 18 }), (anchors) => {
        const items = anchors.map((anchor, i) => ({ id: `e${i}`, anchor }))
        const tops = stackLabels(items, slot)
        const sorted = [...items].sort((a, b) => a.anchor - b.anchor || (a.id < b.id ? -1 : 1))
        sorted.forEach((item, i) => {
          const top = tops.get(item.id)!
          expect(top).toBeGreaterThanOrEqual(0)
          expect(top + 34).toBeLessThanOrEqual(704)
          if (i > 0) expect(top - tops.get(sorted[i - 1]!.id)!).toBeGreaterThanOrEqual(38)
        })
      }),
    )
  })
})
