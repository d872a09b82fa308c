// This page imports only the exports widget's code: no other widget, no other dataset's validator.
import ExportsWidget from '../../../lib/exports/ExportsWidget.svelte'
import { loadExportsData } from '../../../lib/exports/load.ts'
import { entry } from '../../../embed/widgets-entry.ts'
import { mountEmbed } from '../../../embed/mount.ts'

mountEmbed('exports', entry(ExportsWidget, loadExportsData), document.getElementById('app') as HTMLElement)
