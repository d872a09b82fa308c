import { buildGeoTopology } from '../scripts/lib/geo.ts'
import { feature } from 'topojson-client'
for (const q of [0.8, 0.85, 0.9, 0.93, 0.95]) for (const z of [2000, 3000, 5000]) {
  const s = buildGeoTopology('/work/main', { simplifyQuantile: q, quantization: z })
  const t = JSON.parse(s)
  const fc = feature(t, t.objects.departments) as any
  const cal = fc.features.find((f: any) => f.properties.code === 'PE-CAL')
  console.log(q, z, s.length, fc.features.length, JSON.stringify(cal.geometry).length, t.objects.neighbours.geometries.length)
}
