// This page imports only the map widget's code: no other widget, no other dataset's validator.
import MapWidget from '../../../lib/map/MapWidget.svelte'
import { loadMapData } from '../../../lib/map/load.ts'
import { entry } from '../../../embed/widgets-entry.ts'
import { mountEmbed } from '../../../embed/mount.ts'

mountEmbed('map', entry(MapWidget, loadMapData), document.getElementById('app') as HTMLElement)
