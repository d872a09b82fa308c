/** The records the exports widget is built on, found by meaning, and the one rule about adding them up. */
import type { ExportRecord, ExportsDataset, Lang } from '../data/types.ts'
import { peruYearlyExports } from '../data/derive.ts'
import { destinationNames } from './messages.ts'

/** Canada's non-US total: the destination string the dataset uses for it. */
export const CANADA_TOTAL = 'All destinations excl. United States'

/** Destinations shown as "other Latin American destinations". */
export const LATIN_AMERICA = ['Mexico', 'Colombia', 'Guatemala', 'Honduras', 'Chile', 'Brazil', 'Argentina', 'Ecuador']

/**
 * Where a year's Canadian total has conflicting revisions, the one we chart: the figure as first reported in the
 * GAC annual report. The other is named in a note. Editorial choice, kept in one place.
 */
export const PREFERRED_REVISIONS = ['ae-canada-2019-first-reported', 'ae-canada-2022-ploughshares-2023']

export const PERU = 'Peru'

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

export type Picked = ReturnType<typeof pickRecords>
