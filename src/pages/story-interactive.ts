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
    (boot) => boot,
    context,
  )
