/** Makes an embed page interactive: one widget, alone, with a selection of its own that the host hears about. */
import EmbedApp from './EmbedApp.svelte'
import { boot } from './boot.svelte.ts'
import { Selection } from '../lib/state/selection.svelte.ts'
import type { WidgetName } from '../lib/widget.ts'
import type { WidgetEntry } from './widgets-entry.ts'
import type { WakeContext } from './start.ts'

/** `entry` is the page's own widget, imported by the page so that it ships no other widget's code. */
export async function mountEmbed(widget: WidgetName, entry: WidgetEntry<unknown>, context: WakeContext) {
  const selection = new Selection()
  const { flags } = await boot(
    context.target,
    EmbedApp,
    { [widget]: entry.load },
    ({ flags, resources }) => ({
      component: entry.component,
      flags,
      resource: resources[widget]!,
      selection,
      storyFolder: '../../',
    }),
    context,
  )
  context.protocol?.follow(selection)
  context.protocol?.measure()
  return { flags }
}
