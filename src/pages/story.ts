import Story from './story/Story.svelte'
import { boot } from '../embed/boot.svelte.ts'
import { WIDGET_NAMES } from '../lib/widget.ts'

boot(document.getElementById('app') as HTMLElement, Story, WIDGET_NAMES, (context) => context)
