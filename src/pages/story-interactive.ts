// The story's interactive code, loaded by story.ts when the reader reaches for one of its graphics.
import Story from './story/Story.svelte'
import { boot } from '../embed/boot.svelte.ts'
import { WIDGETS } from '../embed/widgets.ts'
import type { WakeContext } from '../embed/start.ts'

export const start = (context: WakeContext) =>
  boot(
    context.target,
    Story,
    { map: WIDGETS.map.load, timeline: WIDGETS.timeline.load, exports: WIDGETS.exports.load },
    // A built site has the story's per-language files (scripts/build.ts); the dev server has index.html alone.
    (boot) => ({ ...boot, languageFiles: import.meta.env.PROD }),
    context,
  )
