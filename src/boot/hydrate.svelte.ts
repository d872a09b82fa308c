/**
 * The last step of a page's start (see start.ts), in the interactive code: downloads the page's data, then hydrates
 * the prerendered HTML in place when it was drawn from the data now published and with the same flags, or mounts
 * the page anew otherwise (same layout; another language or theme, data corrected since the build, or a download
 * that failed, which the widget shows with its error view).
 */
import { hydrate, mount, type Component } from 'svelte'
import { flagsToSearch, type RenderFlags } from '../lib/flags.ts'
import { dataBaseUrl } from './data-base.ts'
import { allSettled, widgetResources, type PageLoaders } from './resources.ts'
import type { WidgetName } from '../lib/widget.ts'
import type { Resource } from '../lib/state/resource.svelte.ts'
import type { PageContext } from './start.ts'

export interface LivePage {
  flags: RenderFlags
  resources: Partial<Record<WidgetName, Resource<unknown>>>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own Component constraint
export async function hydratePage<Props extends Record<string, any>>(
  context: PageContext,
  App: Component<Props>,
  loaders: PageLoaders,
  props: (page: LivePage) => Props,
): Promise<LivePage> {
  const { target } = context
  // Reactive, so the host's `init` (see resize.ts) can still change the language or theme after start.
  const flags = $state({ ...context.flags })
  $effect.root(() => {
    $effect(() => {
      document.documentElement.lang = flags.lang
      document.documentElement.dataset.theme = flags.theme
    })
  })
  const resources = widgetResources(loaders, dataBaseUrl())
  await allSettled(resources)
  const page = { flags, resources }
  const allReady = Object.values(resources).every((resource) => resource?.state === 'ready')
  const current = context.current && target.dataset.prerendered === flagsToSearch(flags)
  if (current && allReady && target.firstElementChild) {
    hydrate(App, { target, props: props(page) })
    target.dataset.boot = 'hydrated'
  } else {
    target.replaceChildren()
    mount(App, { target, props: props(page) })
    target.dataset.boot = 'mounted'
  }
  return page
}
