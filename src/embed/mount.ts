/** Boots an embed page: flags from the query string, language and theme on <html>, then the widget. */
import { mount } from 'svelte'
import EmbedApp from './EmbedApp.svelte'
import { flagsFromSearch } from './flags.ts'
import { dataBaseUrl } from './data-base.ts'
import type { WidgetName } from '../lib/widget.ts'

export function mountEmbed(widget: WidgetName, target: HTMLElement) {
  // In an iframe the host's <html lang> is out of reach: the lang flag, then the browser, decide.
  const flags = flagsFromSearch(location.search, { navigatorLangs: navigator.languages })
  document.documentElement.lang = flags.lang
  document.documentElement.dataset.theme = flags.theme
  target.replaceChildren()
  return mount(EmbedApp, { target, props: { widget, flags, dataBase: dataBaseUrl() } })
}
