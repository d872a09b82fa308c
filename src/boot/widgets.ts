/** The widgets a page can hydrate or mount, by name: their component and their data loader. */
import type { WidgetName } from '../lib/widget.ts'
import { entry, type WidgetEntry } from './widgets-entry.ts'

export type { WidgetEntry }
import MapWidget from '../lib/map/MapWidget.svelte'
import TimelineWidget from '../lib/timeline/TimelineWidget.svelte'
import ExportsWidget from '../lib/exports/ExportsWidget.svelte'
import { loadMapData } from '../lib/map/load.ts'
import { loadTimelineData } from '../lib/timeline/load.ts'
import { loadExportsData } from '../lib/exports/load.ts'

export const WIDGETS: Record<WidgetName, WidgetEntry<unknown>> = {
  map: entry(MapWidget, loadMapData),
  timeline: entry(TimelineWidget, loadTimelineData),
  exports: entry(ExportsWidget, loadExportsData),
}
