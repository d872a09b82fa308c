// The map embed's interactive code, loaded by main.ts when the reader reaches for the graphic. It imports only the
// map widget: no other widget, no other dataset's validator.
import MapWidget from '../../../lib/map/MapWidget.svelte'
import { loadMapData } from '../../../lib/map/load.ts'
import { entry } from '../../../embed/widgets-entry.ts'
import { mountEmbed } from '../../../embed/mount.ts'
import type { WakeContext } from '../../../embed/start.ts'

export const start = (context: WakeContext) => mountEmbed('map', entry(MapWidget, loadMapData), context)
