/**
 * The charts a guided story's exports steps show, drawn at build time and carried in the page's HTML inside an inert
 * <template> (a few KB gzipped): a change of step then swaps a kept drawing in (prerender.ts collects them), and the
 * story needs neither Plot nor a drawing in the browser. Server only: the drawings come from the renderer that
 * src/pages/entry-server.ts registers.
 */
import type { ExportsDataset, Lang } from '../data/types.ts'
import { focusCharts, type ExportsFocus } from './focus.ts'
import { exportsView } from './model.ts'
import { CHART_WIDTHS, chartSvg, svgKey } from './prerender.ts'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The drawings of each focused chart, at every width, as `<template data-pp-step-charts>` markup ('' for none). */
export function stepChartsHtml(data: ExportsDataset, lang: Lang, focuses: readonly ExportsFocus[]): string {
  const charts = exportsView(data, lang).charts
  const parts: string[] = []
  const seen = new Set<string>()
  for (const focus of focuses) {
    if (!focus.chart) continue
    const spec = focusCharts(charts, focus.chart, focus.highlight).charts[0]
    if (!spec) continue
    for (const width of CHART_WIDTHS) {
      const key = svgKey(spec.id, spec.lang, width, data.version, spec.focus)
      const svg = seen.has(key) ? null : chartSvg(spec, width, data.version)
      if (svg === null) continue
      seen.add(key)
      parts.push(`<div data-pp-svg="${escape(key)}">${svg}</div>`)
    }
  }
  return parts.length ? `<template data-pp-step-charts>${parts.join('')}</template>` : ''
}
