/**
 * What the story's timeline, below the map's chapter, reads as the selection. While the map's steps move the shared
 * selection, a timeline far below the screen would redraw in the frame of each step (about 10 ms of script): away
 * from the screen it holds a copy of the selection instead, brought up to date when the browser is idle. It changes
 * from the one to the other at the next idle moment after it comes near the screen or goes away from it (either
 * change redraws it: never in the frame of a step), and takes the selection itself at once when the reader reaches
 * into it (focus, pointer), so that the reader's own change is never written to the copy.
 */
import { Selection } from '../../lib/state/selection.svelte.ts'
import { whenIdle } from '../../lib/state/idle.ts'

export interface HeldSelection {
  /** The timeline came within reach of the screen (true) or went away from it (false). */
  near(near: boolean): void
  /** The reader reached into the timeline: it follows the selection itself, now. */
  reach(): void
  /** Stops listening and cancels what waits for an idle moment. */
  stop(): void
}

/**
 * Calls `onheld` with the copy the timeline should read, or null when it should read `selection` itself. It starts
 * on `selection` itself. `idle` runs a task at an idle moment and returns its cancel (whenIdle, in the browser).
 */
export function holdSelection(
  selection: Selection,
  onheld: (held: Selection | null) => void,
  idle: (run: () => void, timeout: number) => () => void = whenIdle,
): HeldSelection {
  let held: Selection | null = null
  let cancelSwitch: (() => void) | null = null
  let cancelSync: (() => void) | null = null
  const set = (next: Selection | null) => {
    if (next !== held) onheld((held = next))
  }
  const switchTo = (live: boolean) => {
    cancelSwitch?.()
    cancelSwitch = null
    set(live ? null : (held ?? new Selection(selection.snapshot())))
  }
  const unsubscribe = selection.subscribe(() => {
    cancelSync ??= idle(() => {
      cancelSync = null
      held?.apply(selection.snapshot())
    }, 1000)
  })
  return {
    near(near) {
      cancelSwitch?.()
      cancelSwitch = idle(() => switchTo(near), 500)
    },
    reach: () => switchTo(true),
    stop() {
      unsubscribe()
      cancelSwitch?.()
      cancelSync?.()
    },
  }
}
