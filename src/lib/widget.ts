/** What every widget component receives: the render flags, its data as a Resource, and the shared selection. */
import type { RenderFlags } from './flags.ts'
import type { Resource } from './state/resource.svelte.ts'
import type { Selection } from './state/selection.svelte.ts'

export const WIDGET_NAMES = ['map', 'timeline', 'exports'] as const
export type WidgetName = (typeof WIDGET_NAMES)[number]

export interface WidgetProps<T> extends RenderFlags {
  /** The widget's data; the page shell loads it with the loaders in src/lib/data. */
  resource: Resource<T>
  /** The one shared selection (period, department, place, event). */
  selection: Selection
}

/** Where a widget's data comes from: the published data folder (a URL ending in /data/) and how to fetch it. */
export interface DataSource {
  base: URL
  /** The prerenderer reads files from disk through this; browsers use the global fetch. */
  fetch?: typeof fetch
  signal?: AbortSignal
}

/** Loads a widget's data with the loaders in src/lib/data (the only place that knows paths and versions). */
export type WidgetLoader<T> = (source: DataSource) => Promise<T>
