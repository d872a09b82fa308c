/** The map's circles: one per place, in the map's viewBox units. Pure, so it runs the same on the server. */
import type { PlaceBin } from '../data/derive.ts'
import { projectPoint, type PlanarProjection } from './geo.ts'
import { symbolRadius } from './scales.ts'

export interface PlaceSymbol {
  bin: PlaceBin
  x: number
  y: number
  r: number
}

/** A circle per place that projects inside the map, in the order of `places` (largest first keeps small ones on top). */
export function placeSymbols(places: readonly PlaceBin[], projection: PlanarProjection): PlaceSymbol[] {
  const out: PlaceSymbol[] = []
  for (const bin of places) {
    const p = projectPoint(projection, bin.longitude, bin.latitude)
    if (p) out.push({ bin, x: p[0], y: p[1], r: symbolRadius(bin.total) })
  }
  return out
}
