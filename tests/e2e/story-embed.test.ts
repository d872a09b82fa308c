/**
 * The story embed (embed/story/): the guided story one step at a time, in English, Spanish and French. Opening at a
 * step (?step=k), the buttons and the arrow keys, the live region, loader.js sizing it on another origin before and
 * after a step and passing on its `step` message, and every step's text without JavaScript.
 */
import { describe, expect, it } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import { baseUrl, openPage, screenshot, useBrowser, widgetsSettled, VIEWPORTS } from './browser.ts'
import { hostPage, useHost } from './host.ts'
import { STEPS } from '../../src/lib/story/steps.ts'
import { stepMessages } from '../../src/lib/story/messages.ts'
import { embedPath } from '../../src/embed/snippets.ts'
import { translate, type Lang } from '../../src/lib/i18n/index.ts'

const browser = useBrowser()
const LANGS = ['en', 'es', 'fr'] as const
const ROOT = '[data-widget="story"]'
const host = useHost()

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
    const { page, problems } = await openPage(browser(), host().page(html, '/story-host'), {
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

describe('links to a moment: "Puno in January"', () => {
  const PUNO_JANUARY = 'department=PE-PUN&period=2023-01-01/2023-01-31'
  const mapSelection = (page: Page | Frame, root = 'document') =>
    page.evaluate((root) => {
      const base = root === 'document' ? document : document.querySelector('peru-protests-map')!.shadowRoot!
      const map = base.querySelector('[data-widget="map"]')!
      return {
        department: map.getAttribute('data-selection-department'),
        period: map.getAttribute('data-selection-period'),
        event: map.getAttribute('data-selection-event'),
      }
    }, root)

  it('the map embed opens on the moment its URL names', async () => {
    const { page, problems } = await openPage(browser(), `embed/map/?lang=en&${PUNO_JANUARY}`)
    await widgetsSettled(page)
    expect(await mapSelection(page)).toEqual({ department: 'PE-PUN', period: '2023-01-01/2023-01-31', event: '' })
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a hostile value is refused: no selection, nothing echoed into the page', async () => {
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>')
    const { page, problems } = await openPage(
      browser(),
      `embed/map/?lang=en&department=${hostile}&period=${hostile}&event=${hostile}`,
    )
    await widgetsSettled(page)
    expect(await mapSelection(page)).toEqual({ department: '', period: '', event: '' })
    expect(await page.content()).not.toContain('onerror=alert')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the same through the custom element’s attributes, and the story element moves with its step attribute', async () => {
    const html = hostPage(
      `<peru-protests-map lang="en" department="PE-PUN" period="2023-01-01/2023-01-31"></peru-protests-map>` +
        `<peru-protests-map id="bad" lang="en" department="&lt;b&gt;x" period="2020-01-01/2020-01-31"></peru-protests-map>` +
        `<peru-protests-story lang="es" step="3"></peru-protests-story>` +
        `<script>window.steps=[];document.addEventListener('peru-protests:step',(e)=>steps.push(e.detail))</script>` +
        `<script type="module" src="${baseUrl()}embed/elements.js"></script>`,
    )
    const { page, problems } = await openPage(browser(), host().page(html, '/elements-moment'), {
      viewport: VIEWPORTS.phone,
    })
    const inShadow = (selector: string, inner: string, attribute: string) =>
      page.evaluate(
        ([selector, inner, attribute]) =>
          document.querySelector(selector!)?.shadowRoot?.querySelector(inner!)?.getAttribute(attribute!) ?? null,
        [selector, inner, attribute],
      )
    await page.waitForFunction(() =>
      [...document.querySelectorAll('peru-protests-map, peru-protests-story')].every((el) =>
        el.shadowRoot?.querySelector('[data-widget="map"][data-state="ready"]'),
      ),
    )
    expect(await mapSelection(page, 'element')).toEqual({
      department: 'PE-PUN',
      period: '2023-01-01/2023-01-31',
      event: '',
    })
    expect(await inShadow('#bad', '[data-widget="map"]', 'data-selection-department')).toBe('')
    expect(await inShadow('#bad', '[data-widget="map"]', 'data-selection-period')).toBe('')

    // The story element: at step 3 in Spanish, Juliaca on its map; its Next button and its step attribute move it.
    expect(await inShadow('peru-protests-story', '[data-widget="story"]', 'data-active-step')).toBe('3')
    expect(await inShadow('peru-protests-story', '[data-widget="map"]', 'data-selection-department')).toBe('PE-PUN')
    await page.locator('peru-protests-story').getByRole('button', { name: 'Siguiente' }).click()
    expect(await inShadow('peru-protests-story', '[data-widget="story"]', 'data-active-step')).toBe('4')
    expect(await page.evaluate(() => (window as unknown as { steps: unknown[] }).steps)).toEqual([
      { step: 4, count: STEPS.length },
    ])
    await page.evaluate(() => document.querySelector('peru-protests-story')!.setAttribute('step', '9'))
    await page.waitForFunction(() =>
      document.querySelector('peru-protests-story')!.shadowRoot!.querySelector('[data-widget="exports"]'),
    )
    expect(await inShadow('peru-protests-story', '[data-widget="story"]', 'data-active-step')).toBe('9')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the embed-code page builds the codes for Puno in January, and for the story at a step', async () => {
    const { page, problems } = await openPage(browser(), 'embed/?lang=en')
    await page.waitForSelector('main h1')
    await page.locator('select[name="department"]').selectOption('PE-PUN')
    await page.locator('select[name="month"]').selectOption('2023-01-01')
    // The codes escape their URLs' ampersands (&#38;), as HTML attributes should.
    const code = async (kind: string) =>
      ((await page.locator(`[data-snippet="${kind}"]`).textContent()) ?? '').replaceAll('&#38;', '&')
    const iframe = await code('iframe')
    expect(iframe).toContain('embed/map/?lang=en&department=PE-PUN&period=2023-01-01/2023-01-31')
    const element = await code('element')
    expect(element).toContain('<peru-protests-map lang="en" department="PE-PUN" period="2023-01-01/2023-01-31">')
    const preview = page.frameLocator('iframe[data-peru-protests-embed="preview"]')
    await expect
      .poll(() => preview.locator('[data-widget="map"]').getAttribute('data-selection-department'), { timeout: 15_000 })
      .toBe('PE-PUN')

    await page.getByRole('radio', { name: /step by step/ }).check()
    await page.getByRole('combobox', { name: 'Opens at step' }).selectOption('4')
    expect(await code('iframe')).toContain('embed/story/?lang=en&step=4')
    expect(await code('iframe')).toContain('fallbacks/step-4-en.png')
    expect(await code('element')).toContain('<peru-protests-story lang="en" step="4"></peru-protests-story>')
    await expect
      .poll(() => preview.locator('[data-widget="story"]').getAttribute('data-active-step'), { timeout: 15_000 })
      .toBe('4')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
