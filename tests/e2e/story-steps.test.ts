/**
 * The story page's scroll-driven chapters (src/pages/story/Story.svelte, scrolly.ts): scrolling the steps past the
 * middle of the viewport moves the graphics to each step's state, read from the map's data-selection-* attributes and
 * the exports' focus attributes; #step-k opens at step k; without JavaScript every step reads in order with its
 * picture; the pinned graphic keeps to its share of a phone's screen; no sideways scroll, no layout shift, no axe
 * violation.
 */
import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { baseUrl, openPage, useBrowser } from './browser.ts'
import { STEPS, stepPicture } from '../../src/lib/story/steps.ts'
import { stepMessages } from '../../src/lib/story/messages.ts'
import { translate } from '../../src/lib/i18n/index.ts'

const browser = useBrowser()
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 390, height: 740 }

/** What the map's root says of the selection, and what the exports say of their focus (empty when not shown). */
async function graphicsState(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector<HTMLElement>('[data-widget="map"]')!
    const focus = document.querySelector<HTMLElement>('[data-exports-chart]')
    return {
      department: map.dataset.selectionDepartment,
      period: map.dataset.selectionPeriod,
      event: map.dataset.selectionEvent,
      chart: focus?.dataset.exportsChart ?? null,
      highlight: focus?.dataset.exportsHighlight ?? null,
      active: [...document.querySelectorAll('[aria-current="step"]')].map((el) => el.getAttribute('data-step')),
    }
  })
}

/** A step's state as the graphics show it. The exports' focus is read where the widget reflects it. */
function expected(number: number, exportsFocus: boolean) {
  const { state } = STEPS[number - 1]!
  return {
    department: state.department ?? '',
    period: state.period ? `${state.period.start}/${state.period.end}` : '',
    event: state.event ?? '',
    chart: exportsFocus ? (state.graphic === 'exports' ? state.chart : expect.anything()) : null,
    highlight: exportsFocus ? (state.graphic === 'exports' ? (state.highlight ?? '') : expect.anything()) : null,
    active: [String(number)],
  }
}

/** Scrolls a step to where a link to it would put it (its scroll margin: just above the middle line). */
async function scrollToStep(page: Page, number: number) {
  await page.evaluate((k) => document.querySelector(`[data-marker="step-${k}"]`)!.scrollIntoView(), number)
}

async function interactive(page: Page) {
  await page.waitForSelector('#app:is([data-boot="hydrated"], [data-boot="mounted"])', { timeout: 20_000 })
}

/** Opens the story with its first chapter on the screen (which counts as reaching for the graphics) and waits. */
async function openAtSteps(viewport: { width: number; height: number }, path = './') {
  const opened = await openPage(browser(), path, { viewport })
  await opened.page.evaluate(() => document.querySelector('.scrolly')!.scrollIntoView())
  await interactive(opened.page)
  return opened
}

