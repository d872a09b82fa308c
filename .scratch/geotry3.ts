import { buildGeoTopology } from '../scripts/lib/geo.ts'
import { feature } from 'topojson-client'
import { geoArea, geoPath, geoMercator } from 'd3-geo'
import { writeFileSync } from 'node:fs'
const s = buildGeoTopology('/work/main')
console.log(s.length, s === buildGeoTopology('/work/main'))
const t = JSON.parse(s)
const fc = feature(t, t.objects.departments) as any
for (const f of fc.features) console.log(f.properties.code, f.properties.name_en, f.geometry.type, geoArea(f).toExponential(2))
const nb = feature(t, t.objects.neighbours) as any
const proj = geoMercator().fitSize([600, 800], fc)
const p = geoPath(proj)
writeFileSync('.scratch/map.svg', `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><rect width="600" height="800" fill="white"/>${nb.features.map((f: any) => `<path d="${p(f)}" fill="#eee" stroke="#999"/>`).join('')}${fc.features.map((f: any) => `<path d="${p(f)}" fill="${f.properties.code==='PE-CAL'?'red':f.properties.code==='PE-LIM'?'orange':'#cde'}" stroke="#333" stroke-width="0.5"/>`).join('')}</svg>`)
