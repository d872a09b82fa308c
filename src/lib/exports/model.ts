/**
 * Data → chart specs for the exports widget: pure, no DOM, no Plot. Every number a chart shows is an item (built
 * by items.ts), with the records it comes from; what we computed is marked `derived` and says how. A permit is never
 * summed. Each chart's spec is built in its own file under charts/; this module puts the widget together.
 */
import type { ExportRecord, ExportsDataset, Lang } from '../data/types.ts'
import { periodYears } from '../data/derive.ts'
import { formatDate } from '../i18n/index.ts'
import { lavChart } from './charts/lav.ts'
import { permitChart } from './charts/permit.ts'
import { regionChart } from './charts/region.ts'
import { shareChart } from './charts/share.ts'
import { yearlyChart } from './charts/yearly.ts'
import { makeT, publisherList } from './items.ts'
import { formatCAD, formatCADApprox } from './money.ts'
import { PERU, destinationName, periodLabel, pickRecords, type Picked } from './records.ts'
import type { ChartSpec, ExportsView, TableRow } from './spec.ts'

export type * from './spec.ts'
export { CHART_IDS } from './spec.ts'
export {
  CANADA_TOTAL,
  ExportsDataProblem,
  LATIN_AMERICA,
  PREFERRED_REVISIONS,
  destinationName,
  periodLabel,
  pickRecords,
  sumExports,
} from './records.ts'
export { canadaTotalsByYear, shareChart } from './charts/share.ts'
export { lavChart } from './charts/lav.ts'
export { permitChart } from './charts/permit.ts'
export { regionChart } from './charts/region.ts'
export { yearlyChart } from './charts/yearly.ts'

const KIND_KEYS = {
  export: 'kindExport',
  total: 'kindTotal',
  derived: 'kindDerived',
  permit: 'kindPermit',
  context: 'kindContext',
} as const

function tableRows(p: Picked, charts: ChartSpec[], lang: Lang): TableRow[] {
  const t = makeT(lang)
  const rows: TableRow[] = []
  const row = (r: ExportRecord, what: string, value?: string, kind?: string): TableRow => ({
    key: r.id,
    period: periodLabel(r.period),
    what,
    kind: kind ?? t(KIND_KEYS[r.kind]),
    value: value ?? (r.value_cad === null ? t('statusNoData') : formatCAD(lang, r.value_cad)),
    sortValue: r.value_cad ?? -1,
    source: publisherList(lang, r.sources),
  })
  const span = periodYears(p.residual.period)
  for (const y of p.yearly) if (y.year >= span.start) rows.push(row(p.byId.get(y.id)!, t('whatPeru')))
  rows.push(row(p.residual, t('whatPeru'), t('about', { value: formatCADApprox(lang, p.residual.value_cad ?? 0) })))
  if (p.officialSum) rows.push(row(p.officialSum, t('whatPeru')))
  rows.push(row(p.total, t('whatPeru')))
  rows.push(
    row(p.lav, t('whatLav', { count: p.lav.quantity ?? 0 }), undefined, `${t('kindTotal')}; ${t('statusDisputed')}`),
  )
  const share = charts.find((c) => c.id === 'share')
  if (share) {
    const [canada, peru] = share.items
    if (canada && peru) {
      const period = periodLabel(p.total.period)
      rows.push({
        key: 'canada-sum',
        period,
        what: t('whatCanada'),
        kind: t('kindDerived'),
        value: canada.valueText,
        sortValue: canada.value ?? -1,
        source: publisherList(lang, canada.sources),
      })
      rows.push({
        key: 'peru-share',
        period,
        what: peru.label,
        kind: t('kindDerived'),
        value: peru.valueText,
        sortValue: -1,
        source: publisherList(lang, peru.sources),
      })
    }
  }
  const region = charts.find((c) => c.id === 'region')
  for (const item of region?.items ?? []) {
    const id = item.records[0]
    const record = id ? p.byId.get(id) : undefined
    if (record && record.destination !== PERU) rows.push(row(record, destinationName(record.destination, lang)))
  }
  if (p.permit) rows.push(row(p.permit, t('whatPeru')))
  return rows
}

/** Everything the widget shows, in one language. Throws ExportsDataProblem when a record it needs is missing. */
export function exportsView(data: ExportsDataset, lang: Lang): ExportsView {
  const t = makeT(lang)
  const p = pickRecords(data)
  const charts = [
    yearlyChart(p, lang),
    lavChart(p, lang),
    shareChart(p, lang),
    regionChart(p, lang),
    permitChart(p, lang),
  ].filter((c): c is ChartSpec => c !== null)
  const yearly = charts[0]!
  const officialValues = yearly.items.filter((i) => i.status === 'official').map((i) => i.value ?? 0)
  const total = formatCAD(lang, p.total.value_cad ?? 0)
  const period = periodLabel(p.total.period)
  const count = p.lav.quantity ?? 0
  const permitYear = p.permit?.valid_from?.slice(0, 4) ?? ''
  const share = charts.find((c) => c.id === 'share')?.labels.share ?? '—'
  return {
    title: t('title'),
    dek: t('dek', { total, period, count, permitYear }),
    description: t('description', {
      residualPeriod: yearly.labels.residualPeriod ?? '',
      residual: formatCADApprox(lang, p.residual.value_cad ?? 0),
      officialPeriod: yearly.labels.officialPeriod ?? '',
      officialMin: formatCAD(lang, Math.min(...officialValues)),
      officialMax: formatCAD(lang, Math.max(...officialValues)),
      missing: yearly.labels.missing ?? '',
      total,
      period,
      lav: formatCAD(lang, p.lav.value_cad ?? 0),
      count,
      share,
      permit: p.permit?.value_cad != null ? formatCAD(lang, p.permit.value_cad) : '—',
      permitDate: p.permit?.valid_from ? formatDate(lang, p.permit.valid_from, 'long') : '—',
    }),
    notes: t('notes'),
    charts,
    table: tableRows(p, charts, lang),
  }
}
