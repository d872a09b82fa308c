/**
 * Waking a prerendered page (src/boot/start.ts) from a test or a benchmark. A module of its own, with no imports,
 * so that both the bench (tsx, no Vitest) and the end-to-end tests (tests/e2e/browser.ts) can use it.
 */

/**
 * Runs in the page (pass it to page.evaluate): when the page is static, checked and waiting for the reader, wakes
 * it as a pointer passing over its first graphic would, without moving the mouse (so no tooltip opens). Returns
 * when that was (performance.now()), or null when the page was not static.
 *
 * Playwright sends the function's source text to the page: it must reference nothing outside its body, and must
 * declare no named function inside it (tsx's keepNames would wrap it in a __name() the page does not have).
 */
export function wake(): number | null {
  const app = document.getElementById('app')
  if (app?.dataset.boot !== 'static') return null
  const started = performance.now()
  app.querySelector('[data-widget]')?.dispatchEvent(new Event('pointerover', { bubbles: true }))
  return started
}
