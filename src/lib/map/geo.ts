/**
 * Geometry of the map, computed once per topology (filters never change it): the projection fitted to a fixed
 * viewBox, one SVG path per department, the borders between them, and the small locator of Peru in South America.
 * The SVG scales with CSS width, so the server-rendered markup is already right at any width.
 */
import { geoMercator, geoPath, geoBounds, type GeoPermissibleObjects, type GeoProjection } from 'd3'
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

export interface MapGeometry {
  projection: GeoProjection
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

/** A Mercator projection fitted inside the viewBox, less the padding. Peru spans 0–18° S: Mercator is fine there. */
export function fitProjection(
  features: readonly DepartmentFeature[],
  width: number = VIEWBOX.width,
  height: number = VIEWBOX.height,
  padding: number = MAP_PADDING,
): GeoProjection {
  const collection: FeatureCollection<Polygon | MultiPolygon, DepartmentProperties> = {
    type: 'FeatureCollection',
    features: [...features],
  }
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    collection,
  )
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

/** geoPath with one decimal: smaller markup, identical on server and client. */
function pathFor(projection: GeoProjection) {
  return geoPath(projection).digits(1)
}

export function locatorGeometry(topology: DepartmentsTopology, width = 120, height = 150): LocatorGeometry | null {
  const neighbours = topology.objects.neighbours
  if (!neighbours || neighbours.geometries.length === 0) return null
  const all = feature(topology, neighbours) as FeatureCollection<Polygon | MultiPolygon, NeighbourProperties>
  // The Falklands would stretch the inset for nothing; South America's mainland is what orients the reader.
  const mainland = all.features.filter((f) => f.properties.iso_n3 !== '238')
  const peru = mainland.find((f) => f.properties.iso_n3 === '604')
  const others = mainland.filter((f) => f !== peru)
  const projection = geoMercator().fitExtent(
    [
      [2, 2],
      [width - 2, height - 2],
    ],
    { type: 'FeatureCollection', features: mainland },
  )
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
export function projectPoint(projection: GeoProjection, longitude: number, latitude: number): [number, number] | null {
  const p = projection([longitude, latitude])
  return p ? [round(p[0]), round(p[1])] : null
}

/** Geographic bounds of the departments: the test checks the fit against them. */
export function geoExtent(topology: DepartmentsTopology): [[number, number], [number, number]] {
  return geoBounds({ type: 'FeatureCollection', features: departmentFeatures(topology) })
}
