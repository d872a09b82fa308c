/**
 * What the chart files in charts/ share to build Observable Plot options: the colour of each status, text-width
 * estimates, money axes, the invisible row targets, the labelled-bar layout and the look of a focus. Plot itself is
 * passed in (`P`), never imported here, so a chart file can hold its data spec and its Plot options together and
 * still be part of the widget's first view without Plot (charts.ts, loaded lazily or on the server, passes it).
 */
import type * as PlotApi from '@observablehq/plot'
import type { ticks } from 'd3-array'
import type { Lang } from '../i18n/index.ts'
import { formatCADCompact } from './money.ts'
import type { ChartItem, ChartSpec, ItemStatus } from './spec.ts'

/**
 * The parts of Plot (and d3's tick maker) the chart files draw with, handed in by charts.ts. Only these, by name: a
 * whole Plot namespace passed around as a value would keep all of Plot in the bundle.
 */
export type PlotModule = Pick<typeof PlotApi, 'axisY' | 'barX' | 'rect' | 'ruleX' | 'text'> & { ticks: typeof ticks }
export type PlotOptions = PlotApi.PlotOptions
export type Markish = PlotApi.Markish

/** Below this many px a bar would vanish; it is drawn this wide instead (the notes say so). */
export const MIN_BAR_PX = 2

export const FONT_SIZE = 12

export const FILL: Record<ItemStatus, string> = {
  official: 'var(--pp-kind-export)',
  derived: 'var(--pp-kind-derived)',
  nodata: 'var(--pp-nodata)',
  reported: 'var(--pp-kind-total)',
  disputed: 'var(--pp-kind-export)',
  permit: 'var(--pp-kind-permit)',
  context: 'var(--pp-kind-context)',
  period: 'var(--pp-nodata)',
}

export const MUTED = 'var(--pp-muted)'

/** Rough text width at the chart's font size, to size margins without measuring (there is no layout in node). */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(text.length * fontSize * 0.6)
}

/** Money ticks that fit side by side at this width in this language ("CAD 20 M" is wider than "$20M"). */
export function moneyTicks(P: PlotModule, lang: Lang, domainMax: number, inner: number): number[] {
  for (let n = 6; n >= 1; n--) {
    const values = P.ticks(0, domainMax, n)
    const widest = Math.max(...values.map((v) => textWidth(formatCADCompact(lang, v), 11)))
    if (values.length <= 6 && values.length * (widest + 14) <= inner) return values
  }
  return [0]
}

/** Room at the sides for the first and last tick labels, which are centred on their ticks. */
export function tickRoom(lang: Lang, domainMax: number): number {
  return Math.ceil(textWidth(formatCADCompact(lang, domainMax), 11) / 2) + 2
}

/** A domain wide enough that every bar's value label fits to its right, inside the chart. */
export function roomyMax(bars: { value: number; label: string }[], inner: number, gap = 6): number {
  let max = Math.max(...bars.map((b) => b.value), 1)
  for (const b of bars) {
    const room = inner - textWidth(b.label) - gap
    if (room > inner * 0.3) max = Math.max(max, (b.value * inner) / room)
  }
  return max
}

/** An invisible full-row target per item: hover and keyboard highlight it; data-key is added after rendering. */
export function hitRows(
  P: PlotModule,
  items: ChartItem[],
  x1: number | Date,
  x2: number | Date,
  y: (d: ChartItem) => string,
): Markish {
  return P.barX(items, {
    x1: () => x1,
    x2: () => x2,
    y,
    fill: 'transparent',
    className: 'pp-hit',
    ariaHidden: 'true',
    insetTop: 1,
    insetBottom: 1,
  })
}

export function xAxisMoney(P: PlotModule, lang: Lang, inner: number, domainMax: number): PlotApi.ScaleOptions {
  return {
    domain: [0, domainMax],
    ticks: moneyTicks(P, lang, domainMax, inner),
    tickFormat: (d: number) => formatCADCompact(lang, d),
    grid: true,
    label: null,
  }
}

/** The smallest x that still gives a visible bar at this width. */
export function minVisible(domainMax: number, innerWidth: number): number {
  return (domainMax * MIN_BAR_PX) / Math.max(innerWidth, 1)
}

export function shown(items: ChartItem[]) {
  return items.filter((i) => i.value !== null)
}

// ---------------------------------------------------------------- the look of a focus

/** How a mark's data is drawn: as in the full widget, or emphasised / muted by a host's highlight. */
export type Look = 'plain' | 'emph' | 'muted'

