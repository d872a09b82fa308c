/** Loads the map widget's data: the deaths (one record per person) and the departments' TopoJSON, in parallel. */
import { loadDeaths, loadGeo } from '../data/load.ts'
import type { DeathsDataset, DepartmentsTopology } from '../data/types.ts'
import type { WidgetLoader } from '../widget.ts'

export interface MapData {
  deaths: DeathsDataset
  geo: DepartmentsTopology
}

export const loadMapData: WidgetLoader<MapData> = async (source) => {
  const options = { base: source.base, fetch: source.fetch, signal: source.signal }
  const [deaths, geo] = await Promise.all([loadDeaths(options), loadGeo(options)])
  return { deaths, geo }
}
