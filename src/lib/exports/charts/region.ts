/** Chart 3b: Peru beside other Latin American destinations, year by year, where both have a published figure. */
import type { Lang } from '../../data/types.ts'
import { chartItem, describeItems, makeT, publisherList, uniqueSources } from '../items.ts'
import { formatCAD, formatCADCompact, formatUSDShort } from '../money.ts'
import {
  FILL,
  bandAxis,
  hitRows,
  isCompact,
  minVisible,
  missingLabels,
  roomyMax,
  rowBars,
  rowLabels,
  textWidth,
  tickRoom,
  xAxisMoney,
  zeroRule,
  type PlotModule,
  type PlotOptions,
} from '../plot-kit.ts'
import { PERU, destinationName, type Picked } from '../records.ts'
import type { ChartItem, ChartSpec } from '../spec.ts'

export function regionChart(p: Picked, lang: Lang): ChartSpec | null {
  const t = makeT(lang)
  const peruYears = new Map(p.yearly.filter((y) => y.value_cad !== null).map((y) => [y.year, y]))
  const withValue = p.latam.filter((r) => r.value_cad !== null && !r.period.includes('-'))
  // Years where Peru and at least one other destination have a published figure: a like-for-like window.
  const years = [...new Set(withValue.map((r) => Number(r.period)))].filter((y) => peruYears.has(y)).sort()
  if (years.length === 0) return null
  const inWindow = withValue.filter((r) => years.includes(Number(r.period)))
  const others = [...new Set(inWindow.map((r) => r.destination))].sort((a, b) =>
    destinationName(a, lang).localeCompare(destinationName(b, lang), lang),
  )
  const destinations = [PERU, ...others]
  const items: ChartItem[] = []
  for (const year of years) {
    for (const destination of destinations) {
      const label = destinationName(destination, lang)
      const record =
        destination === PERU
          ? p.byId.get(peruYears.get(year)!.id)!
          : inWindow.find((r) => r.destination === destination && Number(r.period) === year)
      const row = { label, group: String(year), heading: `${year} · ${label}` }
      if (!record || record.value_cad === null) {
        const status = t('statusNoneListed')
        items.push(
          chartItem(lang, {
            ...row,
            key: `region-${year}-${destination.toLowerCase()}`,
            value: null,
            status: 'nodata',
            records: [],
            valueText: status,
            shortText: t('noneListed'),
            statusText: status,
          }),
        )
        continue
      }
      items.push(
        chartItem(lang, {
          ...row,
          key: `region-${record.id}`,
          value: record.value_cad,
          status: destination === PERU ? 'official' : 'context',
          records: [record.id],
          valueText: formatCAD(lang, record.value_cad),
          shortText: formatCADCompact(lang, record.value_cad),
          statusText: destination === PERU ? t('statusOfficial') : t('statusContext'),
          detail: publisherList(lang, record.sources),
          sources: record.sources,
          highlight: destination === PERU,
        }),
      )
    }
  }
  const period = `${years[0]}–${years[years.length - 1]}`
  const notes: string[] = []
  const outside = withValue
    .filter((r) => !years.includes(Number(r.period)))
    .sort((a, b) =>
      a.destination === b.destination ? (a.period < b.period ? -1 : 1) : a.destination < b.destination ? -1 : 1,
    )
  if (outside.length)
    notes.push(
      t('regionOthers', {
        list: outside
          .map((r) =>
            t('regionOther', {
              destination: destinationName(r.destination, lang),
              value: formatCAD(lang, r.value_cad ?? 0),
              year: r.period,
            }),
          )
          .join('; '),
      }),
    )
  const contract = p.latam.find((r) => r.value_cad === null && r.value_usd !== null && r.quantity !== null)
  if (contract)
    notes.push(
      t('regionContract', {
        count: contract.quantity ?? 0,
        year: contract.period,
        value: formatUSDShort(lang, contract.value_usd ?? 0),
      }),
    )
  return {
    id: 'region',
    lang,
    title: t('regionTitle'),
    dek: t('regionDek', { period }),
    description: describeItems(items),
    items,
    notes,
    sources: uniqueSources(lang, [...items, ...outside, ...(contract ? [contract] : [])]),
    labels: { noneListed: t('noneListed') },
  }
}

export function regionOptions(spec: ChartSpec, width: number, P: PlotModule): PlotOptions {
  const items = spec.items
  const groups = [...new Set(items.map((i) => i.group ?? ''))]
  const headerKey = (g: string) => `h-${g}`
  const compact = isCompact(spec)
  // compact: no heading rows; the year leads the first row of its group ("2018 · Peru")
  const domain = compact
    ? items.map((i) => i.key)
    : groups.flatMap((g) => [headerKey(g), ...items.filter((i) => i.group === g).map((i) => i.key)])
  const firsts = new Set(groups.map((g) => items.find((i) => i.group === g)?.key))
  const labelOf = new Map(items.map((i) => [i.key, compact && firsts.has(i.key) ? `${i.group} · ${i.label}` : i.label]))
  const marginLeft = Math.max(...[...labelOf.values()].map((l) => textWidth(l))) + (compact ? 8 : 22)
  const bars = items.filter((i) => i.value !== null)
  const marginRight = tickRoom(spec.lang, Math.max(...bars.map((b) => b.value ?? 0)))
  const inner = width - marginLeft - marginRight
  const domainMax = roomyMax(
    bars.map((d) => ({ value: d.value ?? 0, label: d.shortText })),
    inner,
  )
  const floor = minVisible(domainMax, inner)
  const atBar = (d: ChartItem) => Math.max(d.value ?? 0, floor)
  const missing = items.filter((i) => i.value === null)
  const key = (d: ChartItem) => d.key
  const axis = bandAxis(P, spec, domain, (k) => labelOf.get(k) ?? '')
  return {
    width,
    height: domain.length * (compact ? 17 : 22) + 38,
    marginLeft,
    marginRight,
    marginTop: 4,
    x: xAxisMoney(P, spec.lang, width - marginLeft - marginRight, domainMax),
    y: {
      domain,
      tickFormat: (k: string) => labelOf.get(k) ?? '',
      tickSize: 0,
      label: null,
      padding: compact ? 0.12 : 0.18,
      ...(axis.axis === null ? { axis: null } : {}),
    },
    marks: [
      ...axis.marks,
      hitRows(P, items, 0, domainMax, key),
      P.text(compact ? [] : groups, {
        y: headerKey,
        frameAnchor: 'left',
        dx: -marginLeft + 2,
        text: (g: string) => g,
        textAnchor: 'start',
        fontWeight: 700,
        fill: 'currentColor',
      }),
      ...rowBars(P, spec, bars, key, atBar, {
        fill: (d: ChartItem) => (d.highlight ? FILL.official : FILL.context),
      }),
      ...[true, false].flatMap((highlight) =>
        rowLabels(
          P,
          spec,
          bars.filter((d) => Boolean(d.highlight) === highlight),
          key,
          atBar,
          (d) => d.shortText,
          { dx: 4, fill: 'currentColor', fontWeight: highlight ? 700 : 400 },
        ),
      ),
      ...missingLabels(P, spec, missing, key, 4),
      zeroRule(P),
    ],
  }
}
