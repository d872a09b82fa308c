/** Bars whose label sits above them, wrapped to the width (the LAV II and share charts): long labels at 320 px. */
import type { ChartItem, ChartSpec } from '../spec.ts'
import {
  FILL,
  FONT_SIZE,
  MUTED,
  hitRows,
  minVisible,
  rowBars,
  rowLabels,
  textWidth,
  tickRoom,
  xAxisMoney,
  zeroRule,
  type PlotModule,
  type PlotOptions,
} from '../plot-kit.ts'

export interface LabelledRow {
  item: ChartItem
  text: string
  /** an annotation under the bar (italic, muted) */
  note?: string
  /** the bar's colour, when not the item status's own */
  fill?: string
}

export const LINE = FONT_SIZE + 3
/** Text wraps at this share of the space it has (see labelledBars). */
export const WRAP = 0.85
export const BAR = 20

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

export function labelledBars(spec: ChartSpec, width: number, rows: LabelledRow[], P: PlotModule): PlotOptions {
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
  // wrapped to the width, from the top of the band
  const lines = { lineAnchor: 'top', lineWidth, lineHeight: LINE / FONT_SIZE }
  return {
    width,
    height: rows.length * band + 34,
    marginLeft,
    marginRight,
    marginTop: 4,
    x: xAxisMoney(P, spec.lang, inner, domainMax),
    y: { domain: rows.map((r) => r.item.key), axis: null, padding: 0 },
    marks: [
      hitRows(
        P,
        rows.map((r) => r.item),
        0,
        domainMax,
        (d) => d.key,
      ),
      ...rowBars(P, spec, rows, key, (d) => Math.max(d.item.value ?? 0, floor), {
        fill: (d: LabelledRow) => d.fill ?? FILL[d.item.status],
        insetTop: labelBlock + 4,
        insetBottom: band - labelBlock - 4 - BAR,
      }),
      ...rowLabels(P, spec, rows, key, 0, (d) => d.text, {
        ...lines,
        dy: -band / 2 + 4,
        fill: 'currentColor',
        fontWeight: 600,
      }),
      ...rowLabels(P, spec, notes, key, 0, (d) => d.note ?? '', {
        ...lines,
        dy: -band / 2 + labelBlock + 4 + BAR + 4,
        fill: MUTED,
        fontStyle: 'italic',
      }),
      zeroRule(P),
    ],
  }
}
