/** Hydrates an embed page: one widget, alone, with a selection of its own that the host hears about. */
import EmbedApp from '../embed/EmbedApp.svelte'
import { hydratePage } from './hydrate.svelte.ts'
import { Selection } from '../lib/state/selection.svelte.ts'
import { selectionFromSearch } from '../lib/selection-flags.ts'
import type { WidgetName } from '../lib/widget.ts'
import type { WidgetEntry } from './widgets-entry.ts'
import type { PageContext } from './start.ts'

/** `entry` is the page's own widget, imported by the page so that it ships no other widget's code. */
export async function hydrateEmbed(widget: WidgetName, entry: WidgetEntry<unknown>, context: PageContext) {
  // The moment the embed's URL asks for (department, period, event); start.ts draws such a page anew at once.
  const selection = new Selection(selectionFromSearch(location.search, () => {}))
  const { flags } = await hydratePage(context, EmbedApp, { [widget]: entry.load }, ({ flags, resources }) => ({
    component: entry.component,
    flags,
    resource: resources[widget]!,
    selection,
    titleLevel: 1 as const,
    storyFolder: '../../',
  }))
  context.protocol?.follow(selection)
  context.protocol?.measure()
  return { flags }
}
