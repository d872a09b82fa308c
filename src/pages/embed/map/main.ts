// First view of the map embed: the prerendered graphic, kept sized; the widget's code loads on the reader's intent.
import { start } from '../../../boot/start.ts'

start({
  target: document.getElementById('app') as HTMLElement,
  widget: 'map',
  load: () => import('./interactive.ts'),
})
