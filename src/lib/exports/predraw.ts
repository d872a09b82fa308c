/**
 * Drawings made before they are needed. A host that will move the exports widget's focus (a guided story's steps)
 * names the focuses to come; each of their charts is drawn at each width in the browser's idle time, one drawing per
 * idle callback so that no frame carries more than one, and kept (prerender.ts). A change of focus then swaps a kept
 * drawing in instead of drawing with Plot in the frame that shows it.
 */
import { CHART_WIDTHS, hasDrawing, keepDrawing } from './prerender.ts'
import type { ChartSpec } from './spec.ts'
import { whenIdle } from '../state/idle.ts'

type Job = { spec: ChartSpec; width: number }

/**
 * Draws, in idle time, every chart of `specs` at every width that is not kept yet. Returns the function that stops.
 * A drawing that fails is left to the chart itself, which shows its error if it is ever asked to draw it.
 */
export function predraw(specs: readonly ChartSpec[], version: string): () => void {
  const jobs: Job[] = specs.flatMap((spec) =>
    CHART_WIDTHS.filter((width) => !hasDrawing(spec, width, version)).map((width) => ({ spec, width })),
  )
  let stopped = false
  let cancel = () => {}
  if (jobs.length === 0) return () => {}
  import('./render.ts').then(
    ({ renderChartSvg }) => {
      const next = () => {
        const job = jobs.shift()
        if (stopped || !job) return
        try {
          if (!hasDrawing(job.spec, job.width, version))
            keepDrawing(job.spec, job.width, version, renderChartSvg(job.spec, job.width, document))
        } catch {
          // the chart draws (and reports) this itself if a reader reaches it
        }
        if (jobs.length > 0) cancel = whenIdle(next)
      }
      if (!stopped) cancel = whenIdle(next)
    },
    () => {
      // Plot did not load: the chart's own lazy path reports it when it is needed
    },
  )
  return () => {
    stopped = true
    cancel()
  }
}
