// First view of the story: the prerendered page; its graphics' code loads when the reader reaches for one of them
// or scrolls near the steps that move them.
import { start } from '../boot/start.ts'

start({
  target: document.getElementById('app') as HTMLElement,
  load: () => import('./story-interactive.ts'),
  // the steps move the graphics: scrolling near them counts as reaching for a graphic
  near: '[data-step]',
})
