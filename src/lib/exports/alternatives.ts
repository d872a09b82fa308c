/**
 * Server only in practice (it needs the chart renderer): the other languages' SVGs as inert <template>s keyed like
 * the visible ones, so prerender.ts can keep them for a reader whose language differs from the prerendered page.
 */
import type { ExportsDataset, Lang } from '../data/types.ts'
import { exportsView } from './model.ts'
import { CHART_WIDTHS, chartSvg, svgKey } from './prerender.ts'

export function alternativeMarkup(data: ExportsDataset, langs: readonly Lang[]): string {
  const parts: string[] = []
  for (const lang of langs) {
    for (const spec of exportsView(data, lang).charts) {
      for (const width of CHART_WIDTHS) {
        const svg = chartSvg(spec, width, data.version)
        // keys are [a-z0-9.-] only (chart id, language, width, semver), so they need no escaping here
        if (svg) parts.push(`<template data-pp-svg="${svgKey(spec.id, lang, width, data.version)}">${svg}</template>`)
      }
    }
  }
  return parts.join('')
}
