/**
 * First view (src/boot/start.ts): the prerendered graphic with one small script, which reads the published manifest
 * and nothing else; the interactive code and the data load when the reader reaches for the graphic, keep the nodes,
 * and do not lose a tap made while they were on their way. A file corrected since the build is drawn anew at once.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { baseUrl, openPage, useBrowser, VIEWPORTS } from './browser.ts'
import { publishCorrection } from './corrections.ts'
import { formatDate } from '../../src/lib/i18n/index.ts'

const browser = useBrowser()

const MAP = '[data-widget="map"]'
const boot = (page: Page) => page.evaluate(() => document.getElementById('app')?.dataset.boot ?? null)

/** Records the site's own requests (paths), from before the page loads. */
function recordRequests(page: Page): string[] {
  const origin = new URL(baseUrl()).origin
  const paths: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === origin) paths.push(url.pathname)
  })
  return paths
}

/** openPage, also recording the site's own requests from before the page loads. */
async function open(path: string, options: Parameters<typeof openPage>[2] = {}) {
  let requests: string[] = []
  const opened = await openPage(browser(), path, {
    ...options,
    prepare: async (page) => {
      requests = recordRequests(page)
      await options.prepare?.(page)
    },
  })
  return { ...opened, requests }
}

/** Holds the interactive code back 1.2 s, so the reader can act before it arrives. */
/**
 * A prerendered page stays static until the reader reaches for `widget`; then it is hydrated, not drawn again: its
 * graphic is still the node it was.
 */
async function expectWokenInPlace(page: Page, widget: string) {
  await page.waitForTimeout(500)
  expect(await boot(page)).toBe('static')
  const svg = await page.$(`${widget} :is(svg, .tl)`)
  await page.hover(widget)
  await page.waitForSelector('#app[data-boot="hydrated"]')
  expect(await svg?.evaluate((node) => node.isConnected)).toBe(true)
}

const delayInteractive = (page: Page) =>
  page.route('**/assets/interactive-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1200))
    await route.continue()
  })

