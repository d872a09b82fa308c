/**
 * Geometry of the map, computed once per topology (filters never change it): the projection fitted to a fixed
 * viewBox, one SVG path per department, the borders between them, and the small locator of Peru in South America.
 * The SVG scales with CSS width, so the server-rendered markup is already right at any width.
 *
 * The projection is spherical Mercator streamed through d3-geo's geoTransform and drawn by geoPath. d3's
 * geoMercator() would add antimeridian clipping, adaptive resampling and rotation — none of which a country 0–18° S
 * with short border segments needs — and about 5 KB gzipped to the embed (its budget is 45 KB for everything).
 */
import { geoPath, geoTransform, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import type { DepartmentProperties, DepartmentsTopology, NeighbourProperties } from '../data/types.ts'

/** Portrait, like Peru. Units are SVG user units; the graphic is drawn at 100% of its container's width. */
export const VIEWBOX = { width: 600, height: 760 } as const
/** Room kept free around the country, for outlines and labels. */
export const MAP_PADDING = 14

export type DepartmentFeature = Feature<Polygon | MultiPolygon, DepartmentProperties>

export interface DepartmentShape {
  code: string
  /** SVG path data in viewBox units */
  d: string
  /** where the department's label, tooltip and keyboard order anchor (inside its bounds) */
  centroid: [number, number]
  bounds: [[number, number], [number, number]]
}

export interface LocatorGeometry {
  width: number
  height: number
  /** the neighbouring countries, one path */
  countries: string
  /** Peru, highlighted */
  peru: string
}

/** Longitude, latitude in degrees → x, y in viewBox units. */
export type PlanarProjection = (longitude: number, latitude: number) => [number, number]

export interface MapGeometry {
  projection: PlanarProjection
  departments: DepartmentShape[]
  /** inner borders between departments (drawn once, so shared edges are not doubled) */
  borders: string
  /** the country's outline */
  outline: string
  /** null when the topology has no neighbours object */
  locator: LocatorGeometry | null
}

export function departmentFeatures(topology: DepartmentsTopology): DepartmentFeature[] {
  const collection = feature(topology, topology.objects.departments) as FeatureCollection<
    Polygon | MultiPolygon,
    DepartmentProperties
  >
  return collection.features
}

/** Spherical Mercator, unit sphere, y pointing down (screen coordinates). */
export function mercator(longitude: number, latitude: number): [number, number] {
  const lambda = (longitude * Math.PI) / 180
  const phi = (Math.max(-85, Math.min(85, latitude)) * Math.PI) / 180
  return [lambda, -Math.log(Math.tan(Math.PI / 4 + phi / 2))]
}

function eachPosition(features: readonly Feature<Polygon | MultiPolygon, unknown>[], visit: (p: number[]) => void) {
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    for (const polygon of polygons) for (const ring of polygon) for (const p of ring) visit(p)
  }
}

/**
 * Mercator fitted inside an extent: scaled to the features' projected bounds and centred, as d3's fitExtent does
 * (vertex bounds are exact here, since the projected edges are drawn as straight lines).
 */
export function fitMercator(
  features: readonly Feature<Polygon | MultiPolygon, unknown>[],
  [[x0, y0], [x1, y1]]: [[number, number], [number, number]],
): PlanarProjection {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  eachPosition(features, ([lon = 0, lat = 0]) => {
    const [x, y] = mercator(lon, lat)
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
  })
  const k = Math.min((x1 - x0) / (maxX - minX), (y1 - y0) / (maxY - minY))
  const tx = x0 + (x1 - x0 - k * (maxX - minX)) / 2 - k * minX
  const ty = y0 + (y1 - y0 - k * (maxY - minY)) / 2 - k * minY
  return (longitude, latitude) => {
    const [x, y] = mercator(longitude, latitude)
    return [tx + k * x, ty + k * y]
  }
}

/** The departments fitted inside the viewBox, less the padding. */
export function fitProjection(
  features: readonly DepartmentFeature[],
  width: number = VIEWBOX.width,
  height: number = VIEWBOX.height,
  padding: number = MAP_PADDING,
): PlanarProjection {
  return fitMercator(features, [
    [padding, padding],
    [width - padding, height - padding],
  ])
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

/** geoPath through the planar projection, with one decimal: smaller markup, identical on server and client. */
function pathFor(projection: PlanarProjection) {
  const transform: GeoStreamWrapper = geoTransform({
    point(longitude: number, latitude: number) {
      const [x, y] = projection(longitude, latitude)
      this.stream.point(x, y)
    },
  })
  return geoPath(transform).digits(1)
}

export function locatorGeometry(topology: DepartmentsTopology, width = 120, height = 150): LocatorGeometry | null {
  const neighbours = topology.objects.neighbours
  if (!neighbours || neighbours.geometries.length === 0) return null
  const all = feature(topology, neighbours) as FeatureCollection<Polygon | MultiPolygon, NeighbourProperties>
  // The Falklands would stretch the inset for nothing; South America's mainland is what orients the reader.
  const mainland = all.features.filter((f) => f.properties.iso_n3 !== '238')
  const peru = mainland.find((f) => f.properties.iso_n3 === '604')
  const others = mainland.filter((f) => f !== peru)
  const projection = fitMercator(mainland, [
    [2, 2],
    [width - 2, height - 2],
  ])
  const path = pathFor(projection)
  const peruShape: GeoPermissibleObjects = peru ?? { type: 'FeatureCollection', features: departmentFeatures(topology) }
  return {
    width,
    height,
    countries: path({ type: 'FeatureCollection', features: others }) ?? '',
    peru: path(peruShape) ?? '',
  }
}

export function mapGeometry(topology: DepartmentsTopology): MapGeometry {
  const features = departmentFeatures(topology)
  const projection = fitProjection(features)
  const path = pathFor(projection)
  const departments = features.map((f): DepartmentShape => {
    const [cx, cy] = path.centroid(f)
    const [[x0, y0], [x1, y1]] = path.bounds(f)
    return {
      code: f.properties.code,
      d: path(f) ?? '',
      centroid: [round(cx), round(cy)],
      bounds: [
        [round(x0), round(y0)],
        [round(x1), round(y1)],
      ],
    }
  })
  const object = topology.objects.departments
  return {
    projection,
    departments,
    borders: path(mesh(topology, object, (a, b) => a !== b)) ?? '',
    outline: path(mesh(topology, object, (a, b) => a === b)) ?? '',
    locator: locatorGeometry(topology),
  }
}

/** A point in viewBox units, rounded (stable markup); null when the projection cannot place it. */
export function projectPoint(
  projection: PlanarProjection,
  longitude: number,
  latitude: number,
): [number, number] | null {
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) return null
  const [x, y] = projection(longitude, latitude)
  return Number.isFinite(x) && Number.isFinite(y) ? [round(x), round(y)] : null
}
