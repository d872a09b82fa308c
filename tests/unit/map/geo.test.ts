import { describe, expect, it } from 'vitest'
import { MAP_PADDING, VIEWBOX, mapGeometry, projectPoint } from '../../../src/lib/map/geo.ts'
import { geo, deaths } from './fixtures.ts'

describe('mapGeometry', () => {
  const g = mapGeometry(geo)

  it('draws every department, fitted inside the viewBox with its padding', () => {
    expect(g.departments).toHaveLength(25)
    const x0 = Math.min(...g.departments.map((d) => d.bounds[0][0]))
    const y0 = Math.min(...g.departments.map((d) => d.bounds[0][1]))
    const x1 = Math.max(...g.departments.map((d) => d.bounds[1][0]))
    const y1 = Math.max(...g.departments.map((d) => d.bounds[1][1]))
    expect(x0).toBeGreaterThanOrEqual(MAP_PADDING - 0.5)
    expect(y0).toBeGreaterThanOrEqual(MAP_PADDING - 0.5)
    expect(x1).toBeLessThanOrEqual(VIEWBOX.width - MAP_PADDING + 0.5)
    expect(y1).toBeLessThanOrEqual(VIEWBOX.height - MAP_PADDING + 0.5)
    // Peru is taller than wide: the fit touches the top and bottom padding.
    expect(y0).toBeCloseTo(MAP_PADDING, 0)
    expect(y1).toBeCloseTo(VIEWBOX.height - MAP_PADDING, 0)
    for (const d of g.departments) {
      expect(d.d).toMatch(/^M[\d.,-]+/)
      expect(d.centroid.every(Number.isFinite)).toBe(true)
    }
    expect(g.borders.length).toBeGreaterThan(100)
    expect(g.outline.length).toBeGreaterThan(100)
  })

  it('puts the north at the top and the west at the left', () => {
    const at = (code: string) => g.departments.find((d) => d.code === code)!.centroid
    expect(at('PE-TUM')[1]).toBeLessThan(at('PE-TAC')[1])
    expect(at('PE-LIM')[0]).toBeLessThan(at('PE-MDD')[0])
  })

  it('projects every place of death inside the viewBox', () => {
    for (const r of deaths.records) {
      const p = projectPoint(g.projection, r.longitude, r.latitude)
      expect(p).not.toBeNull()
      expect(p![0]).toBeGreaterThan(0)
      expect(p![0]).toBeLessThan(VIEWBOX.width)
      expect(p![1]).toBeGreaterThan(0)
      expect(p![1]).toBeLessThan(VIEWBOX.height)
    }
  })

  it('draws a locator of South America with Peru in it', () => {
    expect(g.locator).not.toBeNull()
    expect(g.locator!.peru.length).toBeGreaterThan(20)
    expect(g.locator!.countries.length).toBeGreaterThan(100)
  })

  it('is deterministic (server and browser markup match)', () => {
    expect(mapGeometry(geo).departments).toEqual(g.departments)
  })
})
