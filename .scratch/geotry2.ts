import { buildGeoTopology } from '../scripts/lib/geo.ts'
for (const q of [0.02, 0.04, 0.06, 0.1]) for (const z of [1000, 2000, 4000]) {
  const s = buildGeoTopology('/work/main', { simplifyQuantile: q, quantization: z })
  const t = JSON.parse(s)
  const pts = t.arcs.reduce((n: number, a: unknown[]) => n + a.length, 0)
  console.log(q, z, s.length, pts, t.arcs.length)
}
