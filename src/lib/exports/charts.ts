/**
 * Chart specs → Observable Plot options, one function per chart. Colours are CSS variables (one SVG serves both
 * themes); text is currentColor or a theme token. Imported only where Plot may be: the server renderer, tests, and
 * the browser's lazy path (render.ts) — never by the widget's first-view bundle.
 */
import * as Plot from '@observablehq/plot'
import { ticks as niceTicks } from 'd3-array'
import { formatDate, type Lang } from '../i18n/index.ts'
import type { ChartItem, ChartSpec, ItemStatus } from './model.ts'
import { formatCADCompact } from './money.ts'

export { CHART_WIDTHS } from './prerender.ts'

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

/** Rough text width at the chart's font size, to size margins without measuring (there is no layout in node). */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(text.length * fontSize * 0.6)
}

/** Money ticks that fit side by side at this width in this language ("CAD 20 M" is wider than "$20M"). */
export function moneyTicks(lang: Lang, domainMax: number, inner: number): number[] {
  for (let n = 6; n >= 1; n--) {
    const values = niceTicks(0, domainMax, n)
    const widest = Math.max(...values.map((v) => textWidth(formatCADCompact(lang, v), 11)))
    if (values.length <= 6 && values.length * (widest + 14) <= inner) return values
  }
  return [0]
}

/** Room at the sides for the first and last tick labels, which are centred on their ticks. */
function tickRoom(lang: Lang, domainMax: number): number {
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

const muted = 'var(--pp-muted)'

/** An invisible full-row target per item: hover and keyboard highlight it; data-key is added after rendering. */
function hitRows(items: ChartItem[], x1: number | Date, x2: number | Date, y: (d: ChartItem) => string): Plot.Markish {
  return Plot.barX(items, {
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

function xAxisMoney(lang: Lang, inner: number, domainMax: number): Plot.ScaleOptions {
  return {
    domain: [0, domainMax],
    ticks: moneyTicks(lang, domainMax, inner),
    tickFormat: (d: number) => formatCADCompact(lang, d),
    grid: true,
    label: null,
  }
}

/** The smallest x that still gives a visible bar at this width. */
function minVisible(domainMax: number, innerWidth: number): number {
  return (domainMax * MIN_BAR_PX) / Math.max(innerWidth, 1)
}

function shown(items: ChartItem[]) {
  return items.filter((i) => i.value !== null)
}

// ---------------------------------------------------------------- 1. by year

function yearlyOptions(spec: ChartSpec, width: number): Plot.PlotOptions {
  const items = spec.items
  const keys = items.map((i) => i.key)
  const labelOf = new Map(items.map((i) => [i.key, i.label]))
  const marginLeft = Math.max(...items.map((i) => textWidth(i.label))) + 14
  const derived = items.filter((i) => i.status === 'derived')
  const official = items.filter((i) => i.status === 'official')
  const values = shown(items).map((i) => i.value ?? 0)
  const marginRight = tickRoom(spec.lang, Math.max(...values))
  const inner = width - marginLeft - marginRight
  const domainMax = Math.max(
    ...derived.map((d) => d.value ?? 0),
    roomyMax(
      official.map((d) => ({ value: d.value ?? 0, label: d.shortText })),
      inner,
    ),
  )
  const floor = minVisible(domainMax, inner)
  const missing = items.filter((i) => i.status === 'nodata')
  const key = (d: ChartItem) => d.key
  return {
    width,
    height: 28 + items.length * 30 + 30,
    marginLeft,
    marginRight,
    marginTop: 8,
    x: xAxisMoney(spec.lang, width - marginLeft - marginRight, domainMax),
    y: { domain: keys, tickFormat: (k: string) => labelOf.get(k) ?? k, tickSize: 0, label: null, padding: 0.22 },
    marks: [
      hitRows(items, 0, domainMax, key),
      // the derived span: outlined and translucent, never a solid "official" bar
      Plot.barX(derived, {
        x1: 0,
        x2: (d: ChartItem) => d.value,
        y: key,
        fill: FILL.derived,
        fillOpacity: 0.22,
        stroke: FILL.derived,
        strokeWidth: 1.5,
        strokeDasharray: '5 3',
        ariaLabel: spec.items[0]?.statusText,
      }),
      Plot.text(derived, {
        x: (d: ChartItem) => d.value,
        y: key,
        text: (d: ChartItem) => `${d.shortText} · ${spec.labels.derived}`,
        textAnchor: 'end',
        dx: -8,
        fill: 'currentColor',
        fontWeight: 600,
      }),
      Plot.barX(official, {
        x1: 0,
        x2: (d: ChartItem) => Math.max(d.value ?? 0, floor),
        y: key,
        fill: FILL.official,
      }),
      Plot.text(official, {
        x: (d: ChartItem) => Math.max(d.value ?? 0, floor),
        y: key,
        text: (d: ChartItem) => d.shortText,
        textAnchor: 'start',
        dx: 5,
        fill: 'currentColor',
      }),
      // years with no figure found: said in words, in the row, never a zero-length bar
      Plot.text(missing, {
        x: 0,
        y: key,
        text: (d: ChartItem) => d.shortText,
        textAnchor: 'start',
        dx: 5,
        fill: muted,
        fontStyle: 'italic',
      }),
      Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.6 }),
    ],
  }
}

// ---------------------------------------------------------------- rows with their label above (long labels at 320 px)

interface LabelledRow {
  item: ChartItem
  text: string
  /** an annotation under the bar (italic, muted) */
  note?: string
  /** the bar's colour, when not the item status's own */
  fill?: string
}

const LINE = FONT_SIZE + 3
/** Text wraps at this share of the space it has (see labelledBars). */
const WRAP = 0.85
const BAR = 20

/** Lines a text takes when wrapped greedily at word boundaries (with our generous glyph estimate). */
export function lineCount(text: string, width: number): number {
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let line = ''
    lines += 1
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word
      if (line && textWidth(next) > width) {
        lines += 1
        line = word
      } else line = next
    }
  }
  return Math.max(1, lines)
}

