/**
 * What the map counts, as pure functions of the records and the filters: tallies per department (every department,
 * zeros included), symbols per place, the incidents of one department, and what a period leaves out.
 */
import {
  dateOf,
  dateSpan,
  deathsByDepartment,
  deathsByPlace,
  emptyCounts,
  filterDeaths,
  isOfficial,
  type DateField,
  type DeathFilter,
  type PlaceBin,
  type Tally,
} from '../data/derive.ts'
import type { Category, DeathRecord, Source } from '../data/types.ts'
import type { Period } from '../state/selection.svelte.ts'

/** The four categories of the Defensoría del Pueblo's count of 67, in the order the map stacks them. */
export const OFFICIAL_CATEGORIES = ['clash', 'blockade', 'police', 'soldier'] as const satisfies readonly Category[]
export type OfficialCategory = (typeof OFFICIAL_CATEGORIES)[number]
/** Stacking and legend order: the official categories, then the other reported deaths. */
export const CATEGORY_ORDER: readonly Category[] = [...OFFICIAL_CATEGORIES, 'other']

export interface MapFilter {
  /** Which official categories to show (default: all four, the Defensoría's count). */
  categories: readonly OfficialCategory[]
  /** Add the deaths reported outside the Defensoría's count (category `other`). */
  includeOther: boolean
  /** Inclusive ISO dates, or null for the whole story. */
  period: Period | null
  /** Which date the period applies to; the map uses the date of death by default. */
  dateField: DateField
}

export const DEFAULT_FILTER: MapFilter = {
  categories: OFFICIAL_CATEGORIES,
  includeOther: false,
  period: null,
  dateField: 'death',
}

/** The categories a filter shows, in stacking order. */
export function shownCategories(filter: MapFilter): Category[] {
  const official = OFFICIAL_CATEGORIES.filter((c) => filter.categories.includes(c))
  return filter.includeOther ? [...official, 'other'] : official
}

export function toDeathFilter(filter: MapFilter): DeathFilter {
  return {
    categories: shownCategories(filter),
    official: filter.includeOther ? 'all' : 'defensoria',
    range: filter.period ?? undefined,
    dateField: filter.dateField,
  }
}

function zeroTally(): Tally {
  return { total: 0, byCategory: emptyCounts() }
}

export interface MapCounts {
  /** Every department code given, with a tally (zeros included). */
  byDepartment: Record<string, Tally>
  /** Symbols, largest first. */
  places: PlaceBin[]
  total: Tally
  /** Departments with at least one death, most deaths first (ties by code). */
  ranked: { code: string; tally: Tally }[]
}

export function mapCounts(records: readonly DeathRecord[], codes: readonly string[], filter: MapFilter): MapCounts {
  const deathFilter = toDeathFilter(filter)
  const counted = deathsByDepartment(records, deathFilter)
  const byDepartment: Record<string, Tally> = {}
  for (const code of codes) byDepartment[code] = counted[code] ?? zeroTally()
  // A record in a department the map does not draw must still be counted, never silently dropped.
  for (const code of Object.keys(counted)) byDepartment[code] ??= counted[code] ?? zeroTally()
  const total = zeroTally()
  for (const tally of Object.values(byDepartment)) {
    total.total += tally.total
    for (const c of CATEGORY_ORDER) total.byCategory[c] += tally.byCategory[c]
  }
  const ranked = Object.entries(byDepartment)
    .filter(([, t]) => t.total > 0)
    .map(([code, tally]) => ({ code, tally }))
    .sort((a, b) => b.tally.total - a.tally.total || (a.code < b.code ? -1 : 1))
  return { byDepartment, places: deathsByPlace(records, deathFilter), total, ranked }
}

/** Other reported deaths (outside the official count) per department that the current filter hides. */
export function hiddenOthers(records: readonly DeathRecord[], filter: MapFilter): Record<string, number> {
  if (filter.includeOther) return {}
  const out: Record<string, number> = {}
  const others = filterDeaths(records, { range: filter.period ?? undefined, dateField: filter.dateField }).filter(
    (r) => !isOfficial(r),
  )
  for (const r of others) out[r.department_code] = (out[r.department_code] ?? 0) + 1
  return out
}

/**
 * Records that match every filter but the period, and that the period leaves out only because their date is known
 * to the month alone (the period covers part of that month). The map says how many, so nothing vanishes silently.
 */
export function monthOnlyLeftOut(records: readonly DeathRecord[], filter: MapFilter): DeathRecord[] {
  const period = filter.period
  if (!period) return []
  const { range: _range, ...rest } = toDeathFilter(filter)
  return filterDeaths(records, rest).filter((r) => {
    const { date, precision } = dateOf(r, filter.dateField)
    if (precision !== 'month') return false
    const span = dateSpan(date, precision)
    const overlaps = span.start <= period.end && span.end >= period.start
    const inside = span.start >= period.start && span.end <= period.end
    return overlaps && !inside
  })
}

export interface Person {
  id: string
  /** the published name or initials, as text; null when the sources do not name the person */
  name: string | null
  category: Category
  /** set when the person died on a later day than the incident */
  deathDate: string | null
  deathDatePrecision: DeathRecord['death_date_precision']
}

export interface Incident {
  id: string
  /** when the fatal incident happened (may be month-only) */
  date: string
  precision: DeathRecord['incident_date_precision']
  place: string
  /** the map symbol the incident belongs to */
  place_key: string
  department_code: string
  tally: Tally
  people: Person[]
  /** unique by URL, in the order the records cite them */
  sources: Source[]
}

/** The incidents behind a set of records (e.g. one department's), oldest first. */
export function incidentsOf(records: readonly DeathRecord[]): Incident[] {
  const byId = new Map<string, Incident>()
  for (const r of records) {
    let incident = byId.get(r.incident_id)
    if (!incident) {
      incident = {
        id: r.incident_id,
        date: r.incident_date,
        precision: r.incident_date_precision,
        place: r.place,
        place_key: r.place_key,
        department_code: r.department_code,
        tally: zeroTally(),
        people: [],
        sources: [],
      }
      byId.set(r.incident_id, incident)
    }
    incident.tally.total += 1
    incident.tally.byCategory[r.category] += 1
    // Initials are what the sources published; uncorroborated or unknown names are not shown.
    const named = r.name_status === 'published' || r.name_status === 'initials'
    incident.people.push({
      id: r.id,
      name: named ? r.name : null,
      category: r.category,
      deathDate: r.death_date !== r.incident_date ? r.death_date : null,
      deathDatePrecision: r.death_date_precision,
    })
    for (const s of r.sources) if (!incident.sources.some((x) => x.url === s.url)) incident.sources.push(s)
  }
  return [...byId.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
}

/** The records behind the map for one department under the current filter. */
export function departmentRecords(records: readonly DeathRecord[], code: string, filter: MapFilter): DeathRecord[] {
  return filterDeaths(records, { ...toDeathFilter(filter), department: code })
}

/** The records behind one place symbol under the current filter. */
export function placeRecords(records: readonly DeathRecord[], placeKey: string, filter: MapFilter): DeathRecord[] {
  return filterDeaths(records, toDeathFilter(filter)).filter((r) => r.place_key === placeKey)
}
