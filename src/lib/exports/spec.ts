/**
 * The shapes the exports widget is built from: a chart spec (what one chart shows, in one language) and its items
 * (one per number on the chart). Pure types and constants; no DOM, no Plot.
 */
import type { Lang, Source } from '../data/types.ts'

/** The five charts, in the order the widget shows them. */
export const CHART_IDS = ['yearly', 'lav', 'share', 'region', 'permit'] as const
export type ChartId = (typeof CHART_IDS)[number]

/** What kind of figure an item is; decides its look (one colour token per status) and its words. */
export type ItemStatus = 'official' | 'derived' | 'nodata' | 'reported' | 'disputed' | 'permit' | 'context' | 'period'

export interface SourceLink {
  label: string
  url: string
}

export interface ChartItem {
  /** unique within its chart; becomes data-key on the SVG elements */
  key: string
  /** row label: a period, a destination */
  label: string
  /** a heading the row sits under (the year, in the region chart) */
  group?: string
  /** CAD; null = no figure found (drawn as such, never as 0) */
  value: number | null
  status: ItemStatus
  /** ids of the records behind the number */
  records: string[]
  /** ids of the records whose figure this item draws (a subset of `records`): what a highlight can name */
  drawnFrom: string[]
  /** long, exact: "CAD 734,960.49" */
  valueText: string
  /** on the chart: "$735K" */
  shortText: string
  statusText: string
  /** what the live region says: "2019: CAD 734,960.49 (official figure)" */
  announcement: string
  /** second line of the tooltip: the formula of a derived value, the source */
  detail: string
  sources: Source[]
  /** Peru among other destinations */
  highlight?: boolean
  /** ISO dates, for the permit chart */
  start?: string
  end?: string
}

/** How a chart is drawn when a host focuses it: its emphasised items, and the compact layout. */
export interface ChartFocus {
  /** keys of the items drawn emphasised (the others muted); empty = none */
  keys: string[]
  /** the compact layout: one chart in a small pinned box */
  compact: boolean
}

export interface ChartSpec {
  id: ChartId
  lang: Lang
  title: string
  dek: string
  /** what the chart shows, in words (Plot's ariaDescription) */
  description: string
  /** keyboard order */
  items: ChartItem[]
  notes: string[]
  sources: SourceLink[]
  /** the permit chart's time domain (ISO dates) */
  dateDomain?: [string, string]
  /** short labels the chart writes as annotations */
  labels: Record<string, string>
  /** set only when a host focuses the widget; absent, the chart is drawn as in the full widget */
  focus?: ChartFocus
}

export interface TableRow {
  key: string
  period: string
  what: string
  kind: string
  value: string
  sortValue: number
  source: string
}

export interface ExportsView {
  title: string
  dek: string
  description: string
  notes: string
  charts: ChartSpec[]
  table: TableRow[]
}
