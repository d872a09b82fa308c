/**
 * The brush's logic, in day indices (0 = first day of the story, inclusive ranges): clamping, snapping a pointer
 * position to a day, keeping the handles in order, keyboard steps and dragging the whole band.
 */
import type { Period } from '../state/selection.svelte.ts'

export interface DayRange {
  start: number
  end: number
}

export type Handle = 'start' | 'end'

export function clampIndex(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, Math.round(index)))
}

export function ordered(a: number, b: number): DayRange {
  return a <= b ? { start: a, end: b } : { start: b, end: a }
}

/** A pointer position as a fraction of the track (0..1) → the day under it. */
export function snapToDay(fraction: number, count: number): number {
  return clampIndex(Math.floor(fraction * count), count)
}

export function fullRange(count: number): DayRange {
  return { start: 0, end: count - 1 }
}

export function isFull(range: DayRange, count: number): boolean {
  return range.start <= 0 && range.end >= count - 1
}

/** Keys the handles understand (as a slider does) and how many days each moves. */
export const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 7,
  PageDown: -7,
}

/** When days run down the screen (the tall layout), Down moves a handle later, as it moves on screen. */
export const TALL_KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
  PageDown: 7,
  PageUp: -7,
}

/**
 * A key pressed on a handle → the new range, or null when the key is not a slider key. A handle never passes the
 * other one: the start stays in [0, end], the end in [start, last day].
 */
export function keyMove(range: DayRange, handle: Handle, key: string, count: number, tall = false): DayRange | null {
  const steps = tall ? TALL_KEY_STEPS : KEY_STEPS
  const min = handle === 'start' ? 0 : range.start
  const max = handle === 'start' ? range.end : count - 1
  const current = range[handle]
  let next: number
  if (key === 'Home') next = min
  else if (key === 'End') next = max
  else if (key in steps) next = current + (steps[key] ?? 0)
  else return null
  next = Math.max(min, Math.min(max, next))
  return { ...range, [handle]: next }
}

/** Dragging a handle to a day: if it crosses the other handle, they swap roles (the drag continues with the other). */
export function dragHandle(
  range: DayRange,
  handle: Handle,
  index: number,
  count: number,
): { range: DayRange; handle: Handle } {
  const i = clampIndex(index, count)
  const other = handle === 'start' ? range.end : range.start
  const next = ordered(i, other)
  const nowHandle: Handle =
    i === next.start && i !== next.end ? 'start' : i === next.end && i !== next.start ? 'end' : handle
  return { range: next, handle: nowHandle }
}

/** Dragging the band by some days keeps its length and stops at the ends. */
export function moveBand(range: DayRange, delta: number, count: number): DayRange {
  const length = range.end - range.start
  const start = Math.max(0, Math.min(count - 1 - length, range.start + Math.round(delta)))
  return { start, end: start + length }
}

/** The range as the shared selection's period; the whole story window is "no period" (null). */
export function rangeToPeriod(range: DayRange, days: readonly string[]): Period | null {
  if (isFull(range, days.length)) return null
  const start = days[range.start]
  const end = days[range.end]
  return start && end ? { start, end } : null
}

/** The selection's period as a range of days; null (or a period outside the window) → the whole window. */
export function periodToRange(period: Period | null, days: readonly string[]): DayRange {
  const count = days.length
  if (!period || count === 0) return fullRange(count)
  const first = days[0] as string
  const last = days[count - 1] as string
  if (period.end < first || period.start > last) return fullRange(count)
  const find = (date: string, fallback: number) => {
    const i = days.indexOf(date)
    return i >= 0 ? i : fallback
  }
  const start =
    period.start <= first
      ? 0
      : find(
          period.start.slice(0, 10),
          days.findIndex((d) => d >= period.start),
        )
  const end =
    period.end >= last
      ? count - 1
      : find(
          period.end.slice(0, 10),
          days.findLastIndex((d) => d <= period.end),
        )
  return ordered(clampIndex(start, count), clampIndex(end, count))
}
