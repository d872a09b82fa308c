/**
 * Makes a page interactive (called by src/embed/start.ts when the reader reaches for a graphic). The HTML already
 * holds the graphic, prerendered at build time with the default flags; once the data has loaded, the page is
 * hydrated in place when it was drawn from the data now published and with the same flags, and re-rendered in
 * place otherwise (same layout; a new language or theme, or data corrected since the build).
 */
import { hydrate, mount, type Component } from 'svelte'
import { flagsToSearch, type RenderFlags } from './flags.ts'
import { dataBaseUrl } from './data-base.ts'
import { allSettled, widgetResources, type PageLoaders } from './resources.ts'
import type { WidgetName } from '../lib/widget.ts'
import type { Resource } from '../lib/state/resource.svelte.ts'

export interface BootContext {
  flags: RenderFlags
  resources: Partial<Record<WidgetName, Resource<unknown>>>
}

export interface BootOptions {
  flags: RenderFlags
  /** Serves the downloads the first view already made (see start.ts); the network otherwise. */
  fetch?: typeof fetch
  /** The HTML was drawn from the data now published (start.ts checked): only then may it be hydrated as it is. */
  verified: boolean
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own Component constraint
export async function boot<Props extends Record<string, any>>(
  target: HTMLElement,
  App: Component<Props>,
  loaders: PageLoaders,
  props: (context: BootContext) => Props,
  options: BootOptions,
): Promise<BootContext> {
  // Reactive, so the host's `init` (see resize.ts) can still change the language or theme after start.
  const flags = $state({ ...options.flags })
  $effect.root(() => {
    $effect(() => {
      document.documentElement.lang = flags.lang
      document.documentElement.dataset.theme = flags.theme
    })
  })
  const resources = widgetResources(loaders, dataBaseUrl(), options.fetch)
  await allSettled(resources)
  const context = { flags, resources }
  const allReady = Object.values(resources).every((resource) => resource?.state === 'ready')
  const current = options.verified && target.dataset.prerendered === flagsToSearch(flags)
  if (current && allReady && target.firstElementChild) {
    hydrate(App, { target, props: props(context) })
    target.dataset.boot = 'hydrated'
  } else {
    target.replaceChildren()
    mount(App, { target, props: props(context) })
    target.dataset.boot = 'mounted'
  }
  return context
}
