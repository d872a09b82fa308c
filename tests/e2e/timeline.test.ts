/** The timeline embed in real Chromium: hover, tap-to-pin, keyboard brushing, axe, and screenshots to look at. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { openPage, screenshot, useBrowser, widgetsSettled, VIEWPORTS } from './browser.ts'

const browser = useBrowser()

const PATH = 'embed/timeline/'

/** Centre of a day's bar area (0 = 7 Dec 2022), near the baseline where every bar has ink. */
async function dayPoint(page: Page, index: number) {
  const box = await page.locator('[data-widget="timeline"] .bars').boundingBox()
  if (!box) throw new Error('no bars')
  return { x: box.x + ((index + 0.5) / 176) * box.width, y: box.y + box.height - 6 }
}

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('timeline embed', () => {
  it('hovering a day shows its deaths, places and the emergency in force', async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=en&theme=light`)
    await widgetsSettled(page)
    const p = await dayPoint(page, 33)
    await page.mouse.move(p.x, p.y)
    const tooltip = page.locator('.pp-tooltip')
    await tooltip.waitFor()
    const text = await tooltip.innerText()
    expect(text).toContain('January 9, 2023')
    expect(text).toContain('19 deaths')
    expect(text).toContain('Juliaca')
    expect(text).toContain('National state of emergency')
    await page.mouse.move(p.x, p.y - 400)
    await expect.poll(() => tooltip.count()).toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('tap pins the tooltip on a touch screen; Esc closes it', async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=es&theme=light`, {
      viewport: VIEWPORTS.phone,
      hasTouch: true,
      isMobile: true,
    })
    await widgetsSettled(page)
    const p = await dayPoint(page, 8)
    await page.touchscreen.tap(p.x, p.y)
    const tooltip = page.locator('.pp-tooltip')
    await tooltip.waitFor()
    expect(await tooltip.innerText()).toContain('15 de diciembre de 2022')
    await expect.poll(() => page.getByRole('button', { name: 'Cerrar', exact: true }).count()).toBe(1)
    await screenshot(page, 'timeline-es-light-375-pinned')
    await page.keyboard.press('Escape')
    await expect.poll(() => tooltip.count()).toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('keyboard: Tab reaches the handles; arrows move the period by days, with dates read out', async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=fr&theme=dark`)
    await widgetsSettled(page)
    const start = page.getByRole('slider', { name: 'Début de la période' })
    await start.focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
    expect(await start.getAttribute('aria-valuetext')).toBe('10 décembre 2022')
    const end = page.getByRole('slider', { name: 'Fin de la période' })
    await end.focus()
    await page.keyboard.press('PageDown')
    expect(await end.getAttribute('aria-valuetext')).toBe('24 mai 2023')
    await expect.poll(() => page.locator('.period-note').innerText()).toMatch(/67|63/)
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    expect(await start.getAttribute('aria-valuetext')).toBe('7 décembre 2022')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('pointer: dragging on the track chooses a period; the band dims the rest', async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=en&theme=light`)
    await widgetsSettled(page)
    const track = await page.locator('.brush').boundingBox()
    if (!track) throw new Error('no track')
    const x = (i: number) => track.x + ((i + 0.5) / 176) * track.width
    await page.mouse.move(x(33), track.y + 22)
    await page.mouse.down()
    await page.mouse.move(x(40), track.y + 22, { steps: 5 })
    await page.mouse.up()
    await expect
      .poll(() => page.getByRole('slider', { name: 'Start of the period' }).getAttribute('aria-valuetext'))
      .toBe('January 9, 2023')
    expect(await page.getByRole('slider', { name: 'End of the period' }).getAttribute('aria-valuetext')).toBe(
      'January 16, 2023',
    )
    expect(await page.locator('.period-note').innerText()).toContain('22 deaths')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('events: Enter on a key event opens its details and marks its date', async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=en&theme=light`)
    await widgetsSettled(page)
    const juliaca = page.getByRole('button', { name: /January 9, 2023: Juliaca/ })
    await juliaca.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 3, name: /Juliaca/ }).waitFor()
    expect(await page.locator('.event-line').count()).toBe(1)
    expect(await page.getByText('Highlighted: Puno').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'timeline-en-light-1280-event')
    expect(problems).toEqual([])
    await page.context().close()
  })

  for (const theme of ['light', 'dark'] as const) {
    it(`axe: zero violations, ${theme}, with the running total and the table open`, async () => {
      const { page, problems } = await openPage(browser(), `${PATH}?lang=en&theme=${theme}`, { colorScheme: theme })
      await widgetsSettled(page)
      expect(await axeViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Show the numbers as a table' }).click()
      await page.getByRole('checkbox', { name: 'Running total' }).check()
      expect(await axeViolations(page)).toEqual([])
      if (theme === 'light') await screenshot(page, 'timeline-en-light-1280-table')
      expect(problems).toEqual([])
      await page.context().close()
    }, 120_000)
  }

  describe('screenshots', () => {
    for (const width of [320, 768, 1280] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${width} px, ${theme}`, async () => {
          const { page, problems } = await openPage(browser(), `${PATH}?lang=en&theme=${theme}`, {
            viewport: { width, height: 900 },
            colorScheme: theme,
          })
          await widgetsSettled(page)
          // Nothing overflows the page sideways: on a phone only the plot scrolls.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          expect(overflow).toBeLessThanOrEqual(0)
          // From a tablet up, the whole period is on screen: the plot scrolls sideways only on phones.
          const hidden = await page.$eval('[data-widget="timeline"] .scroller', (el) => el.scrollWidth - el.clientWidth)
          if (width >= 768) expect(hidden).toBeLessThanOrEqual(0)
          else expect(hidden).toBeGreaterThan(0)
          // The hint to swipe shows where the plot scrolls, and only there.
          expect(await page.locator('[data-widget="timeline"] .scroll-hint').isVisible()).toBe(hidden > 0)
          // No text smaller than 12 px in the graphic.
          const smallest = await page.evaluate(() =>
            Math.min(
              ...[...document.querySelectorAll('[data-widget] *')]
                .filter(
                  (el) =>
                    el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
                )
                .filter((el) => (el as HTMLElement).offsetParent !== null)
                .map((el) => parseFloat(getComputedStyle(el).fontSize)),
            ),
          )
          expect(smallest).toBeGreaterThanOrEqual(12)
          await screenshot(page, `timeline-en-${theme}-${width}`)
          expect(problems).toEqual([])
          await page.context().close()
        })
      }
    }
    for (const lang of ['en', 'es', 'fr'] as const) {
      it(`${lang} at 375 px`, async () => {
        const { page, problems } = await openPage(browser(), `${PATH}?lang=${lang}&theme=light`, {
          viewport: VIEWPORTS.phone,
        })
        await widgetsSettled(page)
        await screenshot(page, `timeline-${lang}-light-375`)
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  })
})

