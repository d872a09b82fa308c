/** Every page loads in Chromium, in both themes and all three languages, with no console error and no exception. */
import { describe, expect, it } from 'vitest'
import { baseUrl, openPage, screenshot, useBrowser, widgetsSettled, VIEWPORTS } from './browser.ts'
import { SETTLED_STATIC, graphicDescription } from '../../scripts/lib/fallback-alt.ts'
import fallbackAlt from '../../src/pages/public/fallbacks/alt.json' with { type: 'json' }

const PAGES = [
  { name: 'story', path: './', widgets: ['map', 'timeline', 'exports'] },
  { name: 'embed-map', path: 'embed/map/', widgets: ['map'] },
  { name: 'embed-timeline', path: 'embed/timeline/', widgets: ['timeline'] },
  { name: 'embed-exports', path: 'embed/exports/', widgets: ['exports'] },
] as const

const browser = useBrowser()

describe.each(PAGES)('$name', ({ name, path, widgets }) => {
  for (const lang of ['en', 'es', 'fr'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`renders in ${lang}, ${theme}, with no errors`, async () => {
        const viewport = lang === 'es' ? VIEWPORTS.phone : VIEWPORTS.desktop
        const { page, problems } = await openPage(browser(), `${path}?lang=${lang}&theme=${theme}`, { viewport })
        await widgetsSettled(page)
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        const states = await page.$$eval('[data-widget]', (els) =>
          els.map((el) => [el.getAttribute('data-widget'), el.getAttribute('data-state')]),
        )
        expect(states).toEqual(widgets.map((w) => [w, 'ready']))
        // The dark theme really is dark: the page background's luminance is low.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
        const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number)
        expect(theme === 'dark' ? r + g + b < 150 : r + g + b > 600).toBe(true)
        await screenshot(page, `${name}-${lang}-${theme}-${viewport.width}`)
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  }
})

describe('hostile flags', () => {
  it('falls back to defaults and never reflects the value into the page', async () => {
    const payload = encodeURIComponent('"><img src=x onerror=window.__pwned=1>')
    const { page, problems } = await openPage(browser(), `embed/map/?lang=${payload}&theme=${payload}&plain=${payload}`)
    await widgetsSettled(page)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.content()).not.toContain('onerror=window.__pwned')
    expect(await page.getAttribute('html', 'lang')).toMatch(/^(en|es|fr)$/)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('without JavaScript, and hydration', () => {
  for (const { name, path, widgets } of PAGES) {
    it(`${name}: the prerendered graphics are there without JavaScript`, async () => {
      const context = await browser().newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone })
      const page = await context.newPage()
      await page.goto(new URL(path, baseUrl()).href)
      const report = await page.$$eval('[data-widget]', (els) =>
        els.map((el) => ({
          widget: el.getAttribute('data-widget'),
          state: el.getAttribute('data-state'),
          svgs: el.querySelectorAll(':is(svg, .tl)').length,
          height: el.getBoundingClientRect().height,
          title: el.querySelector('.pp-title')?.textContent?.trim() ?? '',
        })),
      )
      expect(report.map((r) => r.widget)).toEqual([...widgets])
      for (const widget of report) {
        expect(widget.state, widget.widget!).toBe('ready')
        expect(widget.svgs, widget.widget!).toBeGreaterThan(0)
        expect(widget.height, widget.widget!).toBeGreaterThan(150)
        expect(widget.title.length, widget.widget!).toBeGreaterThan(5)
      }
      await screenshot(page, `${name}-nojs-375`)
      await context.close()
    })

    it(`${name}: hydrates in place, keeping the prerendered nodes and the layout`, async () => {
      const context = await browser().newContext({ viewport: VIEWPORTS.desktop })
      const page = await context.newPage()
      // Remember the first prerendered graphic as parsed, and where it sits once the page's styles have loaded.
      await page.addInitScript(() => {
        const w = window as unknown as { __firstSvg?: Element | null; __firstTop?: number }
        document.addEventListener('DOMContentLoaded', () => {
          w.__firstSvg = document.querySelector('[data-widget] :is(svg, .tl)')
        })
        window.addEventListener('load', () => {
          w.__firstTop = w.__firstSvg?.getBoundingClientRect().top
        })
      })
      await page.goto(new URL(`${path}?lang=en`, baseUrl()).href)
      await widgetsSettled(page)
      await page.waitForTimeout(300)
      const kept = await page.evaluate(() => {
        const w = window as unknown as { __firstSvg?: Element | null; __firstTop?: number }
        return {
          boot: document.getElementById('app')?.dataset.boot,
          connected: Boolean(w.__firstSvg?.isConnected),
          moved: Math.abs((w.__firstSvg?.getBoundingClientRect().top ?? 0) - (w.__firstTop ?? 0)),
        }
      })
      // The reader's flags match the prerendered ones: the page is hydrated, not drawn again.
      expect(kept.boot).toBe('hydrated')
      expect(kept.connected).toBe(true)
      expect(kept.moved).toBeLessThanOrEqual(1)
      await context.close()
    })
  }
})

describe('the committed fallback images', () => {
  // npm run fallbacks writes them; the embed codes give their alt text to readers without JavaScript.
  it('have the alt text each graphic says now, in every language (else: npm run fallbacks)', async () => {
    for (const widget of ['map', 'timeline', 'exports'] as const) {
      for (const lang of ['en', 'es', 'fr'] as const) {
        const { page, problems } = await openPage(browser(), `embed/${widget}/?lang=${lang}&theme=light&static`)
        // (the static flag is not the prerendered page's: it is drawn again, then describes itself)
        await page.waitForSelector(SETTLED_STATIC)
        expect(await graphicDescription(page), `${widget} ${lang}`).toBe(fallbackAlt[widget][lang])
        expect(problems).toEqual([])
        await page.context().close()
      }
    }
  }, 120_000)
})
