/** Chart 2: the total reported for 2014–2021 and, inside it, the LAV II armoured vehicles (value disputed). */
import type { Lang } from '../../data/types.ts'
import { attribution, chartItem, describeItems, makeT, publisherList, uniqueSources } from '../items.ts'
import { formatAmountShort, formatCAD, formatCADCompact, formatShare, formatUSDShort } from '../money.ts'
import type { PlotModule, PlotOptions } from '../plot-kit.ts'
import { periodLabel, type Picked } from '../records.ts'
import type { ChartItem, ChartSpec } from '../spec.ts'
import { labelledBars } from './labelled.ts'

export function lavChart(p: Picked, lang: Lang): ChartSpec {
  const t = makeT(lang)
  const total = p.total.value_cad ?? 0
  const lav = p.lav.value_cad ?? 0
  const count = p.lav.quantity ?? 0
  const period = periodLabel(p.total.period)
  const totalText = formatCAD(lang, total)
  const lavText = formatCAD(lang, lav)
  const share = formatShare(lang, lav / total)
  const totalLabel = t('totalLabel')
  const lavLabel = t('lavLabel', { count })
  const others = p.lav.disputes
    .filter((d) => !(d.currency === 'CAD' && d.value === lav))
    .map((d) => {
      const reportedBy = attribution(lang, d.sources)
      return d.currency === 'unstated'
        ? t('disputeUnstated', { value: formatAmountShort(lang, d.value), reportedBy })
        : t('disputeItem', {
            value: d.currency === 'USD' ? formatUSDShort(lang, d.value) : formatCADCompact(lang, d.value),
            reportedBy,
          })
    })
  const items: ChartItem[] = [
    chartItem(lang, {
      key: p.total.id,
      label: totalLabel,
      heading: `${totalLabel}, ${period}`,
      value: total,
      status: 'reported',
      records: [p.total.id],
      valueText: totalText,
      shortText: formatCADCompact(lang, total),
      statusText: t('statusReported'),
      detail: publisherList(lang, p.total.sources),
      sources: p.total.sources,
    }),
    chartItem(lang, {
      key: p.lav.id,
      label: lavLabel,
      value: lav,
      status: 'disputed',
      records: [p.lav.id, p.total.id],
      valueText: lavText,
      shortText: formatCADCompact(lang, lav),
      statusText: `${t('statusDisputed')}; ${t('lavShare', { share })}`,
      detail: publisherList(lang, p.lav.sources),
      sources: p.lav.sources,
    }),
  ]
  const disputeSources = p.lav.disputes.flatMap((d) => d.sources)
  return {
    id: 'lav',
    lang,
    title: t('lavTitle', { total: totalText }),
    dek: t('lavDek', { period }),
    description: describeItems(items),
    items,
    notes: [
      t('lavDisputeNote', {
        amnesty: lavText,
        amnestyUsd: p.lav.value_usd !== null ? formatUSDShort(lang, p.lav.value_usd) : '—',
        others: others.join('; '),
      }),
    ],
    sources: uniqueSources(lang, [...items, { sources: disputeSources }]),
    labels: { share: t('lavShare', { share }), disputed: t('lavDisputed') },
  }
}

export function lavOptions(spec: ChartSpec, width: number, P: PlotModule): PlotOptions {
  const [total, lav] = spec.items
  if (!total || !lav) throw new Error('lav chart: expected the total and the LAV II')
  return labelledBars(
    spec,
    width,
    [
      { item: total, text: `${total.label} · ${total.shortText}` },
      // the dispute, as an annotation on the LAV II bar; the note under the chart gives each version
      { item: lav, text: `${lav.label} · ${lav.shortText} · ${spec.labels.share}`, note: spec.labels.disputed },
    ],
    P,
  )
}