/** Bars whose label sits above them, wrapped to the width: long labels stay readable at 320 px. */
function labelledBars(spec: ChartSpec, width: number, rows: LabelledRow[]): Plot.PlotOptions {
  const marginLeft = tickRoom(spec.lang, 0)
  const marginRight = tickRoom(spec.lang, Math.max(...rows.map((r) => r.item.value ?? 0)))
  const inner = width - marginLeft - marginRight
  // Plot's lineWidth is in ems, measured with its own glyph widths, which run narrower than system-ui bold: keep slack
  const wrapAt = inner * WRAP
  const lineWidth = wrapAt / FONT_SIZE
  const labelLines = Math.max(...rows.map((r) => lineCount(r.text, wrapAt)))
  const noteLines = Math.max(0, ...rows.map((r) => (r.note ? lineCount(r.note, wrapAt) : 0)))
  const labelBlock = labelLines * LINE + 4
  const noteBlock = noteLines ? noteLines * LINE + 4 : 0
  const band = labelBlock + BAR + noteBlock + 10
  const domainMax = Math.max(...rows.map((r) => r.item.value ?? 0))
  const floor = minVisible(domainMax, inner)
  const key = (d: { item: ChartItem }) => d.item.key
  const notes = rows.filter((r) => r.note)
  return {
    width,
    height: rows.length * band + 34,
    marginLeft,
    marginRight,
    marginTop: 4,
    x: xAxisMoney(spec.lang, inner, domainMax),
    y: { domain: rows.map((r) => r.item.key), axis: null, padding: 0 },
    marks: [
      hitRows(
        rows.map((r) => r.item),
        0,
        domainMax,
        (d) => d.key,
      ),
      Plot.barX(rows, {
        x1: 0,
        x2: (d: LabelledRow) => Math.max(d.item.value ?? 0, floor),
        y: key,
        fill: (d: LabelledRow) => d.fill ?? FILL[d.item.status],
        insetTop: labelBlock + 4,
        insetBottom: band - labelBlock - 4 - BAR,
      }),
      Plot.text(rows, {
        x: 0,
        y: key,
        text: (d: LabelledRow) => d.text,
        textAnchor: 'start',
        lineAnchor: 'top',
        lineWidth,
        lineHeight: LINE / FONT_SIZE,
        dy: -band / 2 + 4,
        fill: 'currentColor',
        fontWeight: 600,
      }),
      Plot.text(notes, {
        x: 0,
        y: key,
        text: (d: LabelledRow) => d.note ?? '',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineWidth,
        lineHeight: LINE / FONT_SIZE,
        dy: -band / 2 + labelBlock + 4 + BAR + 4,
        fill: muted,
        fontStyle: 'italic',
      }),
      Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.6 }),
    ],
  }
}

