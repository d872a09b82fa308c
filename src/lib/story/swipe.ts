/** Swipes between the story embed's steps: horizontal, long enough, and clearly more sideways than vertical. */

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