/** Opacity of the bars a highlight mutes: clearly behind the emphasised one. */
export const MUTED_OPACITY = 0.35
/** Opacity of the labels it mutes: lighter, still readable (about 4.5:1 on either theme's background). */
export const MUTED_TEXT_OPACITY = 0.6

/** Bars: the emphasised one outlined in the text colour (a cue that is not colour alone), the rest faded. */
export function barLook(look: Look): Record<string, unknown> {
  if (look === 'emph') return { stroke: 'currentColor', strokeWidth: 2 }
  if (look === 'muted') return { opacity: MUTED_OPACITY }
  return {}
}

/** Labels: the emphasised one bold, the rest faded. */
export function textLook(look: Look): Record<string, unknown> {
  if (look === 'emph') return { fontWeight: 700 }
  if (look === 'muted') return { opacity: MUTED_TEXT_OPACITY }
  return {}
}

/**
 * One mark as in the full widget when the chart has no highlight; else two, the muted items and then the
 * emphasised ones (drawn last, on top). `keyOf` names the item a datum belongs to.
 */
export function byFocus<T>(
  spec: ChartSpec,
  data: readonly T[],
  keyOf: (d: T) => string,
  mark: (data: T[], look: Look) => Markish,
): Markish[] {
  const keys = spec.focus?.keys ?? []
  if (keys.length === 0) return [mark([...data], 'plain')]
  const on = (d: T) => keys.includes(keyOf(d))
  return [
    mark(
      data.filter((d) => !on(d)),
      'muted',
    ),
    mark(data.filter(on), 'emph'),
  ]
}

/** True when the chart is drawn in its compact layout (one focused chart in a small box). */
export function isCompact(spec: ChartSpec): boolean {
  return spec.focus?.compact === true
}

/**
 * The band axis of a bar chart: as Plot draws it by default, or, with a highlight, two axis marks so that the
 * emphasised rows' labels are bold (the rest faded like their bars). Returns the y scale's `axis` and extra marks.
 */
export function bandAxis(
  P: PlotModule,
  spec: ChartSpec,
  domain: readonly string[],
  tickFormat: (k: string) => string,
): { axis: null | undefined; marks: Markish[] } {
  const keys = spec.focus?.keys ?? []
  if (keys.length === 0) return { axis: undefined, marks: [] }
  const common = { tickSize: 0, tickFormat, label: null }
  return {
    axis: null,
    marks: [
      P.axisY(
        domain.filter((k) => !keys.includes(k)),
        { ...common, opacity: MUTED_TEXT_OPACITY },
      ),
      P.axisY(
        domain.filter((k) => keys.includes(k)),
        { ...common, fontWeight: 700 },
      ),
    ],
  }
}

// ---------------------------------------------------------------- the marks of a bar chart's rows

/** A place on the x scale: the same for every row, or each row's own. */
type Across<T> = number | ((d: T) => number)

/**
 * Bars from zero to `x2`, one row each, drawn by focus (`byFocus`): `options` gives their fill and the rest, the
 * focus their look.
 */
export function rowBars<T>(
  P: PlotModule,
  spec: ChartSpec,
  data: readonly T[],
  keyOf: (d: T) => string,
  x2: Across<T>,
  options: Record<string, unknown>,
): Markish[] {
  return byFocus(spec, data, keyOf, (rows, look) => P.barX(rows, { x1: 0, x2, y: keyOf, ...options, ...barLook(look) }))
}

/**
 * Labels reading to the right from `x` in their row (a bar's end, or the row's start), drawn by focus: `options`
 * gives their offset, colour and font, the focus their look.
 */
export function rowLabels<T>(
  P: PlotModule,
  spec: ChartSpec,
  data: readonly T[],
  keyOf: (d: T) => string,
  x: Across<T>,
  text: (d: T) => string,
  options: Record<string, unknown>,
): Markish[] {
  return byFocus(spec, data, keyOf, (rows, look) =>
    P.text(rows, { x, y: keyOf, text, textAnchor: 'start', ...options, ...textLook(look) }),
  )
}

/** Rows with no figure: said in words (their short text) from the row's start, never as a zero-length bar. */
export function missingLabels(
  P: PlotModule,
  spec: ChartSpec,
  items: readonly ChartItem[],
  keyOf: (d: ChartItem) => string,
  dx: number,
): Markish[] {
  return rowLabels(P, spec, items, keyOf, 0, (d) => d.shortText, { dx, fill: MUTED, fontStyle: 'italic' })
}

/** The zero line every bar starts from. */
export function zeroRule(P: PlotModule): Markish {
  return P.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.6 })
}
