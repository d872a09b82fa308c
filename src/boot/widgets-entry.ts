/** A widget's component paired with its loader. No widget is imported here, so a page can ship just its own. */
import type { Component } from 'svelte'
import type { WidgetLoader, WidgetProps } from '../lib/widget.ts'

export interface WidgetEntry<T> {
  component: Component<WidgetProps<T>>
  load: WidgetLoader<T>
}

/** Pairs a component with the loader of exactly its data type (checked here), then erases the type for lookup. */
export function entry<T>(component: Component<WidgetProps<T>>, load: WidgetLoader<T>): WidgetEntry<unknown> {
  return { component, load } as unknown as WidgetEntry<unknown>
}
