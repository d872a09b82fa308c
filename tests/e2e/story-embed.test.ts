/**
 * The story embed (embed/story/): the guided story one step at a time, in English, Spanish and French. Opening at a
 * step (?step=k), the buttons and the arrow keys, the live region, loader.js sizing it on another origin before and
 * after a step and passing on its `step` message, and every step's text without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import { baseUrl, openPage, screenshot, useBrowser, widgetsSettled, VIEWPORTS } from './browser.ts'
import { hostPage, startHost, type HostServer } from './host.ts'
import { STEPS } from '../../src/lib/story/steps.ts'
import { stepMessages } from '../../src/lib/story/messages.ts'
import { embedPath } from '../../src/embed/snippets.ts'
import { translate, type Lang } from '../../src/lib/i18n/index.ts'

const browser = useBrowser()
const LANGS = ['en', 'es', 'fr'] as const
const ROOT = '[data-widget="story"]'
let host: HostServer

beforeAll(async () => {
  host = await startHost()
})
afterAll(async () => {
  await host?.close()
})

const heading = (lang: Lang, k: number) => translate(stepMessages, lang, `${STEPS[k - 1]!.id}_heading`)
const activeStep = (page: Page | Frame) =>
  page.evaluate((root) => document.querySelector(root)?.getAttribute('data-active-step'), ROOT)
/** The step texts a reader sees now: their data-step numbers. */
const visibleSteps = (page: Page | Frame) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-step]')]
      .filter((el) => el.getBoundingClientRect().height > 0)
      .map((el) => Number(el.dataset.step)),
  )

async function openStory(lang: Lang, query = '', viewport = VIEWPORTS.phone) {
  const watched = await openPage(browser(), `${embedPath('story', lang)}?lang=${lang}${query}`, {
    viewport,
    reducedMotion: 'reduce',
  })
  await widgetsSettled(watched.page)
  return watched
}

describe('the story embed opens at the step its link names', () => {
  for (const lang of LANGS) {
    it(`in ${lang}: ?step=3 shows Juliaca on the map, ?step=9 the yearly exports`, async () => {
      const { page, problems } = await openStory(lang, '&step=3')
      expect(await page.getAttribute(ROOT, 'data-step-count')).toBe(String(STEPS.length))
      expect(await activeStep(page)).toBe('3')
      expect(await visibleSteps(page)).toEqual([3])
      await expect(page.locator('[data-step="3"] h2').textContent()).resolves.toBe(heading(lang, 3))
      const map = page.locator('[data-widget="map"]')
      const juliaca = STEPS[2]!.state
      expect(await map.getAttribute('data-selection-department')).toBe(juliaca.department)
      expect(await map.getAttribute('data-selection-period')).toBe(`${juliaca.period!.start}/${juliaca.period!.end}`)
      expect(await map.getAttribute('data-selection-event')).toBe(juliaca.event)
      await page.context().close()

      const nine = await openStory(lang, '&step=9')
      expect(await activeStep(nine.page)).toBe('9')
      expect(await visibleSteps(nine.page)).toEqual([9])
      expect(await nine.page.locator('[data-widget="map"]').count()).toBe(0)
      expect(await nine.page.locator('[data-exports-chart]').first().getAttribute('data-exports-chart')).toBe('yearly')
      expect(problems).toEqual([])
      expect(nine.problems).toEqual([])
      await nine.page.context().close()
    })
  }

  it('a step that does not exist opens the first one, with a warning that does not quote it', async () => {
    const warnings: string[] = []
    const { page, problems } = await openPage(browser(), 'embed/story/?step=%3Cb%3E99', {
      viewport: VIEWPORTS.phone,
      prepare: (p) =>
        void p.on('console', (m) => {
          if (m.type() === 'warning') warnings.push(m.text())
        }),
    })
    await widgetsSettled(page)
    expect(await activeStep(page)).toBe('1')
    expect(await visibleSteps(page)).toEqual([1])
    expect(warnings.some((w) => w.includes('"step" flag'))).toBe(true)
    expect(warnings.join(' ')).not.toContain('99')
    expect(await page.content()).not.toContain('<b>99')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('moving between steps', () => {
  for (const lang of LANGS) {
    it(`in ${lang}: the buttons, named in the language, and the arrow keys; the live region speaks`, async () => {
      const { page, problems } = await openStory(lang)
      const previous = page.getByRole('button', { name: translate(stepMessages, lang, 'previous') })
      const next = page.getByRole('button', { name: translate(stepMessages, lang, 'next') })
      expect(await activeStep(page)).toBe('1')
      expect(await previous.isDisabled()).toBe(true)
      await expect(page.locator(`${ROOT} nav`).textContent()).resolves.toContain(
        translate(stepMessages, lang, 'stepOf', { step: 1, count: STEPS.length }),
      )

      await next.click()
      expect(await activeStep(page)).toBe('2')
      expect(await visibleSteps(page)).toEqual([2])
      expect(await page.getAttribute('[data-widget="map"]', 'data-selection-department')).toBe('PE-AYA')
      const live = page.locator(`${ROOT} [aria-live="polite"]`).last()
      await expect(live.textContent()).resolves.toContain(heading(lang, 2))

      // The arrow keys, while the focus is on the story's own buttons.
      await next.focus()
      await page.keyboard.press('ArrowRight')
      expect(await activeStep(page)).toBe('3')
      await page.keyboard.press('ArrowLeft')
      await page.keyboard.press('ArrowLeft')
      expect(await activeStep(page)).toBe('1')
      await page.keyboard.press('End')
      expect(await activeStep(page)).toBe(String(STEPS.length))
      expect(await next.isDisabled()).toBe(true)
      // The focus did not fall off the disabled button: it is on Previous, and the keys still work.
      expect(await previous.evaluate((el) => el === document.activeElement)).toBe(true)
      await expect(live.textContent()).resolves.toContain(heading(lang, STEPS.length))
      await page.keyboard.press('Home')
      expect(await activeStep(page)).toBe('1')

      // Inside the map, the arrow keys are the map's.
      const control = page.locator('[data-widget="map"] input, [data-widget="map"] select').first()
      await control.focus()
      await page.keyboard.press('ArrowRight')
      expect(await activeStep(page)).toBe('1')
      expect(problems).toEqual([])
      await page.context().close()
    })
  }

  it('a sideways swipe on the text moves a step; a vertical one does not', async () => {
    const { page } = await openStory('en', '&step=4')
    const swipe = (dx: number, dy: number) =>
      page
        .locator('[data-step="4"], [data-step="5"]')
        .first()
        .evaluate(
          (el, [dx, dy]) => {
            const box = el.getBoundingClientRect()
            const x = box.left + box.width / 2
            const y = box.top + 20
            const init = { pointerId: 7, pointerType: 'touch', isPrimary: true, bubbles: true }
            el.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }))
            el.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx!, clientY: y + dy! }))
          },
          [dx, dy],
        )
    await swipe(0, -200)
    expect(await activeStep(page)).toBe('4')
    await swipe(-150, 10)
    expect(await activeStep(page)).toBe('5')
    await page.context().close()
  })
})

