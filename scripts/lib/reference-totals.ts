// The research's reference figures (data/sources/reference-totals.json), typed: the deaths must add up to them
// (scripts/lib/check-datasets.ts checks both).
import type { Category } from '../../src/lib/data/types.ts'
import referenceTotals from '../../data/sources/reference-totals.json' with { type: 'json' }

/** Deaths by category, as the research's tables give them per department. */
export type CategoryFigures = Record<Category, number>

/** The research's reference figures, with their sources: data/sources/reference-totals.json. */
export interface ReferenceTotals {
  deaths: {
    totals: {
      figures: {
        clash: number
        blockade: number
        police: number
        soldier: number
        defensoria: number
        other: number
        all: number
      }
      sources: readonly { url: string }[]
    }
    byDepartment: { figures: Record<string, CategoryFigures>; sources: readonly { url: string }[] }
  }
}

export const REFERENCE_TOTALS = referenceTotals as ReferenceTotals

/** Table (c) of the research: per department, the Defensoría's columns and the "other" column. */
export const RESEARCH_TABLE_C: Readonly<Record<string, CategoryFigures>> = REFERENCE_TOTALS.deaths.byDepartment.figures

/** The Defensoría's final count and the rest of the research's headline tie-out. */
export const RESEARCH_TOTALS = REFERENCE_TOTALS.deaths.totals.figures
