import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  clampIndex,
  dragHandle,
  fullRange,
  keyMove,
  moveBand,
  ordered,
  periodToRange,
  rangeToPeriod,
  snapToDay,
} from '../../../src/lib/timeline/brush.ts'
import { DAYS, DAY_COUNT } from '../../../src/lib/timeline/scales.ts'

describe('brush logic', () => {
  it('clamps and snaps to whole days', () => {
    expect(clampIndex(-3, 176)).toBe(0)
    expect(clampIndex(400, 176)).toBe(175)
    expect(clampIndex(3.4, 176)).toBe(3)
    expect(snapToDay(0, 176)).toBe(0)
    expect(snapToDay(1, 176)).toBe(175)
    expect(snapToDay(0.5, 176)).toBe(88)
    expect(snapToDay(-0.2, 176)).toBe(0)
  })
  it('orders two ends', () => {
    expect(ordered(9, 3)).toEqual({ start: 3, end: 9 })
  })
  it('keyboard: arrows ±1 day, Page Up/Down ±7, Home/End to the bounds, other keys ignored', () => {
    const r = { start: 10, end: 20 }
    expect(keyMove(r, 'start', 'ArrowRight', 176)).toEqual({ start: 11, end: 20 })
    expect(keyMove(r, 'start', 'ArrowLeft', 176)).toEqual({ start: 9, end: 20 })
    expect(keyMove(r, 'end', 'ArrowUp', 176)).toEqual({ start: 10, end: 21 })
    expect(keyMove(r, 'end', 'PageUp', 176)).toEqual({ start: 10, end: 27 })
    expect(keyMove(r, 'end', 'PageDown', 176)).toEqual({ start: 10, end: 13 })
    expect(keyMove(r, 'start', 'Home', 176)).toEqual({ start: 0, end: 20 })
    expect(keyMove(r, 'start', 'End', 176)).toEqual({ start: 20, end: 20 })
    expect(keyMove(r, 'end', 'Home', 176)).toEqual({ start: 10, end: 10 })
    expect(keyMove(r, 'end', 'End', 176)).toEqual({ start: 10, end: 175 })
    expect(keyMove(r, 'start', 'a', 176)).toBeNull()
  })
  it('keyboard never lets a handle pass the other or leave the window (property)', () => {
    const keys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('start' as const, 'end' as const), fc.constantFrom(...keys)), {
          maxLength: 60,
        }),
        (presses) => {
          let r = fullRange(176)
          for (const [handle, key] of presses) {
            r = keyMove(r, handle, key, 176) ?? r
            expect(r.start).toBeGreaterThanOrEqual(0)
            expect(r.end).toBeLessThanOrEqual(175)
            expect(r.start).toBeLessThanOrEqual(r.end)
          }
        },
      ),
    )
  })
  it('dragging a handle past the other swaps roles', () => {
    expect(dragHandle({ start: 10, end: 20 }, 'start', 25, 176)).toEqual({
      range: { start: 20, end: 25 },
      handle: 'end',
    })
    expect(dragHandle({ start: 10, end: 20 }, 'end', 5, 176)).toEqual({ range: { start: 5, end: 10 }, handle: 'start' })
    expect(dragHandle({ start: 10, end: 20 }, 'start', 12, 176)).toEqual({
      range: { start: 12, end: 20 },
      handle: 'start',
    })
  })
  it('dragging the band keeps its length and stops at the ends', () => {
    expect(moveBand({ start: 10, end: 20 }, 5, 176)).toEqual({ start: 15, end: 25 })
    expect(moveBand({ start: 10, end: 20 }, -50, 176)).toEqual({ start: 0, end: 10 })
    expect(moveBand({ start: 10, end: 20 }, 500, 176)).toEqual({ start: 165, end: 175 })
  })
  it('range ↔ period: the whole window is no period; dates are inclusive ISO days', () => {
    expect(rangeToPeriod(fullRange(DAY_COUNT), DAYS)).toBeNull()
    expect(rangeToPeriod({ start: 33, end: 36 }, DAYS)).toEqual({ start: '2023-01-09', end: '2023-01-12' })
    expect(periodToRange({ start: '2023-01-09', end: '2023-01-12' }, DAYS)).toEqual({ start: 33, end: 36 })
    expect(periodToRange(null, DAYS)).toEqual({ start: 0, end: 175 })
    expect(periodToRange({ start: '2022-01-01', end: '2022-12-10' }, DAYS)).toEqual({ start: 0, end: 3 })
    expect(periodToRange({ start: '2023-05-20', end: '2024-01-01' }, DAYS)).toEqual({ start: 164, end: 175 })
    expect(periodToRange({ start: '2020-01-01', end: '2020-02-01' }, DAYS)).toEqual({ start: 0, end: 175 })
  })
})

describe('keyMove when days run down the screen (the tall layout)', () => {
  const count = 176
  it('Down and Page Down move a handle later, Up and Page Up earlier, as they move on screen', () => {
    const range = { start: 10, end: 100 }
    expect(keyMove(range, 'start', 'ArrowDown', count, true)).toEqual({ start: 11, end: 100 })
    expect(keyMove(range, 'start', 'ArrowUp', count, true)).toEqual({ start: 9, end: 100 })
    expect(keyMove(range, 'end', 'PageDown', count, true)).toEqual({ start: 10, end: 107 })
    expect(keyMove(range, 'end', 'PageUp', count, true)).toEqual({ start: 10, end: 93 })
    expect(keyMove(range, 'end', 'ArrowRight', count, true)).toEqual({ start: 10, end: 101 })
    // Across the days, as on a slider: the wide layout keeps Up for later.
    expect(keyMove(range, 'start', 'ArrowUp', count)).toEqual({ start: 11, end: 100 })
  })
})