describe('loader.js on another origin', () => {
  it('sizes the story before and after a step, and passes on its step message', async () => {
    const html = hostPage(
      `<iframe data-peru-protests-embed="story" id="story" title="story" src="${baseUrl()}embed/story/?step=7" style="width:100%;border:0;display:block" height="300"></iframe>` +
        `<script>window.steps=[];window.raw=[];document.getElementById('story').addEventListener('peru-protests:step',(e)=>steps.push(e.detail));addEventListener('message',(e)=>{if(e.data&&e.data.type==='step')raw.push(e.data)})</script>` +
        `<script src="${baseUrl()}embed/loader.js"></script>`,
    )
    const { page, problems } = await openPage(browser(), host.page(html, '/story-host'), {
      viewport: { width: 390, height: 800 },
    })
    const handle = await page.waitForSelector('#story')
    const frame = (await handle.contentFrame())!
    await frame.waitForFunction(() => {
      const boot = document.getElementById('app')?.dataset.boot
      return (boot === 'mounted' || boot === 'hydrated') && document.querySelector('[data-widget="map"]')
    })
    const settled = async () => {
      let iframe = 0
      let content = 0
      for (let i = 0; i < 50; i++) {
        content = await frame.evaluate(() => document.getElementById('app')!.getBoundingClientRect().height)
        iframe = await page.evaluate(() => document.getElementById('story')!.getBoundingClientRect().height)
        if (Math.abs(iframe - content) <= 2) break
        await page.waitForTimeout(100)
      }
      return { iframe, content }
    }
    const before = await settled()
    expect(before.content).toBeGreaterThan(300)
    expect(Math.abs(before.iframe - before.content)).toBeLessThanOrEqual(2)

    // Step 7 (the map) to step 8 (one exports chart): another height.
    await frame.getByRole('button', { name: 'Next' }).click()
    await frame.waitForSelector('[data-widget="exports"][data-state="ready"]')
    await page.waitForFunction(() => (window as unknown as { steps: unknown[] }).steps.length > 0)
    const after = await settled()
    expect(Math.abs(after.content - before.content)).toBeGreaterThan(20)
    expect(Math.abs(after.iframe - after.content)).toBeLessThanOrEqual(2)

    const seen = await page.evaluate(() => {
      const w = window as unknown as { steps: unknown[]; raw: unknown[] }
      return { steps: w.steps, raw: w.raw }
    })
    expect(seen.steps).toEqual([{ id: 'story', step: 8, count: STEPS.length }])
    expect(seen.raw).toEqual([{ sentinel: 'peru-protests', type: 'step', id: 'story', step: 8, count: STEPS.length }])
    await screenshot(page, 'story-embed-host-390')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('without JavaScript', () => {
  for (const lang of LANGS) {
    it(`in ${lang}: every step's text, in order, each with its picture`, async () => {
      const context = await browser().newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.narrow })
      const page = await context.newPage()
      await page.goto(new URL(embedPath('story', lang), baseUrl()).href)
      const all = STEPS.map((_, i) => i + 1)
      expect(await visibleSteps(page)).toEqual(all)
      const headings = await page.locator('[data-step] h2').allTextContents()
      expect(headings).toEqual(all.map((k) => heading(lang, k)))
      const pictures = await page
        .locator('[data-step] img')
        .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).getAttribute('src')))
      expect(pictures).toEqual(all.map((k) => `../../fallbacks/step-${k}-${lang}.png`))
      // No button that would do nothing.
      expect(await page.getByRole('button', { name: translate(stepMessages, lang, 'next') }).isVisible()).toBe(false)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await context.close()
    })
  }
})
