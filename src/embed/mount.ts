/** Boots an embed page: one widget, alone, from the query string's flags, sized for its iframe by resize.ts. */
import EmbedApp from './EmbedApp.svelte'
import { boot } from './boot.svelte.ts'
import { startResizeProtocol } from './resize.ts'
import { isLang } from '../lib/i18n/index.ts'
import { THEMES, type Theme } from './flags.ts'
import { Selection } from '../lib/state/selection.svelte.ts'
import type { WidgetName } from '../lib/widget.ts'
import type { WidgetEntry } from './widgets-entry.ts'

/** `entry` is the page's own widget, imported by the page so that it ships no other widget's code. */
export async function mountEmbed(widget: WidgetName, entry: WidgetEntry<unknown>, target: HTMLElement) {
  const selection = new Selection()
  const { flags } = await boot(target, EmbedApp, { [widget]: entry.load }, ({ flags, resources }) => ({
    component: entry.component,
    flags,
    resource: resources[widget]!,
    selection,
  }))
  const explicit = new URLSearchParams(location.search)
  startResizeProtocol({
    wrapper: target,
    widget,
    selection,
    // The host's wishes apply only where the embed URL itself did not choose.
    onflags: ({ lang, theme }) => {
      if (lang && isLang(lang) && !explicit.has('lang')) flags.lang = lang
      if (theme && (THEMES as readonly string[]).includes(theme) && !explicit.has('theme')) flags.theme = theme as Theme
    },
  })
}
