// First view of the story embed: the prerendered first step, kept sized; the code of the steps and of their two
// graphics loads on the reader's intent, or at once when the URL asks for another step (?step=k).
import { start } from '../../../boot/start.ts'

start({
  target: document.getElementById('app') as HTMLElement,
  widget: 'story',
  load: () => import('./interactive.ts'),
})
