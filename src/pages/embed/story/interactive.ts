// The story embed's interactive code, loaded by main.ts when the reader reaches for the story. It imports only the
// map and the exports widgets (the steps' graphics): not the timeline.
import { hydrateStoryEmbed } from '../../../boot/story-embed.ts'
import type { PageContext } from '../../../boot/start.ts'

export const hydrate = (context: PageContext) => hydrateStoryEmbed(context)
