/**
 * What the widget stories share: the real published data through the real loaders and validators, a widget's data
 * as a Resource in each state, and the check of its error state. Stories cannot import data/*.json as a module: the
 * dev server (and Storybook's) serves data/ under /data/ (vite.config.ts) and answers those requests with the raw
 * file, so stories load the data the way the embeds do.
 */
import { expect, waitFor, within } from 'storybook/test'
import type { Theme } from '../../src/embed/flags.ts'
import type { DatasetName } from '../../src/lib/data/types.ts'
import type { Lang } from '../../src/lib/i18n/index.ts'
import { Resource } from '../../src/lib/state/resource.svelte.ts'
import type { WidgetLoader } from '../../src/lib/widget.ts'

/** The published data folder. */
const dataBase = (): URL => new URL('/data/', location.origin)

const loaded = new Map<WidgetLoader<unknown>, Promise<unknown>>()

/** A meta-level Storybook loader: the real data, as `context.loaded.data`, loaded once per widget loader. */
export const realData =
  <T>(load: WidgetLoader<T>) =>
  async (): Promise<{ data: T }> => {
    if (!loaded.has(load)) loaded.set(load, load({ base: dataBase() }))
    return { data: (await loaded.get(load)) as T }
  }

/** The args every widget story has. */
export interface WidgetArgs {
  lang?: Lang
  theme?: Theme
  static?: boolean
  plain?: boolean
  /** a fixed-width column, as on a phone, a tablet or a desktop article (none = the canvas) */
  width?: number
  /** the widget's data: ready (the real data), loading or error */
  state?: DataState
}

/** The render flags the args give the widget: English, light, interactive and framed where they say nothing. */
export const flagsOf = (args: WidgetArgs) => ({
  lang: args.lang ?? 'en',
  theme: args.theme ?? 'light',
  plain: args.plain ?? false,
  static: args.static ?? false,
})

/** ready (the real data), loading (never settles) or error */
export type DataState = 'ready' | 'loading' | 'error'

/** A widget's data in the given state; `failed` builds the error state's resource. */
export function resourceFor<T>(state: DataState | undefined, data: T, failed: () => Resource<T>): Resource<T> {
  if (state === 'loading') return Resource.pending<T>()
  if (state === 'error') return failed()
  return Resource.ready(data)
}

/**
 * The real loader and validator fed `broken` in place of those published files (by dataset name); the widget's
 * other files are fetched as usual.
 */
export function withBrokenFiles<T>(load: WidgetLoader<T>, broken: Partial<Record<DatasetName, unknown>>): Resource<T> {
  const fetchStub = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const file = broken[url.pathname.split('/').at(-2) as DatasetName]
    if (file === undefined) return fetch(input, init)
    return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
  return new Resource((signal) => load({ base: dataBase(), fetch: fetchStub, signal }))
}

/** The error state's check: the widget shows an alert that names the file that failed (`file`). */
export const alertNames =
  (file: RegExp) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const alert = await within(canvasElement).findByRole('alert')
    await waitFor(() => expect(alert).toHaveTextContent(file))
  }
