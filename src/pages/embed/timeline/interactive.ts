// The timeline embed's interactive code, loaded by main.ts when the reader reaches for the graphic. It imports only the
// timeline widget: no other widget, no other dataset's validator.
import TimelineWidget from '../../../lib/timeline/TimelineWidget.svelte'
import { loadTimelineData } from '../../../lib/timeline/load.ts'
import { entry } from '../../../embed/widgets-entry.ts'
import { mountEmbed } from '../../../embed/mount.ts'
import type { WakeContext } from '../../../embed/start.ts'

export const start = (context: WakeContext) => mountEmbed('timeline', entry(TimelineWidget, loadTimelineData), context)
