// First view of the story: the prerendered page; its graphics' code loads when the reader reaches for one of them.
import { start } from '../boot/start.ts'

start({ target: document.getElementById('app') as HTMLElement, load: () => import('./story-interactive.ts') })
