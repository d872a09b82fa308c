/** Loads the map widget's data. Placeholder until the map issue lands: nothing to load yet. */
import type { WidgetLoader } from '../widget.ts'

export type MapData = null

export const loadMapData: WidgetLoader<MapData> = async () => null
