/**
 * Starts a page in the browser. The HTML already holds the graphic, prerendered at build time with the default
 * flags; once the data has loaded, the page is hydrated in place when the reader's flags match the prerendered
 * ones, and re-rendered in place (same layout, new language or theme) when they do not.
 */
import { hydrate, mount, type Component } from 'svelte'
import { flagsFromSearch, flagsToSearch, type RenderFlags } from './flags.ts'
import { dataBaseUrl } from './data-base.ts'
import { allSettled, widgetResources, type PageLoaders } from './resources.ts'
import type { WidgetName } from '../lib/widget.ts'
import type { Resource } from '../lib/state/resource.svelte.ts'

export interface BootContext {
  flags: RenderFlags
  resources: Partial<Record<WidgetName, Resource<unknown>>>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own Component constraint
export async function boot<Props extends Record<string, any>>(
  target: HTMLElement,
  App: Component<Props>,
  loaders: PageLoaders,
  props: (context: BootContext) => Props,
) {
  // In an iframe the host's <html lang> is out of reach: the lang flag, then the browser, decide.
  // Reactive, so the host's `init` (see resize.ts) can still change the language or theme after start.
  const flags = $state(flagsFromSearch(location.search, { navigatorLangs: navigator.languages }))
  $effect.root(() => {
    $effect(() => {
      document.documentElement.lang = flags.lang
      document.documentElement.dataset.theme = flags.theme
    })
  })
  const resources = widgetResources(loaders, dataBaseUrl())
  await allSettled(resources)
  const context = { flags, resources }
  const allReady = Object.values(resources).every((resource) => resource?.state === 'ready')
  if (target.dataset.prerendered === flagsToSearch(flags) && allReady && target.firstElementChild) {
    hydrate(App, { target, props: props(context) })
    target.dataset.boot = 'hydrated'
  } else {
    target.replaceChildren()
    mount(App, { target, props: props(context) })
    target.dataset.boot = 'mounted'
  }
  return context
}
