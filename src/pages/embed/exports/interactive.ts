// The exports embed's interactive code, loaded by main.ts when the reader reaches for the graphic. It imports only the
// exports widget: no other widget, no other dataset's validator.
import ExportsWidget from '../../../lib/exports/ExportsWidget.svelte'
import { loadExportsData } from '../../../lib/exports/load.ts'
import { entry } from '../../../embed/widgets-entry.ts'
import { mountEmbed } from '../../../embed/mount.ts'
import type { WakeContext } from '../../../embed/start.ts'

export const start = (context: WakeContext) => mountEmbed('exports', entry(ExportsWidget, loadExportsData), context)
