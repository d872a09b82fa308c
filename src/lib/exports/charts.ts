/**
 * Chart specs → Observable Plot options: each chart file in charts/ holds its own options builder; this module gives
 * them Plot. Colours are CSS variables (one SVG serves both themes); text is currentColor or a theme token. Imported
 * only where Plot may be: the server renderer, tests, and the browser's lazy path (render.ts) — never by the
 * widget's first-view bundle.
 */
import * as Plot from '@observablehq/plot'
import { lavOptions } from './charts/lav.ts'
import { permitOptions } from './charts/permit.ts'
import { regionOptions } from './charts/region.ts'
import { shareOptions } from './charts/share.ts'
import { yearlyOptions } from './charts/yearly.ts'
import { FONT_SIZE, type PlotModule } from './plot-kit.ts'
import type { ChartId, ChartSpec } from './spec.ts'

export { CHART_WIDTHS } from './prerender.ts'
export { FILL, FONT_SIZE, MIN_BAR_PX, moneyTicks, roomyMax, textWidth } from './plot-kit.ts'
export { lineCount } from './charts/labelled.ts'

const BUILDERS: Record<ChartId, (spec: ChartSpec, width: number, P: PlotModule) => Plot.PlotOptions> = {
  yearly: yearlyOptions,
  lav: lavOptions,
  share: shareOptions,
  region: regionOptions,
  permit: permitOptions,
}

/** Inline style of every chart's <svg> (set as an attribute: linkedom cannot take Plot's `style` option). */
export const SVG_STYLE = `font-size:${FONT_SIZE}px;font-family:var(--pp-font);overflow:visible;--plot-background:var(--pp-bg)`

/** Plot options for a chart at a width: marks, scales, and the chart's name and description for screen readers. */
export function chartOptions(spec: ChartSpec, width: number): Plot.PlotOptions {
  return {
    ...BUILDERS[spec.id](spec, width, Plot),
    ariaLabel: spec.title,
    ariaDescription: spec.description,
  }
}
