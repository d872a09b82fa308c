/**
 * The alt text of a widget's fallback image: the graphic's own description, the one screen readers get. Shared by
 * `npm run fallbacks`, which writes it to alt.json, and the test that checks alt.json still says what the page says.
 */
import type { Page } from 'playwright-core'

/**
 * A widget page with the `static` flag, once drawn for it: that flag is not the prerendered page's, so the page
 * draws itself again (boot "mounted" or "hydrated"), and only then describes what it shows.
 */
export const SETTLED_STATIC = '#app:is([data-boot="mounted"], [data-boot="hydrated"]) [data-widget][data-state="ready"]'

export function graphicDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const figure = document.querySelector('[data-widget]')
    const id = figure?.getAttribute('aria-describedby')
    const described = id ? document.getElementById(id)?.textContent : null
    return (described ?? figure?.querySelector('h2')?.textContent ?? '').trim()
  })
}
