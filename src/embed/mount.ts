/** Boots an embed page: one widget, alone, from the query string's flags. */
import EmbedApp from './EmbedApp.svelte'
import { boot } from './boot.ts'
import type { WidgetName } from '../lib/widget.ts'

export function mountEmbed(widget: WidgetName, target: HTMLElement) {
  return boot(target, EmbedApp, [widget], ({ flags, resources }) => ({
    widget,
    flags,
    resource: resources[widget]!,
  }))
}
