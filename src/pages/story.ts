import Story from './story/Story.svelte'
import { boot } from '../embed/boot.svelte.ts'
import { WIDGETS } from '../embed/widgets.ts'

boot(
  document.getElementById('app') as HTMLElement,
  Story,
  {
    map: WIDGETS.map.load,
    timeline: WIDGETS.timeline.load,
    exports: WIDGETS.exports.load,
  },
  (context) => context,
)
