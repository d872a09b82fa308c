/**
 * Deaths per day for the timeline, built on derive.ts (never re-counted by hand): the day bins, the deaths known
 * only to the month (kept apart, never put on a guessed day), the places of each day, a department's share of each
 * day (for the map's highlight), the stacked segments of each bar and the running total.
 */
import {
  STORY_END,
  deathsByDay,
  emptyCounts,
  filterDeaths,
  type CategoryCounts,
  type DateField,
  type DateRange,
  type MonthBin,
} from '../data/derive.ts'
import type { Category, DeathRecord } from '../data/types.ts'

/** The Defensoría's count (67 in 1.0.0), in stacking order from the baseline up. */
export const OFFICIAL_CATEGORIES: readonly Category[] = ['clash', 'blockade', 'police', 'soldier']
/** Reported deaths outside that count sit on top, and only when the reader asks for them. */
export const ALL_CATEGORIES: readonly Category[] = [...OFFICIAL_CATEGORIES, 'other']

export interface BinOptions {
  dateField: DateField
  /** Include the deaths reported outside the Defensoría's count (category `other`). */
  includeOther: boolean
  /** A department (ISO code) whose share of each day is highlighted, or null. */
  department?: string | null
}

export interface DayColumn {
  date: string
  /** position in the story window, 0 = 7 Dec 2022 */
  index: number
  total: number
  byCategory: CategoryCounts
  /** The highlighted department's part of this day (null when no department is highlighted). */
  focus: CategoryCounts | null
  focusTotal: number
  /** Place names of the deaths that day (place_key, in order of first appearance). */
  places: string[]
  /** Department codes of the deaths that day. */
  departments: string[]
}

export interface TimelineBins {
  dateField: DateField
  categories: readonly Category[]
  days: DayColumn[]
  /** Deaths whose date (for dateField) is known only to the month. */
  months: MonthBin[]
  /** The highlighted department's month-precision deaths. */
  focusMonths: MonthBin[]
  /** Records dated outside the story window (none in 1.0.0). */
  outside: number
  /** Every death shown: day bins + month bins + outside. */
  total: number
  /** The largest day total (the bars' scale). */
  maxDay: number
}

export function categoriesFor(includeOther: boolean): readonly Category[] {
  return includeOther ? ALL_CATEGORIES : OFFICIAL_CATEGORIES
}

function officialFilter(includeOther: boolean) {
  return { official: includeOther ? ('all' as const) : ('defensoria' as const) }
}

export function timelineBins(records: readonly DeathRecord[], options: BinOptions): TimelineBins {
  const { dateField, includeOther } = options
  const department = options.department ?? null
  const filter = officialFilter(includeOther)
  const all = deathsByDay(records, { dateField, filter })
  const focus = department ? deathsByDay(records, { dateField, filter: { ...filter, department } }) : null

  const places = new Map<string, string[]>()
  const departments = new Map<string, string[]>()
  for (const r of filterDeaths(records, { ...filter, dateField })) {
    const date = dateField === 'death' ? r.death_date : r.incident_date
    const list = places.get(date) ?? []
    if (!list.includes(r.place_key)) list.push(r.place_key)
    places.set(date, list)
    const codes = departments.get(date) ?? []
    if (!codes.includes(r.department_code)) codes.push(r.department_code)
    departments.set(date, codes)
  }

  const days = all.days.map((d, index): DayColumn => {
    const f = focus?.days[index]
    return {
      date: d.date,
      index,
      total: d.total,
      byCategory: d.byCategory,
      focus: f ? f.byCategory : null,
      focusTotal: f ? f.total : 0,
      places: places.get(d.date) ?? [],
      departments: departments.get(d.date) ?? [],
    }
  })
  const dayTotal = days.reduce((sum, d) => sum + d.total, 0)
  const monthTotal = all.monthPrecision.reduce((sum, m) => sum + m.total, 0)
  return {
    dateField,
    categories: categoriesFor(includeOther),
    days,
    months: all.monthPrecision,
    focusMonths: focus?.monthPrecision ?? [],
    outside: all.outside.length,
    total: dayTotal + monthTotal + all.outside.length,
    maxDay: Math.max(0, ...days.map((d) => d.total)),
  }
}

export interface Segment {
  category: Category
  /** 'focus' = the highlighted department's deaths; 'rest' = everyone else (dimmed while a department is highlighted) */
  part: 'focus' | 'rest'
  y0: number
  y1: number
}

/** The stacked pieces of one day's bar, bottom up: per category, the highlighted department's part first. */
export function stackDay(day: DayColumn, categories: readonly Category[]): Segment[] {
  const out: Segment[] = []
  let y = 0
  for (const category of categories) {
    const count = day.byCategory[category]
    const focused = day.focus ? day.focus[category] : 0
    if (focused > 0) {
      out.push({ category, part: 'focus', y0: y, y1: y + focused })
      y += focused
    }
    if (count - focused > 0) {
      out.push({ category, part: 'rest', y0: y, y1: y + count - focused })
      y += count - focused
    }
  }
  return out
}

/** Last day of a YYYY-MM month, clipped to the story's end. */
function monthEnd(month: string): string {
  const [y = 0, m = 0] = month.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
  return last > STORY_END ? STORY_END : last
}

/**
 * Running total per day. Deaths known only to the month are added on the last day of their month (by then they
 * had certainly happened), so the line ends at the full count instead of silently leaving them out.
 */
export function runningTotal(bins: TimelineBins): number[] {
  const monthly = new Map<string, number>()
  for (const m of bins.months) monthly.set(monthEnd(m.month), (monthly.get(monthEnd(m.month)) ?? 0) + m.total)
  let sum = 0
  return bins.days.map((d) => (sum += d.total + (monthly.get(d.date) ?? 0)))
}

/** The deadliest day (the first one if several tie), or null when no day has a death. */
export function peakDay(days: readonly DayColumn[]): DayColumn | null {
  let best: DayColumn | null = null
  for (const d of days) if (d.total > 0 && (!best || d.total > best.total)) best = d
  return best
}

export function nonZeroDays(days: readonly DayColumn[]): DayColumn[] {
  return days.filter((d) => d.total > 0)
}

/** How many people died at each place on one day (largest first), for the description and tooltips. */
export function placeCounts(
  records: readonly DeathRecord[],
  date: string,
  options: Omit<BinOptions, 'department'>,
): { place: string; department: string; count: number }[] {
  const counts = new Map<string, { place: string; department: string; count: number }>()
  for (const r of filterDeaths(records, { ...officialFilter(options.includeOther), dateField: options.dateField })) {
    if ((options.dateField === 'death' ? r.death_date : r.incident_date) !== date) continue
    const entry = counts.get(r.place_key) ?? { place: r.place_key, department: r.department_code, count: 0 }
    entry.count += 1
    counts.set(r.place_key, entry)
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.place < b.place ? -1 : 1))
}

/**
 * The deaths in a chosen period, with derive.ts's rule for month-precision dates (counted only when the period
 * covers the whole month inside the story window), so the timeline and the map agree.
 */
export function periodTally(
  records: readonly DeathRecord[],
  range: DateRange,
  options: Omit<BinOptions, 'department'>,
): { total: number; byCategory: CategoryCounts } {
  const byCategory = emptyCounts()
  const list = filterDeaths(records, { ...officialFilter(options.includeOther), dateField: options.dateField, range })
  for (const r of list) byCategory[r.category] += 1
  return { total: list.length, byCategory }
}
