import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimateTextWidth, placeLabels, rowsUsed, type LabelInput } from '../../../src/lib/timeline/labels.ts'
import { LANGS } from '../../../src/lib/i18n/index.ts'
import { MIN_PLOT_WIDTH, dayCentrePercent } from '../../../src/lib/timeline/scales.ts'
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
