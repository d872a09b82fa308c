/**
 * Data → chart specs for the exports widget: pure, no DOM, no Plot. Every number a chart shows is an item here,
 * with the records it comes from; what we computed is marked `derived` and says how. A permit is never summed.
 */
import type { ExportRecord, ExportsDataset, Lang, Source } from '../data/types.ts'
import { periodYears, peruYearlyExports, STORY_END, STORY_START } from '../data/derive.ts'
import { localText } from '../i18n/local-text.ts'
import { formatDate, translate, type Params } from '../i18n/index.ts'
import { destinationNames, exportsMessages } from './messages.ts'
import {
  formatAmountShort,
  formatCAD,
  formatCADApprox,
  formatCADCompact,
  formatShare,
  formatUSDShort,
} from './money.ts'

export type ChartId = 'yearly' | 'lav' | 'share' | 'region' | 'permit'

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

/** Canada's non-US total: the destination string the dataset uses for it. */
export const CANADA_TOTAL = 'All destinations excl. United States'

/** Destinations shown as "other Latin American destinations". */
export const LATIN_AMERICA = ['Mexico', 'Colombia', 'Guatemala', 'Honduras', 'Chile', 'Brazil', 'Argentina', 'Ecuador']

/**
 * Where a year's Canadian total has conflicting revisions, the one we chart: the figure as first reported in the
 * GAC annual report. The other is named in a note. Editorial choice, kept in one place.
 */
export const PREFERRED_REVISIONS = ['ae-canada-2019-first-reported', 'ae-canada-2022-ploughshares-2023']

const PERU = 'Peru'

export function periodLabel(period: string): string {
  return period.replace('-', '–')
}

export function destinationName(destination: string, lang: Lang): string {
  return destinationNames[destination]?.[lang] ?? destination
}

/** Sum of the values of export-like records; refuses a permit outright so no code path can add one to exports. */
export function sumExports(records: readonly Pick<ExportRecord, 'kind' | 'value_cad' | 'id'>[]): number {
  let sum = 0
  for (const r of records) {
    if (r.kind === 'permit') throw new Error(`${r.id} is a permit, an authorised ceiling: it is never added to exports`)
    if (r.value_cad !== null) sum += r.value_cad
  }
  return sum
}

function uniqueSources(lang: Lang, items: readonly { sources: Source[] }[]): SourceLink[] {
  const seen = new Map<string, SourceLink>()
  for (const item of items)
    for (const s of item.sources)
      if (!seen.has(s.publisher))
        seen.set(s.publisher, { label: localText(lang, s.publisher, s.publisher_i18n), url: s.url })
  return [...seen.values()]
}

function publisherList(lang: Lang, sources: readonly Source[]): string {
  return [...new Set(sources.map((s) => localText(lang, s.publisher, s.publisher_i18n)))].join('; ')
}

/** A short attribution: the publisher and the year of the piece. */
function attribution(lang: Lang, sources: readonly Source[]): string {
  const s = sources[0]
  if (!s) return ''
  const publisher = localText(lang, s.publisher, s.publisher_i18n)
  return s.date ? `${publisher}, ${s.date.slice(0, 4)}` : publisher
}

export class ExportsDataProblem extends Error {
  override readonly name = 'ExportsDataProblem'
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ExportsDataProblem(`arms-exports: ${what} not found`)
  return value
}

/** The records the widget is built on, found by meaning (kind, destination, derivation), not by position. */
export function pickRecords(data: ExportsDataset) {
  const records = data.records
  const byId = new Map(records.map((r) => [r.id, r]))
  const peruDerived = records.filter((r) => r.destination === PERU && r.kind === 'derived')
  const residual = need(
    peruDerived.find((r) => r.derived_from?.op === 'difference'),
    'the derived residual (total minus yearly figures)',
  )
  const officialSum = peruDerived.find((r) => r.derived_from?.op === 'sum') ?? null
  const total = need(
    residual.derived_from?.ids.map((id) => byId.get(id)).find((r) => r?.kind === 'total') ?? undefined,
    'the total the residual is computed from',
  )
  const lav = need(
    records.find((r) => r.destination === PERU && r.kind === 'total' && r.quantity !== null && r.id !== total.id),
    'the LAV II record',
  )
  const permit = records.find((r) => r.destination === PERU && r.kind === 'permit') ?? null
  const yearly = peruYearlyExports(records)
  const canada = records.filter((r) => r.destination === CANADA_TOTAL && r.kind === 'context')
  const latam = records.filter((r) => LATIN_AMERICA.includes(r.destination) && r.kind === 'context')
  return { byId, residual, officialSum, total, lav, permit, yearly, canada, latam }
}

