/**
 * The exports embed in real Chromium: charts without JavaScript, hydration that keeps the prerendered SVG and never
 * fetches Plot, the other languages without Plot either, keyboard traversal with a live region, tooltips, the table,
 * axe, first-view bytes, and screenshots (375 and 1280 × light/dark × en/es/fr).
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { baseUrl, openPage, screenshot, useBrowser, widgetsSettled, VIEWPORTS } from './browser.ts'

const browser = useBrowser()

const EXPORTS = '[data-widget="exports"]'
/** A string only Observable Plot's own code contains (its warning badge): proof a file is, or is not, Plot. */
const PLOT_SIGNATURE = 'Please check the console.'

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/** The SVGs a reader actually sees (one width per chart; the others are display: none). */
async function visibleCharts(page: Page) {
  return page.$$eval(`${EXPORTS} .pp-variant svg`, (svgs) =>
    svgs
      .filter((svg) => svg.getClientRects().length > 0)
      .map((svg) => {
        const box = svg.getBoundingClientRect()
        return {
          chart: svg.getAttribute('data-chart'),
          width: Math.round(box.width),
          height: Math.round(box.height),
          viewBoxWidth: (svg as SVGSVGElement).viewBox.baseVal.width,
          bars: svg.querySelectorAll('g[aria-label="bar"]:not(.pp-hit) rect').length,
          label: svg.getAttribute('aria-label'),
        }
      }),
  )
}

/** Watches the page from its first byte: script files fetched, and prerendered chart nodes removed. */
async function watch(page: Page) {
  const scripts: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('.js')) scripts.push(decodeURIComponent(url.pathname).replace(/^\//, ''))
  })
  await page.addInitScript(() => {
    const w = window as unknown as { __removedCharts: number }
    w.__removedCharts = 0
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.removedNodes)
          if (node instanceof Element && (node.matches('svg, .pp-variant') || node.querySelector('svg')))
            w.__removedCharts += 1
    }).observe(document, { childList: true, subtree: true })
  })
  return { scripts }
}

const isPlot = (file: string) => readFileSync(`${inject('distDir')}/${file}`, 'utf8').includes(PLOT_SIGNATURE)

describe('exports embed without JavaScript', () => {
  for (const width of [375, 1280]) {
    it(`shows all five charts as SVG with their bars at ${width} px`, async () => {
      const context = await browser().newContext({ javaScriptEnabled: false, viewport: { ...VIEWPORTS.phone, width } })
      const page = await context.newPage()
      await page.goto(new URL('embed/exports/', baseUrl()).href)
      const charts = await visibleCharts(page)
      expect(charts.map((c) => c.chart)).toEqual(['yearly', 'lav', 'share', 'region', 'permit'])
      // the container query picked the prerendered width that fits
      const expected = width < 400 ? 320 : 720
      for (const c of charts) {
        expect(c.viewBoxWidth, c.chart ?? '').toBe(expected)
        expect(c.height).toBeGreaterThan(80)
      }
      expect(charts[0]!.bars).toBe(6) // five official years and the derived 2014–2016 span
      expect(charts[0]!.label).toBe('Exports to Peru, by year')
      // the table is there too, behind a <details> that opens without script
      await page.locator(`${EXPORTS} summary`).click()
      await expect.poll(() => page.locator(`${EXPORTS} table`).isVisible()).toBe(true)
      await screenshot(page, `exports-nojs-en-${width}`)
      await context.close()
    })
  }
})

