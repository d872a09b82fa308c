// First view of the timeline embed: the prerendered graphic, kept sized; the widget's code loads on the reader's intent.
import { start } from '../../../boot/start.ts'

start({
  target: document.getElementById('app') as HTMLElement,
  widget: 'timeline',
  load: () => import('./interactive.ts'),
})
