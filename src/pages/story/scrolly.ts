/**
 * The story page's scroll-driven chapters: where the reader is, as the marker (a chapter's intro, one of its steps,
 * or its end) whose box crosses the middle line of the viewport, watched by one IntersectionObserver. Nothing here
 * reads layout on scroll; the browser reports the crossings.
 */
import { stepAt, STEPS, type StepState } from '../../lib/story/steps.ts'
import type { ExportsFocus } from '../../lib/exports/focus.ts'
import { OFFICIAL_CATEGORIES } from '../../lib/map/model.ts'

export type { ExportsFocus }

/** A chapter of the page: the graphic its steps move. */
export type ChapterName = 'map' | 'exports'
/** Where the reader is in a chapter: above its steps, reading them, or past the last one (free exploration). */
export type Phase = 'before' | 'steps' | 'after'

/** A place in the story: a chapter's intro or end, or a step (by its number, from 1). */
export type Marker = { chapter: ChapterName; phase: 'before' | 'after' } | { step: number }

/** The step numbers (from 1) whose graphic is this chapter's. */
export function chapterSteps(chapter: ChapterName): number[] {
  return STEPS.flatMap((step, i) => (step.state.graphic === chapter ? [i + 1] : []))
}

/** The chapter and phase a marker puts the reader in. */
export function placeOf(marker: Marker): { chapter: ChapterName; phase: Phase } | null {
  if ('chapter' in marker) return marker
  const step = stepAt(marker.step)
  if (!step || (step.state.graphic !== 'map' && step.state.graphic !== 'exports')) return null
  return { chapter: step.state.graphic, phase: 'steps' }
}

/**
 * The exports' focus at a marker: a step's own; above the steps, the first step's (so the chapter opens on the
 * graphic its first step shows); past them, every chart, for free exploration.
 */
export function exportsFocusAt(marker: Marker): ExportsFocus | null {
  if ('step' in marker) {
    const state = stepAt(marker.step)?.state
    return state?.graphic === 'exports' ? { chart: state.chart, highlight: state.highlight } : null
  }
  if (marker.chapter !== 'exports') return null
  if (marker.phase === 'after') return { chart: null, highlight: null }
  return FIRST_EXPORTS_FOCUS
}

const firstExports = stepAt(chapterSteps('exports')[0] ?? 0)?.state
export const FIRST_EXPORTS_FOCUS: ExportsFocus = {
  chart: firstExports?.chart ?? null,
  highlight: firstExports?.highlight ?? null,
}

/** The graphics' state as the page opens, above the first step: the whole story, the Defensoría's count. */
export const PAGE_START: StepState = {
  graphic: 'map',
  department: null,
  period: null,
  event: null,
  categories: OFFICIAL_CATEGORIES,
  includeOther: false,
  chart: null,
  highlight: null,
}

/** The map's state at a marker: a step's own; the page's first state above the map's steps; unchanged otherwise. */
export function mapStateAt(marker: Marker): StepState | null {
  if ('step' in marker) return stepAt(marker.step)?.state ?? null
  return marker.chapter === 'map' && marker.phase === 'before' ? PAGE_START : null
}

/** Reads a marker from an element's data-marker attribute: `step-3`, `map-before`, `exports-after`. */
export function parseMarker(raw: string | undefined): Marker | null {
  const step = /^step-(\d{1,3})$/.exec(raw ?? '')
  if (step) return stepAt(Number(step[1])) ? { step: Number(step[1]) } : null
  const edge = /^(map|exports)-(before|after)$/.exec(raw ?? '')
  return edge ? { chapter: edge[1] as ChapterName, phase: edge[2] as 'before' | 'after' } : null
}

/**
 * Calls `onmarker` each time a marker (an element with data-marker under `root`) crosses the middle line of the
 * viewport, in either direction of scrolling. Returns the function that stops watching.
 */
export function watchMarkers(root: Element, onmarker: (marker: Marker) => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        const marker = parseMarker((entry.target as HTMLElement).dataset.marker)
        if (marker) onmarker(marker)
      }
    },
    { rootMargin: '-50% 0px -50% 0px' },
  )
  for (const element of root.querySelectorAll('[data-marker]')) observer.observe(element)
  return () => observer.disconnect()
}

/**
 * Calls `onnear` with true when `node` comes within one viewport height of the screen, and false when it leaves that
 * neighbourhood (also at once, with where it is). Returns the function that stops watching.
 */
export function watchNear(node: Element, onnear: (near: boolean) => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1)
      if (entry) onnear(entry.isIntersecting)
    },
    { rootMargin: '100% 0px 100% 0px' },
  )
  observer.observe(node)
  return () => observer.disconnect()
}
