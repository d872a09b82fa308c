/** One Resource per widget, loading from the published data folder. */
import { Resource } from '../lib/state/resource.svelte.ts'
import type { WidgetName } from '../lib/widget.ts'
import { WIDGETS } from './widgets.ts'

export function widgetResource(name: WidgetName, base: URL, fetchImpl?: typeof fetch): Resource<unknown> {
  return new Resource((signal) => WIDGETS[name].load({ base, signal, fetch: fetchImpl }))
}

export function widgetResources(
  names: readonly WidgetName[],
  base: URL,
  fetchImpl?: typeof fetch,
): Partial<Record<WidgetName, Resource<unknown>>> {
  return Object.fromEntries(names.map((name) => [name, widgetResource(name, base, fetchImpl)]))
}

export async function allSettled(resources: Partial<Record<WidgetName, Resource<unknown>>>): Promise<void> {
  await Promise.all(Object.values(resources).map((resource) => resource?.settled))
}
