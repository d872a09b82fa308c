/**
 * Pure derived views of the datasets (no DOM, no fetching). Widgets and tests call these; they never re-count
 * by hand.
 *
 * Dates with month precision (YYYY-MM, e.g. the December Cusco blockade deaths) are handled explicitly:
 * - in ranges (filter.range) a month-precision date counts only when the range covers all of that month's days
 *   inside the story window (7 Dec 2022 – 31 May 2023), so a full-period view includes them and a narrower
 *   view never guesses a day for them;
 * - in day bins (deathsByDay) they are never put on a day: they are returned in `monthPrecision` so a chart
 *   can show them separately. Nothing is silently dropped: every matching record is in exactly one of
 *   `days`, `monthPrecision` or `outside`.
 *
 * Over 300 lines, as it stays: the one module of derived views every widget and test counts with, in short sections.
 */
import type {
  Category,
  DeathRecord,
  DepartmentProperties,
  DepartmentsTopology,
  ExportKind,
  ExportRecord,
  Lang,
  Localized,
  TimelineCategory,
  TimelineEvent,
} from './types.ts'
import { CATEGORIES } from './types.ts'

export { CATEGORIES }

/** The story window: first day of the crisis to the end of May 2023. */
export const STORY_START = '2022-12-07'
export const STORY_END = '2023-05-31'

export interface DateRange {
  /** ISO dates, inclusive */
  start: string
  end: string
}

export type DateField = 'death' | 'incident'

export interface DeathFilter {
  categories?: Category[]
  /** 'defensoria' keeps the 67 in the Defensoría's count (counted_by_defensoria yes or inferred) */
  official?: 'defensoria' | 'all'
  range?: DateRange
  /** which date `range` applies to; default 'incident' */
  dateField?: DateField
  department?: string
}

export type CategoryCounts = Record<Category, number>

export interface Tally {
  total: number
  byCategory: CategoryCounts
}

export function emptyCounts(): CategoryCounts {
  return { clash: 0, blockade: 0, police: 0, soldier: 0, other: 0 }
}

function emptyTally(): Tally {
  return { total: 0, byCategory: emptyCounts() }
}

function add(t: Tally, c: Category): void {
  t.total += 1
  t.byCategory[c] += 1
}

export function dateOf(r: DeathRecord, field: DateField): { date: string; precision: 'day' | 'month' } {
  return field === 'death'
    ? { date: r.death_date, precision: r.death_date_precision }
    : { date: r.incident_date, precision: r.incident_date_precision }
}