describe('exports embed with JavaScript', () => {
  it('hydrates in place: the prerendered SVGs stay, Plot is never fetched', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    const { scripts } = await watch(page)
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
    })
    await page.goto(new URL('embed/exports/', baseUrl()).href)
    const before = await page
      .locator(`${EXPORTS} .pp-variant svg`)
      .first()
      .evaluate((svg) => {
        ;(svg as unknown as { __mark: number }).__mark = 1
        return svg.outerHTML.length
      })
    await widgetsSettled(page)
    await page.waitForLoadState('networkidle')
    // the very same node, not a re-rendered copy: no flash
    expect(
      await page
        .locator(`${EXPORTS} .pp-variant svg`)
        .first()
        .evaluate((svg) => (svg as unknown as { __mark?: number }).__mark),
    ).toBe(1)
    expect(before).toBeGreaterThan(1000)
    expect(await page.evaluate(() => (window as unknown as { __removedCharts: number }).__removedCharts)).toBe(0)
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter(isPlot), 'Plot fetched on first view').toEqual([])
    // interactive after hydration
    await page.locator(`${EXPORTS} [role="application"]`).first().focus()
    await page.keyboard.press('ArrowRight')
    await expect
      .poll(() => page.locator(`${EXPORTS} [aria-live="polite"]`).first().textContent())
      .toBe('2014–2016: ≈ CAD 79 million (derived)')
    expect(problems).toEqual([])
    await context.close()
  })

  it('another language (its own file) or theme draws from the kept SVGs, still without Plot', async () => {
    for (const query of ['?lang=es&theme=dark', '?lang=fr', '?theme=dark&static']) {
      const context = await browser().newContext({ viewport: VIEWPORTS.phone })
      const page = await context.newPage()
      const { scripts } = await watch(page)
      await page.goto(new URL(`embed/exports/${query}`, baseUrl()).href)
      await widgetsSettled(page)
      await page.waitForLoadState('networkidle')
      const charts = await visibleCharts(page)
      expect(charts, query).toHaveLength(5)
      if (query.includes('es')) expect(charts[0]!.label).toBe('Exportaciones al Perú, por año')
      if (query.includes('fr')) expect(charts[0]!.label).toBe('Exportations vers le Pérou, par année')
      expect(scripts.filter(isPlot), `${query}: Plot fetched`).toEqual([])
      await context.close()
    }
  })

  it('keyboard: one tab stop per chart, arrows move across the bars, the live region and a tooltip say each one', async () => {
    const { page, problems } = await openPage(browser(), 'embed/exports/?lang=en&theme=light', {
      viewport: VIEWPORTS.desktop,
    })
    await widgetsSettled(page)
    const first = page.locator(`${EXPORTS} [role="application"]`).first()
    await first.focus()
    const live = page.locator(`${EXPORTS} section`).first().locator('[aria-live="polite"]')
    const said: string[] = []
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('ArrowRight')
      said.push((await live.textContent()) ?? '')
    }
    expect(said).toEqual([
      '2014–2016: ≈ CAD 79 million (derived)',
      '2017: CAD 88,823.51 (official figure)',
      '2018: CAD 629,046.36 (official figure)',
      '2019: CAD 734,960.49 (official figure)',
      '2020: CAD 948,081.53 (official figure)',
      '2021: CAD 2,700 (official figure)',
      '2022: no figure found',
      '2023: no figure found',
    ])
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const tip = page.locator(`${EXPORTS} .pp-tooltip`)
    await expect.poll(() => tip.textContent()).toContain('CAD 734,960.49')
    // the tooltip sits inside the chart, next to its row
    const chartBox = (await first.boundingBox())!
    const tipBox = (await tip.boundingBox())!
    expect(tipBox.x).toBeGreaterThanOrEqual(chartBox.x - 1)
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(chartBox.x + chartBox.width + 1)
    const row = (await page.locator(`${EXPORTS} .pp-variant[data-w="720"] rect.pp-active`).boundingBox())!
    expect(Math.abs(tipBox.y + tipBox.height - row.y)).toBeLessThan(row.height + 20)
    await screenshot(page, 'exports-keyboard-en-1280')
    // Tab leaves the chart: its bars are not tab stops
    await page.keyboard.press('Tab')
    expect(await first.evaluate((el) => el.contains(document.activeElement))).toBe(false)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('hover shows a tooltip; a tap pins it on a phone', async () => {
    const { page } = await openPage(browser(), 'embed/exports/?lang=en&theme=light', { viewport: VIEWPORTS.desktop })
    await widgetsSettled(page)
    const row = page.locator(`${EXPORTS} .pp-variant[data-w="720"] [data-key="ae-peru-2022"]`)
    await row.hover()
    await expect.poll(() => page.locator(`${EXPORTS} .pp-tooltip`).textContent()).toContain('no figure found')
    await page.mouse.move(2, 2)
    await expect.poll(() => page.locator(`${EXPORTS} .pp-tooltip`).count()).toBe(0)
    await page.context().close()

    // the narrowest phone: where a pinned tooltip's room is tightest
    const phone = await browser().newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true })
    const tapPage = await phone.newPage()
    await tapPage.goto(new URL('embed/exports/?lang=es', baseUrl()).href)
    await widgetsSettled(tapPage)
    await tapPage.locator(`${EXPORTS} .pp-variant[data-w="320"] [data-key="ae-peru-2023-permit"]`).tap()
    const tip = tapPage.locator(`${EXPORTS} .pp-tooltip`)
    await expect.poll(() => tip.textContent()).toContain('un tope autorizado, no una exportación')
    await tapPage.getByRole('button', { name: 'Cerrar' }).tap()
    await expect.poll(() => tip.count()).toBe(0)
    // A long one, pinned: it makes room for its close button, and still fits in the chart.
    await tapPage.locator(`${EXPORTS} .pp-variant[data-w="320"] [data-key="ae-peru-2014-2016-residual"]`).tap()
    await expect.poll(() => tip.textContent()).toContain('2,403,611.89')
    const outside = () =>
      tip.evaluate((el) => {
        const chart = el.closest('.pp-chart')!.getBoundingClientRect()
        const box = el.getBoundingClientRect()
        return Math.max(chart.left - box.left, box.right - chart.right)
      })
    await expect.poll(outside).toBeLessThan(1)
    await phone.close()
  })

  for (const theme of ['light', 'dark'] as const) {
    it(`axe: no violations (${theme}, table open)`, async () => {
      const { page, problems } = await openPage(browser(), `embed/exports/?theme=${theme}`, {
        viewport: VIEWPORTS.phone,
        colorScheme: theme,
      })
      await widgetsSettled(page)
      expect(await axeViolations(page)).toEqual([])
      await page.locator(`${EXPORTS} summary`).click()
      await page.locator(`${EXPORTS} [role="application"]`).nth(1).focus()
      await page.keyboard.press('ArrowRight')
      expect(await axeViolations(page)).toEqual([])
      expect(problems).toEqual([])
      await page.context().close()
    })
  }

  it('first view: what the page fetches, gzipped (logged for the report)', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    const origin = new URL(baseUrl()).origin
    const files = new Set<string>()
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (url.origin === origin) files.add(decodeURIComponent(url.pathname).replace(/^\//, '') || 'index.html')
    })
    await page.goto(new URL('embed/exports/', baseUrl()).href)
    await widgetsSettled(page)
    await page.waitForLoadState('networkidle')
    await context.close()
    const rows = [...files].map((file) => {
      const path = `${inject('distDir')}/${file.endsWith('/') ? `${file}index.html` : file}`
      const raw = readFileSync(path)
      return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length }
    })
    const lazy = readFileSync(`${inject('distDir')}/embed/exports/index.html`, 'utf8')
    console.log(
      '\nexports embed, first view (bytes raw / gzip -9):\n' +
        rows.map((r) => `  ${r.file}  ${r.raw} / ${r.gzip}`).join('\n') +
        `\n  total JS gzip ${rows.filter((r) => r.file.endsWith('.js')).reduce((s, r) => s + r.gzip, 0)}` +
        `\n  prerendered SVGs in the HTML: ${(lazy.match(/data-pp-svg=/g) ?? []).length}\n`,
    )
    expect(rows.filter((r) => r.file.endsWith('.js') && isPlot(r.file))).toEqual([])
  })
})

describe('exports embed screenshots', () => {
  for (const lang of ['en', 'es', 'fr'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
        it(`${lang}, ${theme}, ${viewport.width}`, async () => {
          const { page, problems } = await openPage(browser(), `embed/exports/?lang=${lang}&theme=${theme}`, {
            viewport,
            colorScheme: theme,
          })
          await widgetsSettled(page)
          const charts = await visibleCharts(page)
          expect(charts).toHaveLength(5)
          // no chart wider than its column, none squashed
          for (const c of charts) expect(c.width).toBeLessThanOrEqual(viewport.width)
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
          expect(overflow).toBe(false)
          await screenshot(page, `exports-${lang}-${theme}-${viewport.width}`)
          expect(problems).toEqual([])
          await page.context().close()
        })
      }
    }
  }
})
