// The exports embed's interactive code, loaded by main.ts when the reader reaches for the graphic. It imports only the
// exports widget: no other widget, no other dataset's validator.
import ExportsWidget from '../../../lib/exports/ExportsWidget.svelte'
import { loadExportsData } from '../../../lib/exports/load.ts'
import { entry } from '../../../boot/widgets-entry.ts'
import { hydrateEmbed } from '../../../boot/embed.ts'
import type { PageContext } from '../../../boot/start.ts'

export const hydrate = (context: PageContext) => hydrateEmbed('exports', entry(ExportsWidget, loadExportsData), context)
