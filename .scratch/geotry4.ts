import { buildGeoTopology } from '../scripts/lib/geo.ts'
import { feature } from 'topojson-client'
import { geoArea, geoContains } from 'd3-geo'
const t = JSON.parse(buildGeoTopology('/work/main'))
for (const obj of ['departments', 'neighbours']) {
  const fc = feature(t, t.objects[obj]) as any
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    const bad = polys.flat().filter((r: any) => r.length < 4).length
    if (bad || geoArea(f) > 1) console.log(obj, JSON.stringify(f.properties), 'degenerate rings', bad, geoArea(f))
  }
}
const fc = feature(t, t.objects.departments) as any
const test: [string, number, number][] = [['PE-PUN', -70.13333, -15.5], ['PE-LIM', -77.02824, -12.04318], ['PE-CUS', -71.96734, -13.52264], ['PE-AYA', -74.22321, -13.15878], ['PE-LAL', -78.67917, -8.54306], ['PE-APU', -73.38722, -13.65556]]
for (const [code, lon, lat] of test) console.log(code, fc.features.filter((f: any) => geoContains(f, [lon, lat])).map((f: any) => f.properties.code))
