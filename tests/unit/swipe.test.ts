import { describe, expect, it } from 'vitest'
import { SWIPE_MIN_PX, swipeStep } from '../../src/lib/story/swipe.ts'

describe('swipes between steps', () => {
  it('a swipe to the left is the next step, to the right the previous one', () => {
    expect(swipeStep(-120, 10)).toBe(1)
    expect(swipeStep(120, -10)).toBe(-1)
  })

  it('leaves taps, short drags and vertical scrolls to the page', () => {
    expect(swipeStep(0, 0)).toBe(0)
    expect(swipeStep(-(SWIPE_MIN_PX - 1), 0)).toBe(0)
    expect(swipeStep(-20, 300)).toBe(0)
    // Diagonal: more sideways than down, but not clearly.
    expect(swipeStep(-100, 60)).toBe(0)
    expect(swipeStep(Number.NaN, 0)).toBe(0)
  })
})
