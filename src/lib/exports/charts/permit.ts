/** Chart 4: the 2023 export permit on the calendar, beside the months of the protests. A permit is never summed. */
import type { Lang } from '../../data/types.ts'
import { STORY_END, STORY_START } from '../../data/derive.ts'
import { formatDate } from '../../i18n/index.ts'
import { chartItem, makeT, uniqueSources } from '../items.ts'
import { formatCAD, formatCADCompact } from '../money.ts'
import { FILL, FONT_SIZE, barLook, textLook, type PlotModule, type PlotOptions } from '../plot-kit.ts'
import type { Picked } from '../records.ts'
import type { ChartItem, ChartSpec } from '../spec.ts'
import { BAR, LINE, WRAP, lineCount } from './labelled.ts'

export function permitChart(p: Picked, lang: Lang): ChartSpec | null {
  const permit = p.permit
  if (!permit || permit.value_cad === null || !permit.valid_from) return null
  const t = makeT(lang)
  const valueText = formatCAD(lang, permit.value_cad)
  const date = formatDate(lang, permit.valid_from, 'long')
  const permitLabel = t('permitLabel', { value: valueText })
  const protests = t('protestsLabel')
  const protestsValue = t('periodValue', {
    start: formatDate(lang, STORY_START, 'long'),
    end: formatDate(lang, STORY_END, 'long'),
  })
  const first = [STORY_START, permit.valid_from].sort()[0]!
  const domainStart = `${first.slice(0, 7)}-01`
  const items: ChartItem[] = [
    chartItem(lang, {
      key: 'story-period',
      label: protests,
      value: null,
      status: 'period',
      records: [],
      valueText: protestsValue,
      shortText: protests,
      statusText: t('statusPeriod'),
      announcement: `${protests}: ${protestsValue}`,
      start: STORY_START,
      end: STORY_END,
    }),
    chartItem(lang, {
      key: permit.id,
      label: permitLabel,
      value: permit.value_cad,
      status: 'permit',
      records: [permit.id],
      valueText,
      shortText: formatCADCompact(lang, permit.value_cad),
      statusText: t('statusPermit'),
      announcement: t('permitTip', { value: valueText, date }),
      detail: permit.description[lang],
      sources: permit.sources,
      start: permit.valid_from,
    }),
  ]
  const year = permit.valid_from.slice(0, 4)
  return {
    id: 'permit',
    lang,
    title: t('permitTitle', { permitYear: year }),
    dek: t('permitDek'),
    description: items.map((i) => i.announcement).join('. '),
    items,
    notes: [],
    sources: uniqueSources(lang, items),
    dateDomain: [domainStart, `${year}-12-31`],
    labels: {
      permit: permitLabel,
      ceiling: t('permitCeiling'),
      validFrom: t('permitValidFrom', { date: formatDate(lang, permit.valid_from, 'medium') }),
      protests,
    },
  }
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

export function permitOptions(spec: ChartSpec, width: number, P: PlotModule): PlotOptions {
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
  // a host's highlight: the permit, or the months of the protests (each is one item)
  const keys = spec.focus?.keys ?? []
  const look = (item: ChartItem) => (keys.length === 0 ? 'plain' : keys.includes(item.key) ? 'emph' : 'muted')
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
      P.rect([period, permit], {
        x1: () => d0,
        x2: () => d1,
        y1: top,
        y2: bottom,
        fill: 'transparent',
        className: 'pp-hit',
        ariaHidden: 'true',
      }),
      P.text([period], {
        x: () => utc(period.start!),
        y: (d: ChartItem) => top(d) + 4,
        text: () => period.label,
        textAnchor: 'start',
        lineAnchor: 'top',
        fontWeight: 600,
        fill: 'currentColor',
        ...textLook(look(period)),
      }),
      P.rect([period], {
        x1: () => utc(period.start!),
        x2: () => utc(period.end!),
        y1: (d: ChartItem) => bottom(d) - BAR,
        y2: bottom,
        fill: 'var(--pp-accent)',
        fillOpacity: 0.25,
        stroke: 'var(--pp-accent)',
        ...barLook(look(period)),
      }),
      // the permit's validity runs on past the chart's edge: an open-ended, outlined band, never a solid export bar
      P.rect([permit], {
        x1: () => utc(permit.start!),
        x2: () => d1,
        y1: top,
        y2: bottom,
        fill: FILL.permit,
        fillOpacity: 0.18,
        stroke: FILL.permit,
        strokeDasharray: '5 3',
        ...barLook(look(permit)),
      }),
      P.ruleX([permit], {
        x: () => utc(permit.start!),
        y1: top,
        y2: bottom,
        stroke: FILL.permit,
        strokeWidth: 3,
        ...(look(permit) === 'muted' ? barLook('muted') : {}),
      }),
      // the annotation: what the permit is, beside the day it became valid
      P.text([permit], {
        x: () => utc(permit.start!),
        y: (d: ChartItem) => top(d) + 8,
        text: () => annotation.join('\n'),
        textAnchor: 'start',
        lineAnchor: 'top',
        lineWidth: (annotationWidth * WRAP) / FONT_SIZE,
        lineHeight: LINE / FONT_SIZE,
        dx: 8,
        fill: 'currentColor',
        ...textLook(look(permit)),
      }),
    ],
  }
}