type Picked = ReturnType<typeof pickRecords>

function makeT(lang: Lang) {
  return (key: keyof typeof exportsMessages.en, params?: Params) => translate(exportsMessages, lang, key, params)
}

function announce(lang: Lang, label: string, valueText: string | null, statusText: string): string {
  const t = makeT(lang)
  return valueText === null
    ? t('announceNoValue', { label, status: statusText })
    : t('announce', { label, value: valueText, status: statusText })
}

// ---------------------------------------------------------------- 1. exports to Peru by year

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
  const derivedStatus = t('statusDerived')
  const items: ChartItem[] = [
    {
      key: p.residual.id,
      label: residualPeriod,
      value: residualValue,
      status: 'derived',
      records: [p.residual.id, ...(p.residual.derived_from?.ids ?? [])],
      valueText: residualText,
      shortText: `≈ ${formatCADCompact(lang, residualValue)}`,
      statusText: derivedStatus,
      announcement: announce(lang, residualPeriod, residualText, derivedStatus),
      detail: `${t('residualFormula', {
        total: formatCAD(lang, p.total.value_cad ?? 0),
        period: totalPeriod,
        sum: formatCAD(lang, sumOfficial),
        officialPeriod,
      })}. ${t('residualSpan')}`,
      sources: [...p.total.sources.slice(0, 1), ...p.residual.sources.filter((s) => s.url !== p.total.sources[0]?.url)],
    },
  ]
  for (const y of p.yearly) {
    if (y.year <= span.end) continue
    const record = p.byId.get(y.id)!
    const label = String(y.year)
    if (y.value_cad === null) {
      const status = t('statusNoData')
      items.push({
        key: y.id,
        label,
        value: null,
        status: 'nodata',
        records: [y.id],
        valueText: status,
        shortText: t('noFigure'),
        statusText: status,
        announcement: announce(lang, label, null, status),
        detail: record.description[lang],
        sources: record.sources,
      })
    } else {
      const status = t('statusOfficial')
      const valueText = formatCAD(lang, y.value_cad)
      items.push({
        key: y.id,
        label,
        value: y.value_cad,
        status: 'official',
        records: [y.id],
        valueText,
        shortText: formatCADCompact(lang, y.value_cad),
        statusText: status,
        announcement: announce(lang, label, valueText, status),
        detail: publisherList(lang, record.sources),
        sources: record.sources,
      })
    }
  }
  const missing = items.filter((i) => i.status === 'nodata').map((i) => i.label)
  return {
    id: 'yearly',
    lang,
    title: t('yearlyTitle'),
    dek: t('yearlyDek', { officialPeriod, residualPeriod }),
    description: items.map((i) => i.announcement).join('. ') + '.',
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

// ---------------------------------------------------------------- 2. the total and the LAV II

export function lavChart(p: Picked, lang: Lang): ChartSpec {
  const t = makeT(lang)
  const total = p.total.value_cad ?? 0
  const lav = p.lav.value_cad ?? 0
  const count = p.lav.quantity ?? 0
  const period = periodLabel(p.total.period)
  const totalText = formatCAD(lang, total)
  const lavText = formatCAD(lang, lav)
  const share = formatShare(lang, lav / total)
  const reported = t('statusReported')
  const disputed = t('statusDisputed')
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
    {
      key: p.total.id,
      label: totalLabel,
      value: total,
      status: 'reported',
      records: [p.total.id],
      valueText: totalText,
      shortText: formatCADCompact(lang, total),
      statusText: reported,
      announcement: announce(lang, `${totalLabel}, ${period}`, totalText, reported),
      detail: publisherList(lang, p.total.sources),
      sources: p.total.sources,
    },
    {
      key: p.lav.id,
      label: lavLabel,
      value: lav,
      status: 'disputed',
      records: [p.lav.id, p.total.id],
      valueText: lavText,
      shortText: formatCADCompact(lang, lav),
      statusText: `${disputed}; ${t('lavShare', { share })}`,
      announcement: announce(lang, lavLabel, lavText, `${disputed}; ${t('lavShare', { share })}`),
      detail: publisherList(lang, p.lav.sources),
      sources: p.lav.sources,
    },
  ]
  const disputeSources = p.lav.disputes.flatMap((d) => d.sources)
  return {
    id: 'lav',
    lang,
    title: t('lavTitle', { total: totalText }),
    dek: t('lavDek', { period }),
    description: items.map((i) => i.announcement).join('. ') + '.',
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

// ---------------------------------------------------------------- 3a. Peru's share of Canada's reported exports

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
    {
      key: 'canada-sum',
      label: canadaLabel,
      value: canadaSum,
      status: 'context',
      records: used.map((r) => r.id),
      valueText: canadaText,
      shortText: formatCADCompact(lang, canadaSum),
      statusText: derived,
      announcement: announce(lang, `${canadaLabel}, ${period}`, canadaText, derived),
      detail: t('shareCanadaDetail', { period }),
      sources: used.flatMap((r) => r.sources),
    },
    {
      key: 'peru-share',
      label: peruLabel,
      value: peru,
      status: 'derived',
      records: [p.total.id, ...used.map((r) => r.id)],
      valueText: formatShare(lang, share),
      shortText: t('shareOfTotal', { share: formatShare(lang, share) }),
      statusText: derived,
      announcement: announce(lang, `${peruLabel}, ${period}`, formatShare(lang, share), derived),
      detail: t('sharePeruDetail', { total: formatCAD(lang, peru), canada: canadaText }),
      sources: p.total.sources,
    },
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
    description: items.map((i) => i.announcement).join('. ') + '.',
    items,
    notes,
    sources: uniqueSources(lang, items),
    labels: { share: formatShare(lang, share) },
  }
}

