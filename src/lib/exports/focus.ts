/**
 * A host's focus on the exports widget: one chart instead of five, and one data record's item(s) emphasised.
 * Pure functions, no DOM: the widget, a story's steps and their tests share them. Invalid input never blanks the
 * widget: an unknown chart shows every chart, an unknown highlight shows none, each with a warning that repeats
 * nothing of the input (it may come from a page's markup).
 */
import type { ExportsDataset, Lang } from '../data/types.ts'
import { makeT } from './items.ts'
import { exportsView } from './model.ts'
import { CHART_IDS, type ChartId, type ChartItem, type ChartSpec } from './spec.ts'

export { CHART_IDS, type ChartId }

export function isChartId(value: unknown): value is ChartId {
  return typeof value === 'string' && (CHART_IDS as readonly string[]).includes(value)
}

/** The record ids a chart can highlight: every record one of its items draws, in item order. */
export function highlightableIds(spec: ChartSpec): string[] {
  return [...new Set(spec.items.flatMap((i) => i.drawnFrom))]
}

/**
 * For each chart the dataset draws, the record ids it can highlight. The ids do not depend on the language. A chart
 * the data cannot draw (a missing year of Canada's totals) is absent.
 */
export function highlightsByChart(data: ExportsDataset): Partial<Record<ChartId, string[]>> {
  const out: Partial<Record<ChartId, string[]>> = {}
  for (const spec of exportsView(data, 'en').charts) out[spec.id] = highlightableIds(spec)
  return out
}

/** True when `chart` (or, with null, any chart) draws the record `id`. */
export function canHighlight(data: ExportsDataset, chart: ChartId | null, id: string): boolean {
  const byChart = highlightsByChart(data)
  const lists = chart === null ? Object.values(byChart) : [byChart[chart] ?? []]
  return lists.some((ids) => ids.includes(id))
}

/** A host's focus on the widget: one chart with one record picked out, or (both null) every chart. */
export interface ExportsFocus {
  chart: ChartId | null
  highlight: string | null
}

export interface FocusedView {
  /** the chart shown alone, or null for all of them (also when the requested one is unknown) */
  chart: ChartId | null
  /** the highlighted record id, or null (also when no shown chart draws the requested one) */
  highlight: string | null
  /** the charts to draw, each with its `focus` set where it differs from the full widget */
  charts: ChartSpec[]
  /** the emphasised items, in chart order */
  highlighted: ChartItem[]
  /** what was ignored, and why; never a copy of the input */
  warnings: string[]
}

function blank(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

/** Applies a host's chart and highlight to the widget's charts. */
export function focusCharts(charts: readonly ChartSpec[], chart: unknown, highlight: unknown): FocusedView {
  const warnings: string[] = []
  let id: ChartId | null = null
  if (!blank(chart)) {
    if (isChartId(chart) && charts.some((c) => c.id === chart)) id = chart
    else warnings.push(`exports widget: the chart to focus is not one of ${CHART_IDS.join(', ')}; showing every chart`)
  }
  const shown = id === null ? [...charts] : charts.filter((c) => c.id === id)
  let record: string | null = null
  if (!blank(highlight)) {
    if (typeof highlight === 'string' && shown.some((c) => highlightableIds(c).includes(highlight))) record = highlight
    else warnings.push('exports widget: the record to highlight is not drawn by the chart(s) shown; no highlight')
  }
  const compact = id !== null
  const highlighted: ChartItem[] = []
  const focused = shown.map((spec) => {
    const items = record === null ? [] : spec.items.filter((i) => i.drawnFrom.includes(record))
    highlighted.push(...items)
    if (!compact && items.length === 0) return spec
    return { ...spec, focus: { keys: items.map((i) => i.key), compact } }
  })
  return { chart: id, highlight: record, charts: focused, highlighted, warnings }
}

/**
 * A sentence for screen readers, from the items' own announcements: "Highlighted: 32 LAV II vehicles: CAD 67 million
 * (value disputed; …)." Empty without a highlight.
 */
export function highlightSentence(lang: Lang, items: readonly ChartItem[]): string {
  if (items.length === 0) return ''
  const parts = [...new Set(items.map((i) => i.announcement.replace(/\.$/, '')))]
  return makeT(lang)('highlighted', { items: parts.join('; ') })
}
