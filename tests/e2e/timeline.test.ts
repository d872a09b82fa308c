/** The timeline embed in real Chromium: hover, tap-to-pin, keyboard brushing, axe, and screenshots to look at. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { openPage, screenshot, useBrowser, widgetsSettled, VIEWPORTS } from './browser.ts'

const browser = useBrowser()

const PATH = 'embed/timeline/'

const bars = (page: Page) => page.locator('[data-widget="timeline"] .bars')

/**
 * A point on a day (0 = 7 Dec 2022) near the baseline, where every bar has ink: days run across in the wide layout
 * and down in the tall one. The page is first scrolled to put that day in the middle of the screen.
 */
async function dayPoint(page: Page, index: number) {
  const box = async () => {
    const b = await bars(page).boundingBox()
    if (!b) throw new Error('no bars')
    return b
  }
  const b = await box()
  const tall = b.height > b.width
  if (tall) {
    await page.evaluate((dy) => window.scrollBy(0, dy), b.y + ((index + 0.5) / 176) * b.height - 370)
    const c = await box()
    return { x: c.x + 6, y: c.y + ((index + 0.5) / 176) * c.height }
  }
  return { x: b.x + ((index + 0.5) / 176) * b.width, y: b.y + b.height - 6 }
}

/** A finger pressed at one point, moved to another and lifted (Chromium turns it into pointer events). */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page)
  const point = (p: { x: number; y: number }) => [{ x: Math.round(p.x), y: Math.round(p.y), id: 1 }]
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) })
  for (let i = 1; i <= 6; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / 6, y: from.y + ((to.y - from.y) * i) / 6 }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

const PHONE = { viewport: VIEWPORTS.narrow, hasTouch: true, isMobile: true }

/** Two boxes share some area (more than a hairline). */
const overlap = (a: DOMRectLike, b: DOMRectLike) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1
type DOMRectLike = { x: number; y: number; width: number; height: number }

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
    await page.getByRole('heading', { level: 2, name: /Juliaca/ }).waitFor()
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
          // Nothing overflows the page sideways, and the whole period is on screen at every width: days run across
          // from 714 px, down below it.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          expect(overflow).toBeLessThanOrEqual(0)
          const bars = await page.locator('[data-widget="timeline"] .bars').boundingBox()
          if (!bars) throw new Error('no bars')
          expect(bars.x).toBeGreaterThanOrEqual(0)
          expect(bars.x + bars.width).toBeLessThanOrEqual(width)
          if (width < 714) expect(bars.height).toBe(176 * 4)
          else expect(bars.width).toBeGreaterThan(bars.height)
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

