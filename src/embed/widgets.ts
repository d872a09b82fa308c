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

/** Pairs a component with the loader of exactly its data type (checked here), then erases the type for lookup. */
function entry<T>(component: Component<WidgetProps<T>>, load: WidgetLoader<T>): WidgetEntry<unknown> {
  return { component, load } as unknown as WidgetEntry<unknown>
}

export const WIDGETS: Record<WidgetName, WidgetEntry<unknown>> = {
  map: entry(MapWidget, loadMapData),
  timeline: entry(TimelineWidget, loadTimelineData),
  exports: entry(ExportsWidget, loadExportsData),
}