function daysInMonth(month: string): number {
  const [y = 0, m = 0] = month.split('-').map(Number)
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** First and last day a date can stand for, clipped to the story window for month-precision dates. */
export function dateSpan(date: string, precision: 'day' | 'month'): DateRange {
  if (precision === 'day') return { start: date, end: date }
  const month = date.slice(0, 7)
  const first = `${month}-01`
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`
  return {
    start: first < STORY_START && last >= STORY_START ? STORY_START : first,
    end: last > STORY_END && first <= STORY_END ? STORY_END : last,
  }
}

export function inRange(date: string, precision: 'day' | 'month', range: DateRange): boolean {
  const span = dateSpan(date, precision)
  return span.start >= range.start && span.end <= range.end
}

export function isOfficial(r: DeathRecord): boolean {
  return r.counted_by_defensoria !== 'no'
}

export function filterDeaths(records: readonly DeathRecord[], filter: DeathFilter = {}): DeathRecord[] {
  const field = filter.dateField ?? 'incident'
  return records.filter((r) => {
    if (filter.categories && !filter.categories.includes(r.category)) return false
    if (filter.official === 'defensoria' && !isOfficial(r)) return false
    if (filter.department && r.department_code !== filter.department) return false
    if (filter.range) {
      const d = dateOf(r, field)
      if (!inRange(d.date, d.precision, filter.range)) return false
    }
    return true
  })
}

/** Per department code: total and per category. Departments with no matching record are absent (read as 0). */
export function deathsByDepartment(records: readonly DeathRecord[], filter: DeathFilter = {}): Record<string, Tally> {
  const out: Record<string, Tally> = {}
  for (const r of filterDeaths(records, filter)) add((out[r.department_code] ??= emptyTally()), r.category)
  return out
}

export interface DayBin extends Tally {
  date: string
}

export interface MonthBin extends Tally {
  month: string
  ids: string[]
}

export interface DeathsByDay {
  dateField: DateField
  /** one entry per calendar day from STORY_START to STORY_END, zeros included */
  days: DayBin[]
  /** records whose date (for dateField) is known only to the month */
  monthPrecision: MonthBin[]
  /** records dated outside the story window (none in 1.0.0; kept so nothing vanishes) */
  outside: { id: string; date: string }[]
}

export function calendarDays(start: string, end: string): string[] {
  const out: string[] = []
  const d = new Date(`${start}T00:00:00Z`)
  const last = new Date(`${end}T00:00:00Z`)
  while (d <= last) {
    out.push(d.toISOString().slice(0, 10))
    d.setUTCDate(d.getUTCDate() + 1)
  }
  return out
}

export function deathsByDay(
  records: readonly DeathRecord[],
  opts: { dateField?: DateField; filter?: Omit<DeathFilter, 'dateField'> } = {},
): DeathsByDay {
  const dateField = opts.dateField ?? 'incident'
  const days = calendarDays(STORY_START, STORY_END).map((date): DayBin => ({ date, ...emptyTally() }))
  const index = new Map(days.map((d, i) => [d.date, i]))
  const months = new Map<string, MonthBin>()
  const outside: { id: string; date: string }[] = []
  for (const r of filterDeaths(records, { ...opts.filter, dateField })) {
    const { date, precision } = dateOf(r, dateField)
    if (precision === 'month') {
      const bin = months.get(date) ?? { month: date, ids: [], ...emptyTally() }
      add(bin, r.category)
      bin.ids.push(r.id)
      months.set(date, bin)
      continue
    }
    const i = index.get(date)
    const day = i === undefined ? undefined : days[i]
    if (day) add(day, r.category)
    else outside.push({ id: r.id, date })
  }
  const monthPrecision = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1))
  return { dateField, days, monthPrecision, outside }
}

/** Running totals over day bins (per category too). Month-precision records are not in day bins; add them yourself. */
export function cumulative(byDay: readonly DayBin[] | DeathsByDay): DayBin[] {
  const days = Array.isArray(byDay) ? byDay : (byDay as DeathsByDay).days
  const running = emptyTally()
  return days.map((d) => {
    running.total += d.total
    for (const c of CATEGORIES) running.byCategory[c] += d.byCategory[c]
    return { date: d.date, total: running.total, byCategory: { ...running.byCategory } }
  })
}

export interface PlaceBin extends Tally {
  place_key: string
  department_code: string
  latitude: number
  longitude: number
  coords_precision: DeathRecord['coords_precision']
  /** the place labels of the records at this point */
  places: string[]
  ids: string[]
}

/** Map symbols: one bin per coordinate source (place_key), sorted by total, largest first. */
export function deathsByPlace(records: readonly DeathRecord[], filter: DeathFilter = {}): PlaceBin[] {
  const bins = new Map<string, PlaceBin>()
  for (const r of filterDeaths(records, filter)) {
    let bin = bins.get(r.place_key)
    if (!bin) {
      bin = {
        place_key: r.place_key,
        department_code: r.department_code,
        latitude: r.latitude,
        longitude: r.longitude,
        coords_precision: r.coords_precision,
        places: [],
        ids: [],
        ...emptyTally(),
      }
      bins.set(r.place_key, bin)
    }
    add(bin, r.category)
    bin.ids.push(r.id)
    if (!bin.places.includes(r.place)) bin.places.push(r.place)
  }
  return [...bins.values()].sort((a, b) => b.total - a.total || (a.place_key < b.place_key ? -1 : 1))
}

export interface SummaryTotals {
  /** the Defensoría's count: clash + blockade + police + soldier (67 in 1.0.0) */
  defensoria: { total: number; clash: number; blockade: number; police: number; soldier: number }
  /** deaths reported outside the Defensoría's count (14 in 1.0.0) */
  other: number
  /** every record (81 in 1.0.0) */
  all: number
  /** records whose place in the count rests on inference (counted_by_defensoria 'inferred') */
  inferred: number
}

export function summaryTotals(records: readonly DeathRecord[]): SummaryTotals {
  const d = { total: 0, clash: 0, blockade: 0, police: 0, soldier: 0 }
  let other = 0
  let inferred = 0
  for (const r of records) {
    if (r.counted_by_defensoria === 'inferred') inferred += 1
    if (!isOfficial(r)) {
      other += 1
      continue
    }
    d.total += 1
    if (r.category !== 'other') d[r.category] += 1
  }
  return { defensoria: d, other, all: records.length, inferred }
}

// ---------------------------------------------------------------- exports

export function periodYears(period: string): { start: number; end: number } {
  const [a = '0', b] = period.split('-')
  return { start: Number(a), end: Number(b ?? a) }
}

/** Records of one kind (or all), for one destination (default Peru), sorted by period start then length. */
export function exportsByPeriod(
  records: readonly ExportRecord[],
  kind?: ExportKind,
  destination: string | null = 'Peru',
): ExportRecord[] {
  return records
    .filter((r) => (kind ? r.kind === kind : true) && (destination === null || r.destination === destination))
    .sort((a, b) => {
      const pa = periodYears(a.period)
      const pb = periodYears(b.period)
      return pa.start - pb.start || pa.end - pb.end || (a.id < b.id ? -1 : 1)
    })
}

/** Peru's yearly export series: every year present, null where no figure was published (never 0). */
export function peruYearlyExports(
  records: readonly ExportRecord[],
): { year: number; value_cad: number | null; id: string }[] {
  return exportsByPeriod(records, 'export')
    .filter((r) => !r.period.includes('-'))
    .map((r) => ({ year: Number(r.period), value_cad: r.value_cad, id: r.id }))
}

// ---------------------------------------------------------------- timeline

/** Events in an inclusive date range (optionally some categories), sorted by date then id. */
export function timelineInRange(
  events: readonly TimelineEvent[],
  range: DateRange,
  categories?: readonly TimelineCategory[],
): TimelineEvent[] {
  return events
    .filter((e) => (categories ? categories.includes(e.category) : true))
    .filter((e) => {
      const span = dateSpan(e.date, e.date_precision)
      return span.start <= range.end && span.end >= range.start
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
}

/** Timeline deaths per date (the timeline counts people on their date of death). */
export function timelineDeathsByDate(events: readonly TimelineEvent[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const e of events) if (e.deaths !== null) out[e.date] = (out[e.date] ?? 0) + e.deaths
  return out
}

// ---------------------------------------------------------------- departments

export type DepartmentNames = Record<string, Localized>

export function departmentNames(topology: DepartmentsTopology): DepartmentNames {
  const out: DepartmentNames = {}
  for (const g of topology.objects.departments.geometries) {
    // topojson-specification types properties as `P | {}`; the schema guarantees all four fields.
    const p = g.properties as Partial<DepartmentProperties> | undefined
    if (p?.code && p.name_en && p.name_es && p.name_fr) out[p.code] = { en: p.name_en, es: p.name_es, fr: p.name_fr }
  }
  return out
}

/** Department name in a language; falls back to the code so a missing name is visible, not blank. */
export function departmentName(code: string, lang: Lang, names: DepartmentNames): string {
  return names[code]?.[lang] ?? code
}
