/**
 * Swipes between the story embed's steps: horizontal, long enough, and clearly more sideways than vertical; read on
 * the element by an attachment, told apart by a pure function (tested in node).
 */

import { on } from 'svelte/events'

/** How far, in CSS pixels, a finger must travel sideways before a swipe counts. */
export const SWIPE_MIN_PX = 48

/**
 * The step a swipe asks for, relative to the current one: +1 (swiped left: the next step), -1 (swiped right: the
 * previous one), or 0 (a tap, a vertical scroll, or a diagonal drag, which are left to the page).
 */
export function swipeStep(dx: number, dy: number, min = SWIPE_MIN_PX): -1 | 0 | 1 {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return 0
  if (Math.abs(dx) < min || Math.abs(dx) < 2 * Math.abs(dy)) return 0
  return dx < 0 ? 1 : -1
}

/**
 * An attachment that reads swipes on an element (the graphic, the text) and calls `onswipe` with the step each one
 * asks for: touch and pen only, a mouse drag stays the graphic's.
 */
export function swipes(onswipe: (move: -1 | 1) => void): (element: HTMLElement) => () => void {
  return (element) => {
    let start: { x: number; y: number; id: number } | null = null
    const down = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' || !event.isPrimary) return
      start = { x: event.clientX, y: event.clientY, id: event.pointerId }
    }
    const up = (event: PointerEvent) => {
      if (!start || event.pointerId !== start.id) return
      const move = swipeStep(event.clientX - start.x, event.clientY - start.y)
      start = null
      if (move !== 0) onswipe(move)
    }
    const cancel = () => (start = null)
    const offs = [on(element, 'pointerdown', down), on(element, 'pointerup', up), on(element, 'pointercancel', cancel)]
    return () => offs.forEach((off) => off())
  }
}
