/**
 * Renders a chart spec to Plot's SVG markup, with any DOM: linkedom on the server (prerendering), the page's own
 * document in the browser (the lazy path, when no prerendered SVG fits). The markup is Plot's serialisation of
 * nodes it built through the DOM, so every data text in it went through createTextNode/setAttribute and is escaped.
 */
import * as Plot from '@observablehq/plot'
import { chartOptions, SVG_STYLE } from './charts.ts'
import type { ChartSpec } from './model.ts'

interface PlotScale {
  apply(value: unknown): number
  bandwidth?: number
}

type PlotSvg = SVGSVGElement & { scale(name: string): PlotScale | undefined }

/** Plot's SVG for one chart at one width, ready for the page: groups named for axe, rows keyed for interaction. */
export function renderChartSvg(spec: ChartSpec, width: number, document: Document): string {
  const svg = Plot.plot({ ...chartOptions(spec, width), document }) as unknown as PlotSvg
  // Plot names its layers with aria-label on <g> elements that have no role; axe rejects that.
  for (const g of svg.querySelectorAll('g[aria-label]')) g.setAttribute('role', 'group')
  svg.setAttribute('class', `${svg.getAttribute('class') ?? ''} pp-plot`.trim())
  svg.setAttribute('data-chart', spec.id)
  svg.setAttribute('focusable', 'false')
  svg.setAttribute('style', SVG_STYLE)
  // Plot puts the same small <style> in every chart; ExportsChart's CSS has it once (15 fewer sheets in the story).
  for (const style of svg.querySelectorAll('style')) style.remove()
  // One invisible target per item, in item order: key it, and note where its tooltip should point.
  const hits = [...svg.querySelectorAll('g.pp-hit > rect')]
  const x = svg.scale('x')
  spec.items.forEach((item, i) => {
    const rect = hits[i]
    if (!rect) return
    rect.setAttribute('data-key', item.key)
    const y = Number(rect.getAttribute('y') ?? 0) + Number(rect.getAttribute('height') ?? 0) / 2
    const anchor = item.start ? new Date(`${item.start}T00:00:00Z`) : (item.value ?? 0)
    const ax = x ? x.apply(anchor) : Number(rect.getAttribute('x') ?? 0)
    rect.setAttribute('data-ax', String(Math.round(ax)))
    rect.setAttribute('data-ay', String(Math.round(y)))
  })
  return svg.outerHTML
}

/** All the widths of a chart, in one go. */
export function renderChartSvgs(spec: ChartSpec, widths: readonly number[], document: Document): Map<number, string> {
  return new Map(widths.map((w) => [w, renderChartSvg(spec, w, document)]))
}