describe('the story page: the steps move the graphics', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`at ${viewport.width} px, each step's text crossing the middle gives the graphics its state, also scrolling back`, async () => {
      const { page, problems } = await openAtSteps(viewport)
      const exportsFocus = (await page.locator('[data-exports-chart]').count()) > 0
      const order = [...STEPS.keys()].map((i) => i + 1)
      for (const number of [...order, 6, 3, 9]) {
        await scrollToStep(page, number)
        await expect.poll(() => graphicsState(page), { timeout: 5000 }).toEqual(expected(number, exportsFocus))
      }
      expect(problems).toEqual([])
      await page.context().close()
    }, 120_000)

    it(`at ${viewport.width} px, a link to #step-5 opens the page at step 5, in its state`, async () => {
      const { page, problems } = await openPage(browser(), './#step-5', { viewport })
      await interactive(page)
      const exportsFocus = (await page.locator('[data-exports-chart]').count()) > 0
      await expect.poll(() => graphicsState(page), { timeout: 5000 }).toEqual(expected(5, exportsFocus))
      const box = await page.locator('#step-5').boundingBox()
      expect(box!.y).toBeGreaterThan(-1)
      expect(box!.y).toBeLessThan(viewport.height / 2)
      expect(problems).toEqual([])
      await page.context().close()
    }, 60_000)
  }

  it('without JavaScript, every step reads in order, with its picture and its graphic in words, nothing hidden', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: PHONE })
    const page = await context.newPage()
    await page.goto(new URL('./index.es.html', baseUrl()).href)
    const steps = await page.$$eval('[data-step]', (els) =>
      els.map((el) => ({
        step: el.getAttribute('data-step'),
        text: el.querySelector('.pp-step-text')?.textContent,
        graphic: el.querySelector('.pp-step-graphic')?.textContent,
        picture: el.querySelector('img')?.getAttribute('src'),
        alt: el.querySelector('img')?.getAttribute('alt'),
        shown: el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility === 'visible',
      })),
    )
    expect(steps).toEqual(
      STEPS.map(({ id }, i) => ({
        step: String(i + 1),
        text: translate(stepMessages, 'es', `${id}_text`),
        graphic: translate(stepMessages, 'es', `${id}_graphic`),
        picture: stepPicture(i + 1, 'es'),
        alt: translate(stepMessages, 'es', `${id}_graphic`),
        shown: true,
      })),
    )
    // Without JavaScript nothing is pinned: the graphics and the steps come one after the other.
    expect(await page.$$eval('.scrolly-graphic', (els) => els.map((el) => getComputedStyle(el).position))).toEqual([
      'static',
      'static',
    ])
    await context.close()
  })

  it('on a phone (390 × 740) the pinned graphic takes at most 55 % of the screen, each card rests below it, and the one before has gone', async () => {
    const { page, problems } = await openAtSteps(PHONE)
    const exportsFocus = (await page.locator('[data-exports-chart]').count()) > 0
    // The exports' pinned chart needs the widget's one-chart focus (data-exports-chart); all five charts do not fit.
    const steps = STEPS.flatMap(({ state }, i) => (state.graphic === 'map' || exportsFocus ? [i + 1] : []))
    for (const number of steps) {
      await scrollToStep(page, number)
      await expect.poll(() => graphicsState(page).then((s) => s.active)).toEqual([String(number)])
      const pinned = await page.evaluate((k) => {
        const chapter = document.querySelector(`[data-marker="step-${k}"]`)!.closest('.scrolly')!
        const graphic = chapter.querySelector('.scrolly-graphic')!.getBoundingClientRect()
        const card = document.getElementById(`step-${k}`)!
        return {
          top: Math.round(graphic.top),
          height: graphic.height,
          // where a link to the step puts it, its card starts below the drawing: it covers none of it
          overlap: Math.round(graphic.bottom - card.getBoundingClientRect().top),
          // the card has a background of its own, so its text stays legible over the graphic
          background: getComputedStyle(card).backgroundColor,
          // the card before it, in the same chapter, has left the screen: it covers none of the drawing either
          previousBottom: chapter.contains(document.getElementById(`step-${k - 1}`))
            ? Math.round(document.getElementById(`step-${k - 1}`)!.getBoundingClientRect().bottom)
            : null,
        }
      }, number)
      if (pinned.previousBottom !== null) expect(pinned.previousBottom, `step ${number}`).toBeLessThanOrEqual(0)
      expect(pinned.top, `step ${number}`).toBe(0)
      expect(pinned.height, `step ${number}`).toBeLessThanOrEqual(0.55 * PHONE.height)
      expect(pinned.overlap, `step ${number}`).toBeLessThanOrEqual(0)
      expect(pinned.background).not.toBe('rgba(0, 0, 0, 0)')
    }
    expect(problems).toEqual([])
    await page.context().close()
  }, 120_000)

  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 900 },
  ])
    it(`at ${viewport.width} px nothing overflows sideways at any step, and a scroll through every step shifts no layout`, async () => {
      const { page, problems } = await openPage(browser(), './', { viewport })
      await page.evaluate(() => {
        const shifts: { value: number; what: string }[] = []
        ;(window as unknown as { shifts: typeof shifts }).shifts = shifts
        type Shift = PerformanceEntry & {
          value: number
          hadRecentInput: boolean
          sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
        }
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[])
            if (!entry.hadRecentInput)
              shifts.push({
                value: entry.value,
                // what moved, to say in a failure: an element's tag and class, from where to where
                what: (entry.sources ?? [])
                  .map((s) => {
                    const el = s.node instanceof Element ? s.node : null
                    const name = el ? `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}` : '#text'
                    return `${name} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`
                  })
                  .join(', '),
              })
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.evaluate(() => document.querySelector('.scrolly')!.scrollIntoView())
      await interactive(page)
      await page.waitForLoadState('networkidle')
      // from here on: the shifts of a reader scrolling through the steps, not those of the page's loading
      await page.evaluate(() => ((window as unknown as { shifts: unknown[] }).shifts.length = 0))
      for (const number of STEPS.keys()) {
        await scrollToStep(page, number + 1)
        await expect.poll(() => graphicsState(page).then((s) => s.active)).toEqual([String(number + 1)])
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
        expect(widths[0], `step ${number + 1}`).toBeLessThanOrEqual(widths[1]!)
      }
      const shifts = await page.evaluate(
        () => (window as unknown as { shifts: { value: number; what: string }[] }).shifts,
      )
      const cls = shifts.reduce((sum, shift) => sum + shift.value, 0)
      expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(0.01)
      expect(problems).toEqual([])
      await page.context().close()
    }, 120_000)

  it("the exports steps show drawings made at build time: no Plot, and each step's chart as the page carries it", async () => {
    const { page, problems } = await openPage(browser(), './index.es.html?lang=es', { viewport: DESKTOP })
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await page.evaluate(() => document.querySelector('.scrolly')!.scrollIntoView())
    await interactive(page)
    const exportsSteps = STEPS.flatMap(({ state }, i) => (state.graphic === 'exports' ? [i + 1] : []))
    for (const number of exportsSteps) {
      await scrollToStep(page, number)
      const { chart, highlight } = STEPS[number - 1]!.state
      await expect.poll(() => graphicsState(page)).toMatchObject({ chart, highlight: highlight ?? '' })
      // the chart shown is the one the page's HTML carried for this step (its first step's in the chapter itself)
      const shown = await page.evaluate(() => {
        const variant = document.querySelector<HTMLElement>('[data-exports-chart] .pp-variant[data-pp-svg]')!
        const key = variant.dataset.ppSvg!
        const carried = document.querySelector<HTMLTemplateElement>('template[data-pp-step-charts]')!.content
        const drawn = carried.querySelector(`[data-pp-svg="${CSS.escape(key)}"] svg`)?.outerHTML ?? null
        return { key, same: drawn === null || drawn === variant.querySelector('svg')!.outerHTML, carried: !!drawn }
      })
      expect(shown.key.startsWith(`${chart}.es.`), shown.key).toBe(true)
      expect(shown.same).toBe(true)
      if (number !== exportsSteps[0]) expect(shown.carried, `step ${number}`).toBe(true)
    }
    // Plot is the exports' render chunk (src/lib/exports/render.ts): a reader of the story never downloads it.
    expect(scripts.filter((path) => /\/render-[\w-]+\.js$/.test(path))).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  }, 60_000)

  it("the timeline far below the map is brought up to the steps' selection when the page is idle", async () => {
    const { page, problems } = await openAtSteps(DESKTOP)
    const timeline = page.locator('[data-widget="timeline"]')
    for (const id of ['juliaca', 'lima'] as const) {
      const number = STEPS.findIndex((step) => step.id === id) + 1
      await scrollToStep(page, number)
      const exportsFocus = (await page.locator('[data-exports-chart]').count()) > 0
      await expect.poll(() => graphicsState(page)).toEqual(expected(number, exportsFocus))
      const { department, period } = STEPS[number - 1]!.state
      await expect
        .poll(
          () =>
            timeline.evaluate((el) => [
              el.getAttribute('data-selection-department'),
              el.getAttribute('data-selection-period'),
            ]),
          { timeout: 5000 },
        )
        .toEqual([department ?? '', period ? `${period.start}/${period.end}` : ''])
    }
    expect(problems).toEqual([])
    await page.context().close()
  }, 60_000)

  it('the first exports step leaves the map, off the screen, as the last map step drew it: nothing redrawn', async () => {
    const { page, problems } = await openAtSteps(DESKTOP)
    const lastMap = STEPS.findLastIndex((step) => step.state.graphic === 'map') + 1
    const firstExports = STEPS.findIndex((step) => step.state.graphic === 'exports') + 1
    expect(STEPS[lastMap - 1]!.state.includeOther).toBe(true)
    await scrollToStep(page, lastMap)
    await expect.poll(() => graphicsState(page)).toMatchObject({ active: [String(lastMap)] })
    await page.waitForTimeout(1000)
    await page.evaluate(() => {
      const w = window as unknown as { __mapChanges: number }
      w.__mapChanges = 0
      const observer = new MutationObserver((records) => (w.__mapChanges += records.length))
      const drawing = document.querySelector('[data-widget="map"] svg')!
      observer.observe(drawing, { subtree: true, attributes: true, childList: true, characterData: true })
    })
    await scrollToStep(page, firstExports)
    await expect.poll(() => graphicsState(page)).toMatchObject({ active: [String(firstExports)] })
    await page.waitForTimeout(1000)
    expect(await page.evaluate(() => (window as unknown as { __mapChanges: number }).__mapChanges)).toBe(0)
    // its filter is still the last map step's: the other reported deaths are counted
    await expect.poll(() => page.locator('[data-widget="map"] label.other input').isChecked()).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  }, 60_000)

  it('a key on the timeline far below the screen moves the shared selection: the map follows it', async () => {
    const { page, problems } = await openAtSteps(DESKTOP)
    await page.locator('[data-widget="timeline"] [role="slider"]').first().waitFor({ state: 'attached' })
    await page.waitForTimeout(1000)
    const period = () =>
      page.evaluate(() => document.querySelector<HTMLElement>('[data-widget="map"]')!.dataset.selectionPeriod)
    const before = await period()
    // as the bench and some assistive technology send it: a key event on the slider, no focus event first
    await page.evaluate(() =>
      // the period's end (the step's period is one day: its start cannot move right)
      [...document.querySelectorAll('[data-widget="timeline"] [role="slider"]')]
        .at(-1)!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true })),
    )
    await expect.poll(period).not.toBe(before)
    expect(problems).toEqual([])
    await page.context().close()
  }, 60_000)

  it('axe finds no WCAG 2.1 A/AA or best-practice violation with the steps in play (phone, dark, French)', async () => {
    const { page } = await openPage(browser(), './index.fr.html?lang=fr&theme=dark', {
      viewport: PHONE,
      colorScheme: 'dark',
    })
    await page.evaluate(() => document.querySelector('.scrolly')!.scrollIntoView())
    await interactive(page)
    await scrollToStep(page, 3)
    await expect.poll(() => graphicsState(page).then((s) => s.active)).toEqual(['3'])
    const axePath = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
      'axe-core/axe.min.js',
    )
    await page.evaluate(readFileSync(axePath, 'utf8'))
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run: (...args: unknown[]) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> }
      }
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      return results.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => String(n.target)) }))
    })
    expect(violations).toEqual([])
    await page.context().close()
  }, 60_000)
})
