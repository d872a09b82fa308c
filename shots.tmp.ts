import { chromium } from 'playwright-core'
import { CHROME_ARGS, findChrome } from './scripts/lib/chrome.ts'
import { serveLikeCdn } from './bench/lib/cdn.ts'
const site = await serveLikeCdn(process.cwd() + '/dist/')
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS })
const [width, height] = (process.argv[2] ?? '390x740').split('x').map(Number)
const scheme = (process.argv[3] ?? 'light') as 'light' | 'dark'
const lang = process.argv[4] ?? 'en'
const steps = (process.argv[5] ?? '2,6').split(',').map(Number)
const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme })
await page.goto(site.url + (lang === 'en' ? '' : `index.${lang}.html`) + `?lang=${lang}&theme=${scheme}`)
await page.evaluate(() => document.querySelector('.scrolly')!.scrollIntoView())
await page.waitForSelector('#app:is([data-boot="hydrated"], [data-boot="mounted"])')
for (const k of steps) {
  await page.evaluate((k) => document.querySelector(`[data-marker="step-${k}"]`)!.scrollIntoView(), k)
  await page.waitForTimeout(1200)
  await page.screenshot({ path: `/tmp/prof/step-${k}-${width}-${scheme}-${lang}.png` })
}
await browser.close(); process.exit(0)