describe('first view', () => {
  it('shows the prerendered map with one small script, and loads the rest when a pointer reaches the map', async () => {
    const { page, problems, requests } = await open('embed/map/')
    await page.waitForSelector('#app[data-boot="static"]')
    await page.waitForLoadState('networkidle')
    const scripts = requests.filter((path) => path.endsWith('.js'))
    expect(
      scripts.some((path) => /\/(interactive|boot[.\w]*|load|mount)-/.test(path)),
      scripts.join(' '),
    ).toBe(false)
    // Still static after a while: nothing but the reader wakes it.
    await page.waitForTimeout(500)
    expect(await boot(page)).toBe('static')

    const svg = await page.$(`${MAP} svg`)
    await page.hover(`${MAP} [data-id="PE-LOR"]`)
    await page.waitForSelector('#app[data-boot="hydrated"]')
    expect(await svg!.evaluate((node) => node.isConnected)).toBe(true)
    await expect.poll(() => page.locator(`${MAP} .pp-tooltip`).textContent()).toContain('Loreto')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('wakes on the keyboard and keeps focus where the reader put it', async () => {
    const { page, problems } = await open('embed/map/')
    await page.waitForSelector('#app[data-boot="static"]')
    await page.keyboard.press('Tab')
    const focused = await page.evaluateHandle(() => document.activeElement)
    expect(
      await focused.evaluate((el) => el !== null && el !== document.body && Boolean(el.closest('[data-widget]'))),
    ).toBe(true)
    await page.waitForSelector('#app[data-boot="hydrated"]')
    expect(await page.evaluate((el) => el === document.activeElement, focused)).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('does not lose a tap made while the interactive code was still on its way', async () => {
    const { page, problems } = await open('embed/map/', {
      viewport: VIEWPORTS.phone,
      hasTouch: true,
      isMobile: true,
      prepare: delayInteractive,
    })
    await page.waitForSelector('#app[data-boot="static"]')
    await page.tap(`${MAP} [data-kind="place"][data-id="Juliaca"]`)
    expect(await boot(page)).toBe('loading')
    await page.waitForSelector('#app[data-boot="hydrated"]')
    await expect.poll(() => page.locator(`${MAP} .pp-tooltip`).textContent()).toContain('Juliaca')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('keeps the filters a reader changed while the interactive code was on its way', async () => {
    const deaths = (page: Page) =>
      page.$$eval(`${MAP} [data-kind="department"]`, (paths) =>
        paths.map((p) => `${p.getAttribute('data-id')}:${p.getAttribute('data-deaths')}`).join(' '),
      )
    const act = async (page: Page) => {
      await page.getByRole('checkbox', { name: /Add the 14 other/ }).click()
      await page.selectOption(`${MAP} select`, '2023-01')
    }
    // Reference: the same two changes made once the map is interactive.
    const late = await open('embed/map/')
    await late.page.waitForSelector('#app[data-boot="static"]')
    await late.page.hover(MAP)
    await late.page.waitForSelector('#app[data-boot="hydrated"]')
    await act(late.page)
    const expected = await deaths(late.page)
    await late.page.context().close()

    const { page, problems } = await open('embed/map/', { prepare: delayInteractive })
    await page.waitForSelector('#app[data-boot="static"]')
    await act(page)
    expect(await boot(page)).toBe('loading')
    await page.waitForSelector('#app[data-boot="hydrated"]')
    await expect.poll(() => deaths(page)).toBe(expected)
    expect(await page.getByRole('checkbox', { name: /Add the 14 other/ }).isChecked()).toBe(true)
    expect(await page.$eval(`${MAP} select`, (select) => (select as HTMLSelectElement).value)).toBe('2023-01')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('learns from the manifest alone that its data are current, and downloads each data file once, for the reader', async () => {
    const workers: string[] = []
    const { page, problems, requests } = await open('embed/map/', {
      prepare: (page) => void page.on('worker', (worker) => workers.push(worker.url())),
    })
    await page.waitForSelector('#app[data-boot="static"]')
    await page.waitForLoadState('networkidle')
    expect(requests.filter((path) => path.includes('/data/'))).toEqual(['/data/manifest.json'])
    expect(workers).toEqual([])
    await page.hover(MAP)
    await page.waitForSelector('#app[data-boot="hydrated"]')
    await page.waitForLoadState('networkidle')
    const data = requests.filter((path) => path.includes('/data/')).sort()
    expect(data).toEqual(['/data/manifest.json', '/data/peru-departments/v1.json', '/data/protest-deaths/v1.json'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  for (const [fault, answer] of [
    ['missing (404)', { status: 404, body: 'Not found' }],
    ['not JSON', { status: 200, contentType: 'application/json', body: '{"latest": [' }],
    ['not a manifest', { status: 200, contentType: 'application/json', body: '{"latest": "yes"}' }],
    ['offline', null],
  ] as const)
    it(`keeps the prerendered graphic, with no error, when the manifest is ${fault}; draws it from the data for the reader`, async () => {
      const { page, problems, requests } = await open('embed/map/', {
        prepare: (page) =>
          page.route('**/data/manifest.json', (route) =>
            answer ? route.fulfill(answer) : route.abort('internetdisconnected'),
          ),
      })
      await page.waitForSelector('#app[data-boot="static"]')
      await page.waitForLoadState('networkidle')
      expect(requests.filter((path) => path.includes('/data/') && !path.endsWith('manifest.json'))).toEqual([])
      expect(await page.locator('[role="alert"]').count()).toBe(0)
      expect(await page.$eval(MAP, (el) => el.getAttribute('data-state'))).toBe('ready')
      // The reader reaches for it: the page cannot know its HTML is current, so it is drawn again from the data.
      await page.hover(MAP)
      await page.waitForSelector('#app[data-boot="mounted"]')
      expect(await page.$eval(MAP, (el) => el.getAttribute('data-state'))).toBe('ready')
      expect(await page.locator('[role="alert"]').count()).toBe(0)
      // Only the manifest's own failed request may be reported.
      expect(problems.filter((problem) => !/Failed to load resource/.test(problem))).toEqual([])
      await page.context().close()
    })

  it('draws a correction published since the build at once, without the reader, from the manifest and the new file', async () => {
    // A correction published after the build: Loreto gets a (fictional) death, valid by the schema.
    type Death = { department_code: string; department: string; counted_by_defensoria: string }
    const json = JSON.parse(readFileSync(`${inject('distDir')}/data/protest-deaths/v1.json`, 'utf8')) as {
      records: Death[]
    }
    const puno = json.records.find((r) => r.department_code === 'PE-PUN' && r.counted_by_defensoria === 'yes')!
    json.records[json.records.indexOf(puno)] = { ...puno, department_code: 'PE-LOR', department: 'Loreto' }
    const { page, problems, requests } = await open('embed/map/', {
      prepare: (page) => publishCorrection(page, { 'protest-deaths/v1.json': JSON.stringify(json) }),
    })
    // No reader action needed: the HTML is stale, so the page is drawn again as soon as the data are in.
    await page.waitForSelector('#app[data-boot="mounted"]')
    const deaths = await page.$$eval(`${MAP} [data-kind="department"]`, (paths) =>
      Object.fromEntries(paths.map((p) => [p.getAttribute('data-id'), Number(p.getAttribute('data-deaths'))])),
    )
    expect(deaths['PE-LOR']).toBe(1)
    expect(deaths['PE-PUN']).toBe(28)
    expect(requests.filter((path) => path.endsWith('protest-deaths/v1.json'))).toHaveLength(1)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('wakes the story when the reader reaches for one of its graphics, not before', async () => {
    const { page, problems } = await open('./', { viewport: VIEWPORTS.phone })
    await page.waitForSelector('#app[data-boot="static"]')
    await page.hover('h1')
    await page.waitForTimeout(300)
    expect(await boot(page)).toBe('static')
    await page.hover('[data-widget="timeline"]')
    await page.waitForSelector('#app[data-boot="hydrated"]')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('never clips a tooltip (content-visibility holds it whole) nor squeezes one against the edge of its graphic', async () => {
    // content-visibility: auto also contains paint, so anything drawn outside such an element is cut off.
    const { page, problems } = await open('./', { viewport: VIEWPORTS.phone })
    await page.waitForSelector('#app[data-boot="static"]')
    let seen = 0
    const stops = await page.$$('[data-widget] .pp-graphic [tabindex="0"]')
    expect(stops.length).toBeGreaterThan(3)
    for (const stop of stops) {
      await stop.focus()
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('ArrowRight')
        // measured as painted: after the frame in which the tooltip measures itself and moves (a ResizeObserver)
        const seenTip = await page.evaluate(async () => {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
          const tip = document.querySelector<HTMLElement>('.pp-tooltip')
          if (!tip) return null
          // The same tooltip at the container's left edge: the width it takes where nothing squeezes it.
          const probe = tip.cloneNode(true) as HTMLElement
          probe.style.left = '0px'
          probe.style.visibility = 'hidden'
          tip.after(probe)
          const squeezed = probe.offsetWidth - tip.offsetWidth
          probe.remove()
          let box: Element | null = tip.parentElement
          while (box && getComputedStyle(box).contentVisibility !== 'auto') box = box.parentElement
          if (!box) return { overflow: 0, squeezed, text: tip.textContent }
          const b = box.getBoundingClientRect()
          const t = tip.getBoundingClientRect()
          const overflow = Math.max(b.top - t.top, t.bottom - b.bottom, b.left - t.left, t.right - b.right)
          return { overflow, squeezed, text: tip.textContent }
        })
        if (seenTip === null) continue
        seen += 1
        const { overflow, squeezed, text } = seenTip
        // (under a pixel: rounding of a fractional width)
        expect(overflow, `a tooltip reaches ${overflow}px outside the part that contains it`).toBeLessThan(1)
        // near the right edge, an absolutely placed box shrinks to the room left of it unless told its own width
        expect(squeezed, `the tooltip "${text}" is ${squeezed}px narrower than it would be elsewhere`).toBeLessThan(1)
      }
      await page.keyboard.press('Escape')
    }
    expect(seen).toBeGreaterThan(50)
    expect(problems).toEqual([])
    await page.context().close()
  }, 120_000)

  it('serves the story drawn in Spanish and French, which their language links reach without a redraw', async () => {
    // A browser in English, so nothing but the page's own file and ?lang= says Spanish.
    const { page, problems } = await open('./', { viewport: VIEWPORTS.phone, locale: 'en-US' })
    await page.waitForSelector('#app[data-boot="static"]')
    await page.getByRole('link', { name: 'Español', exact: true }).click()
    await page.waitForURL(/\/index\.es\.html\?lang=es$/)
    await page.waitForSelector('#app[data-boot="static"]')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')
    expect(await page.title()).toBe(
      'La represión letal en el Perú y las ventas militares de Canadá al gobierno peruano',
    )
    expect(await page.locator('h1').textContent()).toBe(
      'La represión letal en el Perú y las ventas militares de Canadá al gobierno peruano',
    )
    // The corrections log is written in English; its dates are the reader's.
    const dated = page.locator('.changelog time').first()
    expect(await dated.textContent()).toBe(formatDate('es', (await dated.getAttribute('datetime')) ?? ''))
    // Waking it hydrates the Spanish HTML: the graphics stay the nodes they were, in Spanish.
    await expectWokenInPlace(page, '[data-widget="timeline"]')
    expect(await page.getByRole('link', { name: 'Français', exact: true }).getAttribute('href')).toBe(
      './index.fr.html?lang=fr',
    )
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await page.waitForURL(/\/\?lang=en$/)
    expect(await page.locator('h1').textContent()).toBe(
      'Peru’s deadly crackdown, and Canada’s military sales to Peru’s government',
    )
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('sends a reader who asks for another language to the page file in it (story and embeds), keeping the other flags', async () => {
    // ?lang= on the English file.
    const asked = await open('./?theme=dark&lang=fr', { viewport: VIEWPORTS.phone, locale: 'en-US' })
    await asked.page.waitForURL(/\/index\.fr\.html\?lang=fr&theme=dark$/)
    await asked.page.waitForSelector('#app[data-prerendered="lang=fr"]')
    expect(await asked.page.evaluate(() => document.documentElement.lang)).toBe('fr')
    expect(asked.problems).toEqual([])
    await asked.page.context().close()
    // No ?lang= and a Spanish browser: the Spanish file, drawn as it is (static, not drawn again).
    const browserAsked = await open('./', { viewport: VIEWPORTS.phone, locale: 'es-PE' })
    await browserAsked.page.waitForURL(/\/index\.es\.html\?lang=es$/)
    await browserAsked.page.waitForSelector('#app[data-boot="static"]')
    expect(await browserAsked.page.locator('h1').textContent()).toBe(
      'La represión letal en el Perú y las ventas militares de Canadá al gobierno peruano',
    )
    expect(browserAsked.problems).toEqual([])
    await browserAsked.page.context().close()
    // So is an embed's: its English file with ?lang=fr sends the frame to its prerendered French file.
    const embed = await open('embed/exports/?theme=dark&lang=fr#x', { locale: 'en-US' })
    await embed.page.waitForURL(/\/embed\/exports\/index\.fr\.html\?lang=fr&theme=dark#x$/)
    await embed.page.waitForSelector('#app[data-prerendered="lang=fr"]')
    await embed.page.waitForFunction(
      () => document.querySelector('[data-widget]')?.getAttribute('data-state') === 'ready',
    )
    expect(await embed.page.locator('#app .pp-title').first().textContent()).toBe('Ce que le Canada a vendu au Pérou')
    expect(embed.problems).toEqual([])
    await embed.page.context().close()
  })

  it('serves each embed drawn in Spanish and French in its own file, which wakes without a redraw', async () => {
    for (const [widget, lang, text] of [
      ['map', 'es', 'Muertes en las protestas en el Perú, por departamento (mapa)'],
      ['timeline', 'fr', 'Décès lors des manifestations au Pérou, jour par jour, et faits marquants (chronologie)'],
      ['exports', 'es', 'Exportaciones militares canadienses al Perú (gráficos)'],
    ] as const) {
      const { page, problems } = await open(`embed/${widget}/index.${lang}.html?lang=${lang}`, { locale: 'en-US' })
      await page.waitForSelector(`#app[data-prerendered="lang=${lang}"][data-boot="static"]`)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
      expect(await page.title()).toBe(text)
      // Drawn in the language before any of the widget's code has run: not the English file's heading.
      const heading = (await page.locator('#app .pp-title').first().textContent()) ?? ''
      const english = await (await page.request.get(new URL(`embed/${widget}/`, baseUrl()).href)).text()
      expect(heading, widget).not.toBe('')
      expect(english, widget).not.toContain(`>${heading}</h1>`)
      await expectWokenInPlace(page, '#app [data-widget]')
      expect(await page.locator('#app .pp-title').first().textContent()).toBe(heading)
      expect(problems).toEqual([])
      await page.context().close()
    }
  })
})
