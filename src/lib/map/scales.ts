/**
 * Scales of the map: the choropleth classes for deaths per department and the symbol sizes for deaths per place.
 * Fixed domains (not the current filter's maximum), so a colour or a circle means the same count in every view.
 */
import { bisectRight } from 'd3-array'
import type { Category } from '../data/types.ts'

/**
 * Class breaks for deaths per department: 1–2, 3–5, 6–9, 10–19, 20 or more. Chosen for these counts (official:
 * 29, 10, 7, 6, 5, 5, 3, 1, 1): the deadliest department stands alone, Ayacucho's 10 is its own class, and
 * single deaths stay distinct from the clusters of 3–9.
 */
export const DEATH_THRESHOLDS = [3, 6, 10, 20] as const
export const SEQ_STEPS = 5

export type ChoroplethClass = 'nodata' | 'zero' | 1 | 2 | 3 | 4 | 5

/** A threshold scale: the class is 1 + the number of breaks at or below the count. */
const stepOf = (deaths: number) => (bisectRight(DEATH_THRESHOLDS, deaths) + 1) as 1 | 2 | 3 | 4 | 5

/** undefined = no data for this department; 0 = no deaths, which is data and looks different. */
export function choroplethClass(deaths: number | undefined): ChoroplethClass {
  if (deaths === undefined || !Number.isFinite(deaths)) return 'nodata'
  if (deaths <= 0) return 'zero'
  return stepOf(deaths)
}

export function classFill(cls: ChoroplethClass): string {
  if (cls === 'nodata') return 'var(--pp-nodata)'
  if (cls === 'zero') return 'var(--pp-zero)'
  return `var(--pp-seq-${cls})`
}

/** The legend's classes: first and last count of each step (last is null for the open top class). */
export function choroplethSteps(): { cls: 1 | 2 | 3 | 4 | 5; from: number; to: number | null }[] {
  const bounds = [1, ...DEATH_THRESHOLDS]
  return bounds.map((from, i) => {
    const next = bounds[i + 1]
    return { cls: (i + 1) as 1 | 2 | 3 | 4 | 5, from, to: next === undefined ? null : next - 1 }
  })
}

/** Circle area ∝ deaths: sqrt scale over a fixed domain. 20 deaths ≈ Juliaca's 19 plus room. */
export const SYMBOL_DOMAIN_MAX = 20
export const SYMBOL_MAX_RADIUS = 24
/**
 * Radius for a count: a square-root scale from 0 (area 0) through SYMBOL_DOMAIN_MAX (the largest radius), not
 * clamped. Written out rather than d3's scaleSqrt, whose interpolators and tick formats would cost the embed ~10 KB.
 */
export function symbolRadius(deaths: number): number {
  return deaths <= 0 ? 0 : SYMBOL_MAX_RADIUS * Math.sqrt(deaths / SYMBOL_DOMAIN_MAX)
}

/** Counts shown in the size legend. */
export const SYMBOL_LEGEND = [1, 5, 20] as const

export function categoryColour(category: Category): string {
  return `var(--pp-cat-${category})`
}

export interface Ring {
  category: Category
  /** radius of the circle that covers this category and every one before it in the order */
  r: number
}

/**
 * Concentric rings for a place with several categories: the area between two rings is proportional to one
 * category's deaths, and the outer circle's area to the total. Returned outermost first (the drawing order).
 */
export function rings(byCategory: Record<Category, number>, order: readonly Category[]): Ring[] {
  const out: Ring[] = []
  let cumulative = 0
  for (const category of order) {
    const n = byCategory[category]
    if (n <= 0) continue
    cumulative += n
    out.push({ category, r: Math.round(symbolRadius(cumulative) * 100) / 100 })
  }
  return out.reverse()
}
