/** Chart 3a: Peru's share of Canada's reported exports (outside the United States) over the same years. */
import type { ExportRecord, Lang } from '../../data/types.ts'
import { periodYears } from '../../data/derive.ts'
import { chartItem, describeItems, makeT, publisherList, uniqueSources } from '../items.ts'
import { formatCAD, formatCADCompact, formatShare } from '../money.ts'
import { FILL, type PlotModule, type PlotOptions } from '../plot-kit.ts'
import { PREFERRED_REVISIONS, periodLabel, sumExports, type Picked } from '../records.ts'
import type { ChartItem, ChartSpec } from '../spec.ts'
import { labelledBars } from './labelled.ts'

/** One Canadian total per year: the preferred revision where there are several. */
export function canadaTotalsByYear(
  canada: readonly ExportRecord[],
): Map<number, { used: ExportRecord; others: ExportRecord[] }> {
  const byYear = new Map<number, ExportRecord[]>()
  for (const r of canada) {
    if (r.period.includes('-') || r.value_cad === null) continue
    const year = Number(r.period)
    byYear.set(year, [...(byYear.get(year) ?? []), r])
  }
  const out = new Map<number, { used: ExportRecord; others: ExportRecord[] }>()
  for (const [year, list] of byYear) {
    const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : 1))
    const used = sorted.find((r) => PREFERRED_REVISIONS.includes(r.id)) ?? sorted[0]!
    out.set(year, { used, others: sorted.filter((r) => r !== used) })
  }
  return out
}

export function shareChart(p: Picked, lang: Lang): ChartSpec | null {
  const t = makeT(lang)
  const { start, end } = periodYears(p.total.period)
  const totals = canadaTotalsByYear(p.canada)
  const years: number[] = []
  for (let y = start; y <= end; y++) years.push(y)
  if (years.some((y) => !totals.has(y))) return null // an incomplete sum would understate Canada's total
  const used = years.map((y) => totals.get(y)!.used)
  const canadaSum = sumExports(used)
  const peru = p.total.value_cad ?? 0
  const share = peru / canadaSum
  const period = periodLabel(p.total.period)
  const derived = t('statusDerived')
  const canadaLabel = t('shareCanada')
  const peruLabel = t('sharePeru')
  const canadaText = formatCAD(lang, canadaSum)
  const items: ChartItem[] = [
    chartItem(lang, {
      key: 'canada-sum',
      label: canadaLabel,
      heading: `${canadaLabel}, ${period}`,
      value: canadaSum,
      status: 'context',
      records: used.map((r) => r.id),
      // the bar is the sum of every year's total: each of them is drawn in it
      drawnFrom: used.map((r) => r.id),
      valueText: canadaText,
      shortText: formatCADCompact(lang, canadaSum),
      statusText: derived,
      detail: t('shareCanadaDetail', { period }),
      sources: used.flatMap((r) => r.sources),
    }),
    chartItem(lang, {
      key: 'peru-share',
      label: peruLabel,
      heading: `${peruLabel}, ${period}`,
      value: peru,
      status: 'derived',
      records: [p.total.id, ...used.map((r) => r.id)],
      valueText: formatShare(lang, share),
      shortText: t('shareOfTotal', { share: formatShare(lang, share) }),
      statusText: derived,
      detail: t('sharePeruDetail', { total: formatCAD(lang, peru), canada: canadaText }),
      sources: p.total.sources,
    }),
  ]
  const notes: string[] = []
  for (const y of years) {
    const { used: u, others } = totals.get(y)!
    for (const other of others) {
      const otherSum = canadaSum - (u.value_cad ?? 0) + (other.value_cad ?? 0)
      notes.push(
        t('shareChoiceNote', {
          year: String(y),
          used: formatCAD(lang, u.value_cad ?? 0),
          usedBy: publisherList(lang, u.sources),
          other: formatCAD(lang, other.value_cad ?? 0),
          otherBy: publisherList(lang, other.sources),
          otherShare: formatShare(lang, peru / otherSum),
        }),
      )
    }
  }
  notes.push(t('shareUsNote'))
  return {
    id: 'share',
    lang,
    title: t('shareTitle'),
    dek: t('shareDek', { period }),
    description: describeItems(items),
    items,
    notes,
    sources: uniqueSources(lang, items),
    labels: { share: formatShare(lang, share) },
  }
}

export function shareOptions(spec: ChartSpec, width: number, P: PlotModule): PlotOptions {
  const [canada, peru] = spec.items
  if (!canada || !peru) throw new Error('share chart: expected Canada and Peru')
  return labelledBars(
    spec,
    width,
    [
      { item: canada, text: `${canada.label} · ${canada.shortText}` },
      {
        item: peru,
        text: `${peru.label} · ${formatCADCompact(spec.lang, peru.value ?? 0)} · ${peru.shortText}`,
        fill: FILL.official,
      },
    ],
    P,
  )
}