describe('timeline embed on a phone (320 px, touch): days run down', () => {
  it('a tap on a day pins its tooltip beside it, on screen and clear of what was tapped; the close button and Esc close it', async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=en&theme=light`, PHONE)
    await widgetsSettled(page)
    const p = await dayPoint(page, 33)
    await page.touchscreen.tap(p.x, p.y)
    const tooltip = page.locator('.pp-tooltip')
    await tooltip.waitFor()
    const text = await tooltip.innerText()
    expect(text).toContain('January 9, 2023')
    expect(text).toContain('19 deaths')
    const tip = (await tooltip.boundingBox())!
    expect(tip.x).toBeGreaterThanOrEqual(0)
    expect(tip.x + tip.width).toBeLessThanOrEqual(320)
    expect(tip.y).toBeGreaterThanOrEqual(0)
    expect(tip.y + tip.height).toBeLessThanOrEqual(640)
    // The tapped day's row (4 px, the width of the bars) is not under the tooltip.
    const b = (await bars(page).boundingBox())!
    expect(overlap(tip, { x: b.x, y: p.y - 2, width: b.width, height: 4 })).toBe(false)
    await screenshot(page, 'timeline-en-light-320-pinned')
    await page.getByRole('button', { name: 'Close', exact: true }).tap()
    await expect.poll(() => tooltip.count()).toBe(0)
    // A tap near the top of the screen: the tooltip opens under the day rather than leave the screen.
    const q = await dayPoint(page, 40)
    await page.evaluate((dy) => window.scrollBy(0, dy), q.y - 40)
    const r = { x: q.x, y: 40 }
    await page.touchscreen.tap(r.x, r.y)
    await tooltip.waitFor()
    expect(await tooltip.innerText()).toContain('January 16, 2023')
    const below = (await tooltip.boundingBox())!
    expect(below.y).toBeGreaterThan(r.y + 2)
    await page.keyboard.press('Escape')
    await expect.poll(() => tooltip.count()).toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a finger drawn down the brush chooses a period; the handles are vertical sliders', async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=es&theme=light`, PHONE)
    await widgetsSettled(page)
    const brush = page.locator('.brush')
    await page.evaluate(() => window.scrollBy(0, 400))
    const track = (await brush.boundingBox())!
    expect(track.height).toBe(176 * 4)
    const y = (i: number) => track.y + ((i + 0.5) / 176) * track.height
    await touchDrag(page, { x: track.x + track.width / 2, y: y(33) }, { x: track.x + track.width / 2, y: y(40) })
    const start = page.getByRole('slider', { name: 'Inicio del periodo' })
    const end = page.getByRole('slider', { name: 'Fin del periodo' })
    await expect.poll(() => start.getAttribute('aria-valuetext')).toBe('9 de enero de 2023')
    expect(await end.getAttribute('aria-valuetext')).toBe('16 de enero de 2023')
    expect(await page.locator('.period-note').innerText()).toContain('22 muertes')
    // Only the chosen days keep their full colour.
    const bright = await page.$$eval('[data-widget="timeline"] .bar:not(.dim)', (els) => els.length)
    const dim = await page.$$eval('[data-widget="timeline"] .bar.dim', (els) => els.length)
    expect(bright).toBeGreaterThan(0)
    expect(dim).toBeGreaterThan(bright)
    // The end handle, dragged by its grip: up a week.
    const grip = (await end.boundingBox())!
    await touchDrag(
      page,
      { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 },
      { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 - 7 * 4 },
    )
    await expect.poll(() => end.getAttribute('aria-valuetext')).toBe('10 de enero de 2023')
    expect(await end.getAttribute('aria-orientation')).toBe('vertical')
    await screenshot(page, 'timeline-es-light-320-brushed')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('keyboard: Down moves a handle later, as it moves on screen; Up, Page Up and Esc', async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=fr&theme=dark`, {
      ...PHONE,
      colorScheme: 'dark',
    })
    await widgetsSettled(page)
    const start = page.getByRole('slider', { name: 'Début de la période' })
    await start.focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown')
    expect(await start.getAttribute('aria-valuetext')).toBe('10 décembre 2022')
    expect(await start.getAttribute('aria-orientation')).toBe('vertical')
    await page.keyboard.press('ArrowUp')
    expect(await start.getAttribute('aria-valuetext')).toBe('9 décembre 2022')
    const end = page.getByRole('slider', { name: 'Fin de la période' })
    await end.focus()
    await page.keyboard.press('PageUp')
    expect(await end.getAttribute('aria-valuetext')).toBe('24 mai 2023')
    // The handle sits on its day: a week up the column.
    const box = (await end.boundingBox())!
    const b = (await bars(page).boundingBox())!
    expect(Math.abs(box.y + box.height / 2 - (b.y + 169 * 4))).toBeLessThanOrEqual(1)
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    expect(await start.getAttribute('aria-valuetext')).toBe('7 décembre 2022')
    // The days: Down and Up walk them, Right jumps to the next day with deaths.
    const live = page.locator('[data-widget="timeline"] [aria-live]')
    await bars(page).focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => live.innerText()).toMatch(/^11 décembre 2022/)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => live.innerText()).toMatch(/^12 décembre 2022/)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it("events: a tap on a key event's label or marker opens its details; the keyboard walks events down the column", async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=en&theme=light`, PHONE)
    await widgetsSettled(page)
    const juliaca = page.getByRole('button', { name: /January 9, 2023: Juliaca/ })
    await juliaca.scrollIntoViewIfNeeded()
    await juliaca.tap()
    const heading = page.getByRole('heading', { level: 2, name: /Juliaca/ })
    await heading.waitFor()
    // Brought into view for the reader who asked for it.
    await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().bottom <= innerHeight)).toBe(true)
    expect(await page.getByText('Highlighted: Puno').count()).toBe(1)
    expect(await page.locator('[data-widget="timeline"] .event-line').count()).toBe(1)
    await page.getByRole('button', { name: 'Close the event' }).tap()
    await expect.poll(() => heading.count()).toBe(0)
    // The label of a key event is a larger target than its marker.
    const label = page.locator('[data-widget="timeline"] .label', { hasText: 'IACHR report' })
    await label.scrollIntoViewIfNeeded()
    await label.tap()
    await page.getByRole('heading', { level: 2, name: /IACHR/ }).waitFor()
    // Keyboard: the events are one tab stop; Down goes to the next event in time.
    const first = page.getByRole('button', { name: /December 7, 2022: Castillo/ })
    await page.getByRole('button', { name: /May 3, 2023: IACHR/ }).focus()
    await page.keyboard.press('Home')
    await expect.poll(() => first.evaluate((b) => b === document.activeElement)).toBe(true)
    await page.keyboard.press('ArrowDown')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^December 11, 2022: First protest deaths/)
    // Its tooltip sits clear of the marker, on screen.
    const tooltip = (await page.locator('.pp-tooltip').boundingBox())!
    const marker = (await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    }))!
    expect(overlap(tooltip, marker)).toBe(false)
    expect(tooltip.x).toBeGreaterThanOrEqual(0)
    expect(tooltip.x + tooltip.width).toBeLessThanOrEqual(320)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the counts-by-date switch, the running total and the deaths outside the count work by touch', async () => {
    const { page, problems } = await openPage(browser(), `${PATH}?lang=en&theme=light`, PHONE)
    await widgetsSettled(page)
    const figure = page.locator('[data-widget="timeline"]')
    await page.getByRole('radio', { name: 'Date of the incident' }).tap()
    await expect.poll(() => figure.locator('[id$="-desc"]').textContent()).toMatch(/By date of the incident/)
    await page.getByRole('checkbox', { name: 'Running total' }).tap()
    // The running total runs down the column, with its own scale under the bars.
    const line = page.locator('[data-widget="timeline"] .running.tall path')
    await expect.poll(() => line.isVisible()).toBe(true)
    expect(await page.locator('[data-widget="timeline"] svg.running:not(.tall)').isVisible()).toBe(false)
    const lineBox = (await line.boundingBox())!
    expect(lineBox.height).toBeGreaterThan(600)
    expect(await page.locator('[data-widget="timeline"] .axis.right').isVisible()).toBe(true)
    const before = await page.$$eval('[data-widget="timeline"] .bar', (els) => els.length)
    await page.getByRole('checkbox', { name: /Add 14 deaths/ }).tap()
    await expect.poll(() => page.$$eval('[data-widget="timeline"] .bar', (els) => els.length)).toBeGreaterThan(before)
    await screenshot(page, 'timeline-en-light-320-running')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the first paint is the tall layout, without JavaScript, and hydration moves nothing', async () => {
    const boxes = (page: Page) =>
      page.$$eval(
        '[data-widget="timeline"] .bars, [data-widget="timeline"] .month, [data-widget="timeline"] .label, [data-widget="timeline"] .marker, [data-widget="timeline"] .handle',
        (els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect()
            return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',')
          }),
      )
    // The page as prerendered (its own flags), so that it is hydrated, not drawn again.
    const noJs = await openPage(browser(), PATH, {
      viewport: VIEWPORTS.narrow,
      javaScriptEnabled: false,
    })
    const barsBox = (await bars(noJs.page).boundingBox())!
    expect(barsBox.height).toBe(176 * 4)
    expect(await noJs.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await noJs.page.context().close()

    const { page, problems } = await openPage(browser(), PATH, { viewport: VIEWPORTS.narrow })
    await page.waitForSelector('#app[data-boot="static"]')
    const before = await boxes(page)
    expect(before.length).toBeGreaterThan(60)
    await widgetsSettled(page)
    expect(await page.evaluate(() => document.getElementById('app')?.dataset.boot)).toBe('hydrated')
    expect(await boxes(page)).toEqual(before)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('story page: the timeline and the map share one selection', () => {
  for (const viewport of [VIEWPORTS.desktop, { width: 390, height: 800 }])
    it(`brushing filters the map; a department chosen on the map is highlighted on the timeline (${viewport.width} px)`, async () => {
      const { page, problems } = await openPage(browser(), './?lang=en&theme=light', { viewport })
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
      // The map's chapter is scroll-driven: let the step the scroll reached take its state before the reader's click.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 500)))),
      )
      // force: Playwright never judged the SVG path visible and stable (it waited 30 s); the click reaches the map's handler.
      // A step may have picked Puno out already: the reader's click then chooses it, rather than toggling it off.
      if ((await page.getAttribute('[data-widget="map"]', 'data-selection-department')) === 'PE-PUN')
        await page.locator('[data-widget="timeline"]').getByRole('button', { name: 'Clear', exact: true }).click()
      await page.locator(department).click({ force: true })
      await expect.poll(() => page.locator('[data-widget="timeline"]').getByText('Highlighted: Puno').count()).toBe(1)
      // Its deaths stand out: the other departments' are dimmed.
      expect(await page.locator('[data-widget="timeline"] .bar.dim').count()).toBeGreaterThan(0)
      expect(await page.locator('[data-widget="timeline"] .bar:not(.dim)').count()).toBeGreaterThan(0)
      expect(problems).toEqual([])
      await page.context().close()
    }, 120_000)

  it('shows the whole period in the column of the story on a desktop, with no sideways scrolling', async () => {
    const { page, problems } = await openPage(browser(), './?lang=fr&theme=light')
    await widgetsSettled(page)
    const bars = page.locator('[data-widget="timeline"] .bars')
    await bars.scrollIntoViewIfNeeded()
    // (laid out once near the screen: the story's sections have content-visibility: auto)
    await expect.poll(() => bars.evaluate((el) => el.clientWidth)).toBeGreaterThan(600)
    expect(await bars.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(1280)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
