import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { inside, overlaps, placeLabels, textWidth, type LabelRequest } from '../../../src/lib/map/labels.ts'
import { VIEWBOX, mapGeometry, projectPoint } from '../../../src/lib/map/geo.ts'
import { deathsByPlace } from '../../../src/lib/data/derive.ts'
import { MAIN_PLACES } from '../../../src/lib/map/describe.ts'
import { symbolRadius } from '../../../src/lib/map/scales.ts'
import { deaths, geo } from './fixtures.ts'

function noOverlaps(placed: ReturnType<typeof placeLabels>, width: number, height: number) {
  for (const [i, a] of placed.entries()) {
    expect(inside(a.box, width, height)).toBe(true)
    for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} × ${b.id}`).toBe(false)
  }
}

describe('placeLabels', () => {
  it('prefers the right of the point, and moves when that would overlap or leave the box', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'Alpha', x: 50, y: 50, r: 5 },
        { id: 'b', text: 'Beta', x: 58, y: 50, r: 5 },
        { id: 'edge', text: 'Edge', x: 195, y: 100, r: 3 },
      ],
      { width: 200, height: 200, fontSize: 10 },
    )
    expect(placed.find((p) => p.id === 'a')?.position).toBe('e')
    expect(placed.find((p) => p.id === 'b')?.position).not.toBe('e')
    expect(placed.find((p) => p.id === 'edge')?.position).toBe('w')
    noOverlaps(placed, 200, 200)
  })

  it('never overlaps and never leaves the box, whatever the points (property)', () => {
    const point = fc.record({
      x: fc.double({ min: 0, max: 300, noNaN: true }),
      y: fc.double({ min: 0, max: 300, noNaN: true }),
      r: fc.double({ min: 0, max: 20, noNaN: true }),
      text: fc.string({ minLength: 1, maxLength: 14 }),
    })
    fc.assert(
      fc.property(fc.array(point, { maxLength: 25 }), fc.double({ min: 6, max: 24, noNaN: true }), (points, size) => {
        const requests: LabelRequest[] = points.map((p, i) => ({ ...p, id: String(i) }))
        noOverlaps(placeLabels(requests, { width: 300, height: 300, fontSize: size }), 300, 300)
      }),
    )
  })

  it('places all eight main labels on the real map, at phone and desktop font sizes', () => {
    const g = mapGeometry(geo)
    const places = deathsByPlace(deaths.records, { official: 'defensoria' })
    const requests = MAIN_PLACES.map(({ key, label }) => {
      const bin = places.find((p) => p.place_key === key)!
      const [x, y] = projectPoint(g.projection, bin.longitude, bin.latitude)!
      return { id: key, text: label, x, y, r: symbolRadius(bin.total) }
    })
    const obstacles = places.map((p) => {
      const [x, y] = projectPoint(g.projection, p.longitude, p.latitude)!
      return { x, y, r: symbolRadius(p.total) }
    })
    // 12 px labels on a 320 px wide map are 22.5 units; on a 560 px map, 13 units.
    for (const fontSize of [13, 18, 22.5]) {
      const placed = placeLabels(requests, { ...VIEWBOX, fontSize, obstacles })
      expect(placed.map((p) => p.id).sort(), `font ${fontSize}`).toEqual(MAIN_PLACES.map((p) => p.key).sort())
      noOverlaps(placed, VIEWBOX.width, VIEWBOX.height)
    }
    expect(textWidth('Juliaca', 10)).toBeGreaterThan(30)
  })
})
