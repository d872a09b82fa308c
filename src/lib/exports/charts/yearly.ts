/** Chart 1, exports to Peru by year: the derived residual span, then one bar per year with an official figure. */
import type { Lang } from '../../data/types.ts'
import { periodYears } from '../../data/derive.ts'
import { chartItem, describeItems, makeT, publisherList, uniqueSources } from '../items.ts'
import { formatCAD, formatCADApprox, formatCADCompact } from '../money.ts'
import {
  FILL,
  bandAxis,
  barLook,
  byFocus,
  hitRows,
  isCompact,
  minVisible,
  missingLabels,
  roomyMax,
  rowBars,
  rowLabels,
  shown,
  textLook,
  textWidth,
  tickRoom,
  xAxisMoney,
  zeroRule,
  type PlotModule,
  type PlotOptions,
} from '../plot-kit.ts'
import { periodLabel, sumExports, type Picked } from '../records.ts'
import type { ChartItem, ChartSpec } from '../spec.ts'

export function yearlyChart(p: Picked, lang: Lang): ChartSpec {
  const t = makeT(lang)
  const span = periodYears(p.residual.period)
  const official = p.yearly.filter((y) => y.value_cad !== null && y.year > span.end)
  const officialPeriod = `${Math.min(...official.map((y) => y.year))}–${Math.max(...official.map((y) => y.year))}`
  const residualPeriod = periodLabel(p.residual.period)
  const sumOfficial = sumExports(official.map((y) => p.byId.get(y.id)!))
  const totalPeriod = periodLabel(p.total.period)

  const residualValue = p.residual.value_cad ?? 0
  const residualText = t('about', { value: formatCADApprox(lang, residualValue) })
  const items: ChartItem[] = [
    chartItem(lang, {
      key: p.residual.id,
      label: residualPeriod,
      value: residualValue,
      status: 'derived',
      records: [p.residual.id, ...(p.residual.derived_from?.ids ?? [])],
      valueText: residualText,
      shortText: `≈ ${formatCADCompact(lang, residualValue)}`,
      statusText: t('statusDerived'),
      detail: `${t('residualFormula', {
        total: formatCAD(lang, p.total.value_cad ?? 0),
        period: totalPeriod,
        sum: formatCAD(lang, sumOfficial),
        officialPeriod,
      })}. ${t('residualSpan')}`,
      sources: [...p.total.sources.slice(0, 1), ...p.residual.sources.filter((s) => s.url !== p.total.sources[0]?.url)],
    }),
  ]
  for (const y of p.yearly) {
    if (y.year <= span.end) continue
    const record = p.byId.get(y.id)!
    const common = { key: y.id, label: String(y.year), records: [y.id], sources: record.sources }
    if (y.value_cad === null) {
      const status = t('statusNoData')
      items.push(
        chartItem(lang, {
          ...common,
          value: null,
          status: 'nodata',
          valueText: status,
          shortText: t('noFigure'),
          statusText: status,
          detail: record.description[lang],
        }),
      )
    } else {
      items.push(
        chartItem(lang, {
          ...common,
          value: y.value_cad,
          status: 'official',
          valueText: formatCAD(lang, y.value_cad),
          shortText: formatCADCompact(lang, y.value_cad),
          statusText: t('statusOfficial'),
          detail: publisherList(lang, record.sources),
        }),
      )
    }
  }
  const missing = items.filter((i) => i.status === 'nodata').map((i) => i.label)
  return {
    id: 'yearly',
    lang,
    title: t('yearlyTitle'),
    dek: t('yearlyDek', { officialPeriod, residualPeriod }),
    description: describeItems(items),
    items,
    notes: [
      t('residualNote', { residualPeriod, total: formatCAD(lang, p.total.value_cad ?? 0), officialPeriod }),
      t('officialSumNote', { officialPeriod, sum: formatCAD(lang, sumOfficial) }),
    ],
    sources: uniqueSources(lang, items),
    labels: {
      derived: t('derivedLabel'),
      noFigure: t('noFigure'),
      missing: missing.join(', '),
      officialPeriod,
      residualPeriod,
    },
  }
}

export function yearlyOptions(spec: ChartSpec, width: number, P: PlotModule): PlotOptions {
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
  const atBar = (d: ChartItem) => Math.max(d.value ?? 0, floor)
  const missing = items.filter((i) => i.status === 'nodata')
  const key = (d: ChartItem) => d.key
  const row = isCompact(spec) ? 22 : 30
  const axis = bandAxis(P, spec, keys, (k) => labelOf.get(k) ?? k)
  return {
    width,
    height: 28 + items.length * row + 30,
    marginLeft,
    marginRight,
    marginTop: 8,
    x: xAxisMoney(P, spec.lang, width - marginLeft - marginRight, domainMax),
    y: {
      domain: keys,
      tickFormat: (k: string) => labelOf.get(k) ?? k,
      tickSize: 0,
      label: null,
      padding: 0.22,
      ...(axis.axis === null ? { axis: null } : {}),
    },
    marks: [
      ...axis.marks,
      hitRows(P, items, 0, domainMax, key),
      // the derived span: outlined and translucent, never a solid "official" bar
      ...byFocus(spec, derived, key, (data, look) =>
        P.barX(data, {
          x1: 0,
          x2: (d: ChartItem) => d.value,
          y: key,
          fill: FILL.derived,
          fillOpacity: 0.22,
          stroke: FILL.derived,
          strokeWidth: 1.5,
          strokeDasharray: '5 3',
          ariaLabel: spec.items[0]?.statusText,
          ...barLook(look),
        }),
      ),
      ...byFocus(spec, derived, key, (data, look) =>
        P.text(data, {
          x: (d: ChartItem) => d.value,
          y: key,
          text: (d: ChartItem) => `${d.shortText} · ${spec.labels.derived}`,
          textAnchor: 'end',
          dx: -8,
          fill: 'currentColor',
          fontWeight: 600,
          ...textLook(look),
        }),
      ),
      ...rowBars(P, spec, official, key, atBar, { fill: FILL.official }),
      ...rowLabels(P, spec, official, key, atBar, (d) => d.shortText, { dx: 5, fill: 'currentColor' }),
      // years with no figure found: said in words, in the row, never a zero-length bar
      ...missingLabels(P, spec, missing, key, 5),
      zeroRule(P),
    ],
  }
}
