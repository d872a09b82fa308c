import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { CHROME_ARGS, findChrome } from './scripts/lib/chrome.ts'
import { serveLikeCdn } from './bench/lib/cdn.ts'
const site = await serveLikeCdn(process.cwd() + '/dist/')
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS })
const [width, height] = (process.argv[2] ?? '390x740').split('x').map(Number)
const scheme = (process.argv[3] ?? 'light') as 'light' | 'dark'
const lang = process.argv[4] ?? 'en'
const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme })
await page.goto(site.url + (lang === 'en' ? '' : `index.${lang}.html`) + `?lang=${lang}&theme=${scheme}`)
await page.evaluate(() => document.querySelector('.scrolly')!.scrollIntoView())
await page.waitForSelector('#app:is([data-boot="hydrated"], [data-boot="mounted"])')
const shots: string[] = []
for (let k = 1; k <= 10; k++) {
  await page.evaluate((k) => document.querySelector(`[data-marker="step-${k}"]`)!.scrollIntoView(), k)
  await page.waitForTimeout(900)
  shots.push((await page.screenshot()).toString('base64'))
}
const cols = width < 600 ? 5 : 2
const scale = width < 600 ? 0.5 : 0.4
const sheet = await browser.newPage({ viewport: { width: Math.round(cols * width * scale + (cols + 1) * 6), height: 800 } })
await sheet.setContent(`<body style="margin:0;background:#888;display:grid;grid-template-columns:repeat(${cols},${width * scale}px);gap:6px;padding:6px">${shots.map((s, i) => `<div style="position:relative"><img style="width:${width * scale}px;display:block" src="data:image/png;base64,${s}"><b style="position:absolute;top:0;right:0;background:yellow;font:14px sans-serif">${i + 1}</b></div>`).join('')}</body>`)
await sheet.screenshot({ path: `/tmp/prof/sheet-${width}-${scheme}-${lang}.png`, fullPage: true })
await browser.close(); process.exit(0)
