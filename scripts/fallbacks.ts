/**
 * `npm run fallbacks`: headless Chromium renders a PNG of each widget × language (for Apple News, social cards and
 * <noscript>), writes their alt text, and measures each embed's height at 600 px for the embed codes' initial
 * height. Output is committed: src/pages/public/fallbacks/*.png + alt.json, and src/embed/heights.json.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { buildSite } from './build.ts'
import { serve } from './serve.ts'
import { SETTLED_STATIC, graphicDescription } from './lib/fallback-alt.ts'
import { CHROME_ARGS, findChrome } from './lib/chrome.ts'

const root = fileURLToPath(new URL('../', import.meta.url))
const out = root + 'src/pages/public/fallbacks/'
const WIDGETS = ['map', 'timeline', 'exports'] as const
const LANGS = ['en', 'es', 'fr'] as const

await buildSite({ quiet: true })
const server = await serve({ root: root + 'dist' })
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS })
await mkdir(out, { recursive: true })

const alt: Record<string, Record<string, string>> = {}
const heights: Record<string, number> = {}
try {
  for (const widget of WIDGETS) {
    alt[widget] = {}
    for (const lang of LANGS) {
      // The timeline at a width that holds its whole period: an image cannot be scrolled sideways.
      const width = widget === 'timeline' ? 760 : 600
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 2 })
      await page.goto(`${server.url}embed/${widget}/?lang=${lang}&theme=light&static`)
      await page.waitForSelector(SETTLED_STATIC)
      await page.evaluate(() => document.fonts.ready)
      const app = page.locator('#app')
      await app.screenshot({ path: `${out}${widget}-${lang}.png` })
      alt[widget]![lang] = await graphicDescription(page)
      if (lang === 'en') {
        // Measured with interaction on, as readers get it, at 600 px.
        await page.setViewportSize({ width: 600, height: 900 })
        await page.goto(`${server.url}embed/${widget}/?lang=en&theme=light`)
        await page.waitForSelector('[data-widget][data-state="ready"]')
        heights[widget] = Math.ceil(await app.evaluate((el) => el.getBoundingClientRect().height))
      }
      await page.close()
    }
  }
  for (const lang of LANGS) {
    // A social card: the story's header and first graphic at 1200 × 630.
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
    await page.goto(`${server.url}?lang=${lang}&theme=light`)
    await page.waitForSelector('[data-widget="map"][data-state="ready"]')
    await page.screenshot({ path: `${out}story-${lang}.png` })
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
await writeFile(`${out}alt.json`, JSON.stringify(alt, null, 2) + '\n')
await writeFile(root + 'src/embed/heights.json', JSON.stringify(heights, null, 2) + '\n')
console.log('Fallback images in', out)
console.log('Initial embed heights at 600 px:', heights)
