// The timeline embed's interactive code, loaded by main.ts when the reader reaches for the graphic. It imports only the
// timeline widget: no other widget, no other dataset's validator.
import TimelineWidget from '../../../lib/timeline/TimelineWidget.svelte'
import { loadTimelineData } from '../../../lib/timeline/load.ts'
import { entry } from '../../../boot/widgets-entry.ts'
import { hydrateEmbed } from '../../../boot/embed.ts'
import type { PageContext } from '../../../boot/start.ts'

export const hydrate = (context: PageContext) =>
  hydrateEmbed('timeline', entry(TimelineWidget, loadTimelineData), context)