describe('story page: the timeline and the map share one selection', () => {
  it('brushing filters the map; a department chosen on the map is highlighted on the timeline', async () => {
    const { page, problems } = await openPage(browser(), './?lang=en&theme=light')
    await widgetsSettled(page)
    const puno = () =>
      page.getAttribute('[data-widget="map"] [data-kind="department"][data-id="PE-PUN"]', 'data-deaths')
    const before = Number(await puno())
    const end = page.locator('[data-widget="timeline"]').getByRole('slider', { name: 'End of the period' })
    await end.focus()
    await page.keyboard.press('Home') // the period shrinks to 7 Dec 2022: no deaths anywhere
    await expect.poll(async () => Number(await puno())).toBeLessThan(before)
    await page.keyboard.press('Escape')
    await expect.poll(async () => Number(await puno())).toBe(before)
    // The reader scrolls back up to the map; the story lays its sections out only as they near the screen.
    const department = '[data-widget="map"] [data-kind="department"][data-id="PE-PUN"]'
    await page.$eval(department, (el) => el.scrollIntoView({ block: 'center' }))
    await page.waitForFunction(
      (s) => document.querySelector(s)?.checkVisibility({ contentVisibilityAuto: true }),
      department,
    )
    // force: Playwright never judged the SVG path visible and stable (it waited 30 s); the click reaches the map's handler.
    await page.locator(department).click({ force: true })
    await expect.poll(() => page.locator('[data-widget="timeline"]').getByText('Highlighted: Puno').count()).toBe(1)
    expect(problems).toEqual([])
    await page.context().close()
  }, 120_000)

  it('shows the whole period in the column of the story on a desktop, with no sideways scrolling', async () => {
    const { page, problems } = await openPage(browser(), './?lang=fr&theme=light')
    await widgetsSettled(page)
    const scroller = page.locator('[data-widget="timeline"] .scroller')
    await scroller.scrollIntoViewIfNeeded()
    // (laid out once near the screen: the story's sections have content-visibility: auto)
    await expect.poll(() => scroller.evaluate((el) => el.clientWidth)).toBeGreaterThan(600)
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
