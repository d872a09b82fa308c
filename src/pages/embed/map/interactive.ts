// The map embed's interactive code, loaded by main.ts when the reader reaches for the graphic. It imports only the
// map widget: no other widget, no other dataset's validator.
import MapWidget from '../../../lib/map/MapWidget.svelte'
import { loadMapData } from '../../../lib/map/load.ts'
import { entry } from '../../../boot/widgets-entry.ts'
import { hydrateEmbed } from '../../../boot/embed.ts'
import type { PageContext } from '../../../boot/start.ts'

export const hydrate = (context: PageContext) => hydrateEmbed('map', entry(MapWidget, loadMapData), context)
