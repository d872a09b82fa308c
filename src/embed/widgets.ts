/** The widgets a page can mount, by name: their component and their data loader. */
import type { Component } from 'svelte'
import type { WidgetLoader, WidgetName, WidgetProps } from '../lib/widget.ts'
import MapWidget from '../lib/map/MapWidget.svelte'
import TimelineWidget from '../lib/timeline/TimelineWidget.svelte'
import ExportsWidget from '../lib/exports/ExportsWidget.svelte'
import { loadMapData } from '../lib/map/load.ts'
import { loadTimelineData } from '../lib/timeline/load.ts'
import { loadExportsData } from '../lib/exports/load.ts'

export interface WidgetEntry<T> {
  component: Component<WidgetProps<T>>
  load: WidgetLoader<T>
}

// Each entry pairs a component with the loader for exactly its data type; the map erases T for lookup by name.
export const WIDGETS: Record<WidgetName, WidgetEntry<never>> = {
  map: { component: MapWidget, load: loadMapData } as WidgetEntry<never>,
  timeline: { component: TimelineWidget, load: loadTimelineData } as WidgetEntry<never>,
  exports: { component: ExportsWidget, load: loadExportsData } as WidgetEntry<never>,
}