function lavOptions(spec: ChartSpec, width: number): Plot.PlotOptions {
  const [total, lav] = spec.items
  if (!total || !lav) throw new Error('lav chart: expected the total and the LAV II')
  return labelledBars(spec, width, [
    { item: total, text: `${total.label} · ${total.shortText}` },
    // the dispute, as an annotation on the LAV II bar; the note under the chart gives each version
    { item: lav, text: `${lav.label} · ${lav.shortText} · ${spec.labels.share}`, note: spec.labels.disputed },
  ])
}

function shareOptions(spec: ChartSpec, width: number): Plot.PlotOptions {
  const [canada, peru] = spec.items
  if (!canada || !peru) throw new Error('share chart: expected Canada and Peru')
  return labelledBars(spec, width, [
    { item: canada, text: `${canada.label} · ${canada.shortText}` },
    {
      item: peru,
      text: `${peru.label} · ${formatCADCompact(spec.lang, peru.value ?? 0)} · ${peru.shortText}`,
      fill: FILL.official,
    },
  ])
}

// ---------------------------------------------------------------- 3b. by destination and year

function regionOptions(spec: ChartSpec, width: number): Plot.PlotOptions {
  const items = spec.items
  const groups = [...new Set(items.map((i) => i.group ?? ''))]
  const headerKey = (g: string) => `h-${g}`
  const domain = groups.flatMap((g) => [headerKey(g), ...items.filter((i) => i.group === g).map((i) => i.key)])
  const labelOf = new Map(items.map((i) => [i.key, i.label]))
  const marginLeft = Math.max(...items.map((i) => textWidth(i.label))) + 22
  const bars = items.filter((i) => i.value !== null)
  const marginRight = tickRoom(spec.lang, Math.max(...bars.map((b) => b.value ?? 0)))
  const inner = width - marginLeft - marginRight
  const domainMax = roomyMax(
    bars.map((d) => ({ value: d.value ?? 0, label: d.shortText })),
    inner,
  )
  const floor = minVisible(domainMax, inner)
  const missing = items.filter((i) => i.value === null)
  const key = (d: ChartItem) => d.key
  return {
    width,
    height: domain.length * 22 + 38,
    marginLeft,
    marginRight,
    marginTop: 4,
    x: xAxisMoney(spec.lang, width - marginLeft - marginRight, domainMax),
    y: { domain, tickFormat: (k: string) => labelOf.get(k) ?? '', tickSize: 0, label: null, padding: 0.18 },
    marks: [
      hitRows(items, 0, domainMax, key),
      Plot.text(groups, {
        y: headerKey,
        frameAnchor: 'left',
        dx: -marginLeft + 2,
        text: (g: string) => g,
        textAnchor: 'start',
        fontWeight: 700,
        fill: 'currentColor',
      }),
      Plot.barX(bars, {
        x1: 0,
        x2: (d: ChartItem) => Math.max(d.value ?? 0, floor),
        y: key,
        fill: (d: ChartItem) => (d.highlight ? FILL.official : FILL.context),
      }),
      ...[true, false].map((highlight) =>
        Plot.text(
          bars.filter((d) => Boolean(d.highlight) === highlight),
          {
            x: (d: ChartItem) => Math.max(d.value ?? 0, floor),
            y: key,
            text: (d: ChartItem) => d.shortText,
            textAnchor: 'start',
            dx: 4,
            fill: 'currentColor',
            fontWeight: highlight ? 700 : 400,
          },
        ),
      ),
      Plot.text(missing, {
        x: 0,
        y: key,
        text: (d: ChartItem) => d.shortText,
        textAnchor: 'start',
        dx: 4,
        fill: muted,
        fontStyle: 'italic',
      }),
      Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.6 }),
    ],
  }
}

