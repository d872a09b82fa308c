/** What every widget component receives: its data as a Resource (the one required prop), the render flags, a selection. */
import type { Theme } from './flags.ts'
import type { Lang } from './i18n/index.ts'
import type { Resource } from './state/resource.svelte.ts'
import type { Selection } from './state/selection.svelte.ts'

export const WIDGET_NAMES = ['map', 'timeline', 'exports'] as const
export type WidgetName = (typeof WIDGET_NAMES)[number]

export interface WidgetProps<T> {
  /**
   * The widget's data, the one required prop: `new Resource((signal) => loadMapData({ base, signal }))`, or
   * `Resource.ready(data)` for data loaded already (SvelteKit's `load`). The widget shows its loading, ready or error
   * state from it, with a retry button on error.
   */
  resource: Resource<T>
  /** Language of every text: `en`, `es` or `fr`. Default: the page's `<html lang>` when it is one of those, else `en`. */
  lang?: Lang
  /** Colour theme: `light`, `dark`, or `auto` (the default), which follows the reader's system setting. */
  theme?: Theme
  /** `true`: the graphic alone, without title, description, notes and sources (the page gives them). Default `false`. */
  plain?: boolean
  /** `true`: no interaction (tooltips, filters, brushing, selection), for print and screenshots. Default `false`. */
  static?: boolean
  /**
   * A selection shared with other widgets on the page (the period, department, place and event the reader picked):
   * give the map and the timeline the same one and each follows the other. Without one, the widget keeps its own.
   * The exports widget does not use it.
   */
  selection?: Selection
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