// ---------------------------------------------------------------- 3b. other Latin American destinations

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
      const heading = `${year} · ${label}`
      if (!record || record.value_cad === null) {
        const status = t('statusNoneListed')
        items.push({
          key: `region-${year}-${destination.toLowerCase()}`,
          label,
          group: String(year),
          value: null,
          status: 'nodata',
          records: [],
          valueText: status,
          shortText: t('noneListed'),
          statusText: status,
          announcement: announce(lang, heading, null, status),
          detail: '',
          sources: [],
        })
        continue
      }
      const valueText = formatCAD(lang, record.value_cad)
      const status = destination === PERU ? t('statusOfficial') : t('statusContext')
      items.push({
        key: `region-${record.id}`,
        label,
        group: String(year),
        value: record.value_cad,
        status: destination === PERU ? 'official' : 'context',
        records: [record.id],
        valueText,
        shortText: formatCADCompact(lang, record.value_cad),
        statusText: status,
        announcement: announce(lang, heading, valueText, status),
        detail: publisherList(lang, record.sources),
        sources: record.sources,
        highlight: destination === PERU,
      })
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
    description: items.map((i) => i.announcement).join('. ') + '.',
    items,
    notes,
    sources: uniqueSources(lang, [...items, ...outside, ...(contract ? [contract] : [])]),
    labels: { noneListed: t('noneListed') },
  }
}

// ---------------------------------------------------------------- 4. the 2023 permit

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
    {
      key: 'story-period',
      label: protests,
      value: null,
      status: 'period',
      records: [],
      valueText: protestsValue,
      shortText: protests,
      statusText: t('statusPeriod'),
      announcement: `${protests}: ${protestsValue}`,
      detail: '',
      sources: [],
      start: STORY_START,
      end: STORY_END,
    },
    {
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
    },
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

// ---------------------------------------------------------------- the widget

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