// ---------------------------------------------------------------- 4. the permit on the calendar

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

function permitOptions(spec: ChartSpec, width: number): Plot.PlotOptions {
  const [period, permit] = spec.items
  if (!period || !permit || !spec.dateDomain || !permit.start || !period.start || !period.end)
    throw new Error('permit chart: expected the story period and the permit')
  const lang = spec.lang
  const [d0, d1] = spec.dateDomain.map(utc) as [Date, Date]
  const marginLeft = 6
  const marginRight = 14
  const marginTop = 6
  const marginBottom = 34
  const inner = width - marginLeft - marginRight
  const days = (d1.getTime() - d0.getTime()) / 864e5
  const offset = ((utc(permit.start).getTime() - d0.getTime()) / 864e5 / days) * inner
  const annotationWidth = inner - offset - 14
  const annotation = [spec.labels.permit ?? '', spec.labels.validFrom ?? '', spec.labels.ceiling ?? '']
  const lines = lineCount(annotation.join('\n'), annotationWidth * WRAP)
  // Rows laid out in pixels (an identity y scale): the period's label and bar, then the permit's taller band.
  const rows = {
    [period.key]: { top: marginTop, bottom: marginTop + LINE + 10 + BAR },
    [permit.key]: {
      top: marginTop + LINE + 10 + BAR + 10,
      bottom: marginTop + LINE + 10 + BAR + 10 + lines * LINE + 16,
    },
  }
  const top = (d: ChartItem) => rows[d.key]!.top
  const bottom = (d: ChartItem) => rows[d.key]!.bottom
  const months = width < 500 ? 3 : 2
  return {
    width,
    height: rows[permit.key]!.bottom + marginBottom,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: {
      type: 'utc',
      domain: [d0, d1],
      ticks: `${months} months`,
      tickFormat: (d: Date, i: number) => {
        const month = formatDate(lang, d, 'monthShort')
        return i === 0 || d.getUTCMonth() === 0 ? `${month}\n${d.getUTCFullYear()}` : month
      },
      label: null,
      grid: true,
    },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rect([period, permit], {
        x1: () => d0,
        x2: () => d1,
        y1: top,
        y2: bottom,
        fill: 'transparent',
        className: 'pp-hit',
        ariaHidden: 'true',
      }),
      Plot.text([period], {
        x: () => utc(period.start!),
        y: (d: ChartItem) => top(d) + 4,
        text: () => period.label,
        textAnchor: 'start',
        lineAnchor: 'top',
        fontWeight: 600,
        fill: 'currentColor',
      }),
      Plot.rect([period], {
        x1: () => utc(period.start!),
        x2: () => utc(period.end!),
        y1: (d: ChartItem) => bottom(d) - BAR,
        y2: bottom,
        fill: 'var(--pp-accent)',
        fillOpacity: 0.25,
        stroke: 'var(--pp-accent)',
      }),
      // the permit's validity runs on past the chart's edge: an open-ended, outlined band, never a solid export bar
      Plot.rect([permit], {
        x1: () => utc(permit.start!),
        x2: () => d1,
        y1: top,
        y2: bottom,
        fill: FILL.permit,
        fillOpacity: 0.18,
        stroke: FILL.permit,
        strokeDasharray: '5 3',
      }),
      Plot.ruleX([permit], {
        x: () => utc(permit.start!),
        y1: top,
        y2: bottom,
        stroke: FILL.permit,
        strokeWidth: 3,
      }),
      // the annotation: what the permit is, beside the day it became valid
      Plot.text([permit], {
        x: () => utc(permit.start!),
        y: (d: ChartItem) => top(d) + 8,
        text: () => annotation.join('\n'),
        textAnchor: 'start',
        lineAnchor: 'top',
        lineWidth: (annotationWidth * WRAP) / FONT_SIZE,
        lineHeight: LINE / FONT_SIZE,
        dx: 8,
        fill: 'currentColor',
      }),
    ],
  }
}

const BUILDERS: Record<ChartSpec['id'], (spec: ChartSpec, width: number) => Plot.PlotOptions> = {
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
    ...BUILDERS[spec.id](spec, width),
    ariaLabel: spec.title,
    ariaDescription: spec.description,
  }
}
