/** Hydrates the story embed: the steps, with the map's and the exports' data, reporting each step to the host. */
import StoryEmbed from '../lib/story/StoryEmbed.svelte'
import { hydratePage } from './hydrate.svelte.ts'
import { loadMapData } from '../lib/map/load.ts'
import { loadExportsData } from '../lib/exports/load.ts'
import { stepFromSearch } from '../lib/story/step-flag.ts'
import { storyHref } from '../embed/story-files.ts'
import type { PageContext } from './start.ts'

export async function hydrateStoryEmbed(context: PageContext) {
  // The step the URL asks for; start.ts has warned about a bad one already, and draws any other than the first anew.
  const step = stepFromSearch(location.search, () => {})
  const { flags } = await hydratePage(
    context,
    StoryEmbed,
    { map: loadMapData, exports: loadExportsData },
    ({ flags, resources }) => ({
      map: resources.map!,
      exports: resources.exports!,
      // Getters: the host's `init` may still change the language or theme (see resize.ts).
      get lang() {
        return flags.lang
      },
      get theme() {
        return flags.theme
      },
      get static() {
        return flags.static
      },
      step,
      root: '../../',
      get storyHref() {
        return storyHref(flags, true)
      },
      onstep: (k: number, count: number) => {
        context.protocol?.step(k, count)
        context.protocol?.measure()
      },
    }),
  )
  context.protocol?.measure()
  return { flags }
}
