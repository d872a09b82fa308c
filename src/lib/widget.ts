/** What every widget component receives: the render flags, its data as a Resource, and the shared selection. */
import type { RenderFlags } from '../embed/flags.ts'
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

/** Loads a widget's data from the published data folder (a URL ending in /data/). */
export type WidgetLoader<T> = (dataBase: URL, signal: AbortSignal) => Promise<T>
