/**
 * The research's reference figures for the deaths (data/sources/reference-totals.json, with their sources), as the
 * tests compare the data with them: the same file the data check reads.
 */
import type { Category } from '../../src/lib/data/types.ts'
import reference from '../../data/sources/reference-totals.json' with { type: 'json' }

/** Table (c): deaths per department and category (departments with none are not listed). */
export const TABLE_C: Readonly<Record<string, Record<Category, number>>> = reference.deaths.byDepartment.figures

/** Per department of table (c), the deaths in the Defensoría's count: its four categories, `other` left out. */
export const OFFICIAL_BY_DEPARTMENT: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(TABLE_C).map(([code, c]) => [code, c.clash + c.blockade + c.police + c.soldier]),
)

/** Per department of table (c), every reported death, the 14 outside the Defensoría's count included. */
export const ALL_BY_DEPARTMENT: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(TABLE_C).map(([code, c]) => [code, c.clash + c.blockade + c.police + c.soldier + c.other]),
)
