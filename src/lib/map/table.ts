/** The map's numbers as table rows: one row per department with deaths, a column per shown category, totals. */
import type { Tally } from '../data/derive.ts'
import { departmentName, type DepartmentNames } from '../data/derive.ts'
import type { Category } from '../data/types.ts'
import type { Lang } from '../i18n/index.ts'
import type { MapCounts } from './model.ts'

export interface DepartmentRow {
  code: string
  name: string
  tally: Tally
}

/** Departments with at least one death in the current view, most deaths first (then by name). */
export function departmentRows(lang: Lang, counts: MapCounts, names: DepartmentNames): DepartmentRow[] {
  return counts.ranked
    .map(({ code, tally }) => ({ code, name: departmentName(code, lang, names), tally }))
    .sort((a, b) => b.tally.total - a.tally.total || a.name.localeCompare(b.name, lang))
}

/** Column totals computed from the rows themselves, so the footer always adds up to what the table shows. */
export function columnTotals(rows: readonly DepartmentRow[], categories: readonly Category[]): Tally {
  const byCategory: Record<Category, number> = { clash: 0, blockade: 0, police: 0, soldier: 0, other: 0 }
  let total = 0
  for (const row of rows) {
    total += row.tally.total
    for (const c of categories) byCategory[c] += row.tally.byCategory[c]
  }
  return { total, byCategory }
}
