// The story's interactive code, loaded by story.ts when the reader reaches for one of its graphics.
import Story from './story/Story.svelte'
import { hydratePage } from '../boot/hydrate.svelte.ts'
import { WIDGETS } from '../boot/widgets.ts'
import type { PageContext } from '../boot/start.ts'

export const hydrate = (context: PageContext) =>
  hydratePage(
    context,
    Story,
    { map: WIDGETS.map.load, timeline: WIDGETS.timeline.load, exports: WIDGETS.exports.load },
    // A built site has the story's per-language files (scripts/build.ts); the dev server has index.html alone.
    (page) => ({ ...page, languageFiles: import.meta.env.PROD }),
  )
