// First view of the story embed: the prerendered first step, kept sized; the code of the steps and of their two
// graphics loads on the reader's intent, or at once when the URL asks for another step (?step=k).
import { start } from '../../../boot/start.ts'
import { stepFromSearch } from '../../../lib/story/step-flag.ts'

start({
  target: document.getElementById('app') as HTMLElement,
  widget: 'story',
  // Prerendered at the first step: another one (?step=k) is drawn anew at once. A bad value is warned about here.
  redraw: stepFromSearch(location.search) !== 1,
  load: () => import('./interactive.ts'),
})
