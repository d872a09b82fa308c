/**
 * The npm package's entry: the widgets as Svelte 5 components, with what a host app needs to drive them.
 *
 *   import { MapWidget, loadMapData, Resource, Selection } from 'peru-protests-graphics'
 */
export { default as MapWidget } from './map/MapWidget.svelte'
export { default as TimelineWidget } from './timeline/TimelineWidget.svelte'
export { default as ExportsWidget } from './exports/ExportsWidget.svelte'
export { default as GraphicFrame } from './ui/GraphicFrame.svelte'
export { default as Theme } from './ui/Theme.svelte'
export { loadMapData, type MapData } from './map/load.ts'
export { loadTimelineData, type TimelineData } from './timeline/load.ts'
export { loadExportsData, type ExportsData } from './exports/load.ts'
export { Resource, type ResourceState } from './state/resource.svelte.ts'
export { Selection, type Period, type SelectionSnapshot } from './state/selection.svelte.ts'
export { DEFAULT_FLAGS, flagsFromSearch, flagsFromElement, type RenderFlags, type Theme as ThemeName } from './flags.ts'
export { LANGS, type Lang } from './i18n/index.ts'
export { DataError } from './data/load.ts'
export type { WidgetProps, WidgetName, DataSource } from './widget.ts'
