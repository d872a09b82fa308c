/**
 * Accessibility sweep: axe-core (WCAG 2.0/2.1 A and AA, and best practices) on the story, every embed and the
 * embed-code page, in English, Spanish and French, light and dark; then a keyboard-only walkthrough of each widget page: every focus stop shows a visible focus
 * indicator, arrow keys move through the data inside a graphic, and Escape closes a tooltip or a pinned detail.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { openPage, screenshot, useBrowser, widgetsSettled, VIEWPORTS } from './browser.ts'
import { PAGES } from '../../scripts/lib/bytes.ts'
import { embedPath } from '../../src/embed/snippets.ts'
import type { WidgetName } from '../../src/lib/widget.ts'

/** WCAG 2.0/2.1 A and AA, and axe's best practices (landmarks, one h1, regions, heading order…). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
const LANGS = ['en', 'es', 'fr'] as const
const THEMES = ['light', 'dark'] as const

const browser = useBrowser()

// axe-core as @axe-core/playwright bundles it. Injected and run directly: AxeBuilder's cross-frame protocol (a
// partial run per frame, then a second page to merge them) triples the time, and these pages have no iframes.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

/** `frames`: the page shows embeds in iframes (the embed-code page's preview), swept on their own pages instead. */
async function axe(page: Page, { frames = false } = {}) {
  if (!frames) expect(await page.locator('iframe').count(), 'a page with iframes needs AxeBuilder').toBe(0)
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown }> } }).axe
      .run
    const options = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false }
    const results = await run(document, options)
    return results.violations as AxeViolation[]
  }, TAGS)
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
  }))
}

// The story's ?lang=es and ?lang=fr land on its prerendered Spanish and French files (scripts/lib/bootstrap.ts); the
// embeds are swept in their Spanish and French files, the ones the embed codes use.
const pathIn = (spec: (typeof PAGES)[number], lang: (typeof LANGS)[number]) =>
  spec.name.startsWith('embed-') ? embedPath(spec.name.slice('embed-'.length) as WidgetName, lang) : spec.path

describe('axe: zero WCAG 2.1 A/AA and best-practice violations', () => {
  for (const spec of PAGES) {
    for (const lang of LANGS) {
      it(`${spec.name} in ${lang}, light and dark`, async () => {
        // Both themes in one go, on two pages side by side: the sweep stays fast on two cores.
        const results = await Promise.all(
          THEMES.map(async (theme) => {
            // Phone width for Spanish (the longest words), desktop otherwise.
            const viewport = lang === 'es' ? VIEWPORTS.phone : VIEWPORTS.desktop
            const { page, problems } = await openPage(browser(), `${pathIn(spec, lang)}?lang=${lang}&theme=${theme}`, {
              viewport,
              reducedMotion: 'reduce',
            })
            await widgetsSettled(page)
            const violations = await axe(page)
            await page.context().close()
            return { theme, violations, problems }
          }),
        )
        for (const { theme, violations, problems } of results) {
          expect(violations, `${spec.name} ${lang} ${theme}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
          expect(problems, `${spec.name} ${lang} ${theme}`).toEqual([])
        }
      })
    }
  }
  for (const lang of LANGS)
    it(`the embed-code page in ${lang}, light and dark`, async () => {
      for (const theme of THEMES) {
        const { page, problems } = await openPage(browser(), `embed/?lang=${lang}&theme=${theme}`, {
          reducedMotion: 'reduce',
        })
        await page.waitForSelector('main h1')
        const violations = await axe(page, { frames: true })
        await page.context().close()
        expect(violations, `embed-code ${lang} ${theme}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
        expect(problems, `embed-code ${lang} ${theme}`).toEqual([])
      }
    })
})

interface Stop {
  /** Order of first visit (a data-qa-stop attribute marks visited elements). */
  visit: number
  /** This element was visited before: the walk has come round. */
  revisit: boolean
  /** A short description of the focused element, for messages. */
  label: string
  /** A control or link (Enter/arrows have their own meaning there), not a graphic's focus stop. */
  native: boolean
  /** Computed focus styles, focused and unfocused. */
  focused: string
  unfocused: string
  /** The focus outline's colour and the first opaque background behind the element (rgb strings). */
  ringColor: string | null
  backdrop: string
  /** A tooltip is visible while it has focus. */
  tooltip: string | null
  /** Still in the page (not body): focus was not lost. */
  inWidget: boolean
}

/** Runs in the page: the deepest active element (through shadow roots), described, with its focus styles. */
function inspectFocus(): Stop | null {
  let active: Element | null = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  if (!active || active === document.body || active === document.documentElement) return null
  const el = active as HTMLElement
  const revisit = el.hasAttribute('data-qa-stop')
  const w = window as unknown as { qaStops?: number }
  if (!revisit) el.setAttribute('data-qa-stop', String((w.qaStops = (w.qaStops ?? 0) + 1)))
  const visit = Number(el.getAttribute('data-qa-stop'))
  const styleOf = () => {
    const s = getComputedStyle(el)
    const outline =
      s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
        ? 'none'
        : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`
    return `outline: ${outline}; box-shadow: ${s.boxShadow}`
  }
  const tooltipText = () => {
    const roots: (Document | ShadowRoot)[] = [document]
    for (const host of document.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot)
    for (const root of roots)
      for (const tip of root.querySelectorAll<HTMLElement>('[role="tooltip"], .pp-tooltip')) {
        const box = tip.getBoundingClientRect()
        if (box.width > 0 && box.height > 0 && getComputedStyle(tip).visibility !== 'hidden')
          return tip.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      }
    return null
  }
  const focused = styleOf()
  const tooltip = tooltipText()
  const focusedStyle = getComputedStyle(el)
  const ringColor =
    focusedStyle.outlineStyle !== 'none' && parseFloat(focusedStyle.outlineWidth) > 0 ? focusedStyle.outlineColor : null
  let backdrop = 'rgb(255, 255, 255)'
  for (
    let node: Element | null = el;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const bg = getComputedStyle(node).backgroundColor
    if (bg && !/rgba\(.*,\s*0\)$|transparent/.test(bg)) {
      backdrop = bg
      break
    }
  }
  // The unfocused look: the same element without focus. Blur, measure, and give focus back (as a keyboard user
  // had it: Chromium keeps :focus-visible for script focus that follows keyboard focus).
  el.blur()
  const unfocused = styleOf()
  el.focus()
  const tag = el.tagName.toLowerCase()
  const controlRoles = [
    'slider',
    'button',
    'link',
    'checkbox',
    'radio',
    'switch',
    'tab',
    'option',
    'menuitem',
    'textbox',
  ]
  const native =
    ['a', 'button', 'input', 'select', 'textarea', 'summary', 'details'].includes(tag) ||
    controlRoles.includes(el.getAttribute('role') ?? '')
  const name = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? ''
  return {
    visit,
    revisit,
    label: `<${tag}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> "${name}"`,
    native,
    focused,
    unfocused,
    ringColor,
    backdrop,
    tooltip,
    inWidget: true,
  }
}

function visibleTooltip(page: Page) {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document]
    for (const host of document.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot)
    for (const root of roots)
      for (const tip of root.querySelectorAll<HTMLElement>('[role="tooltip"], .pp-tooltip')) {
        const box = tip.getBoundingClientRect()
        if (box.width > 0 && box.height > 0) return tip.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      }
    return null
  })
}

async function activeStop(page: Page) {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
    return Number(active?.getAttribute('data-qa-stop') ?? NaN)
  })
}

/** WCAG relative luminance contrast of two computed colours (rgb()/rgba(), alpha ignored). */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, bl = 0] = (color.match(/[\d.]+/g) ?? []).map(Number)
    const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl)
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

const EMBEDS = PAGES.filter((p) => p.name.startsWith('embed-'))

interface GraphicWalk {
  label: string
  /** Distinct tooltips reached with the arrow keys. */
  reached: number
  escapeClosed: boolean
  /** null: Enter did not pin anything. */
  pinnedClosed: boolean | null
  focusKept: boolean
}

/** Tabs through a page from the top; in a graphic's focus stop, walks the data with arrows, pins, escapes. */
async function walkthrough(path: string, theme: string, walkData: boolean) {
  const { page, problems } = await openPage(browser(), `${path}?lang=en&theme=${theme}`, {
    viewport: VIEWPORTS.desktop,
    reducedMotion: 'reduce',
  })
  await widgetsSettled(page)
  const stops: Stop[] = []
  const graphics: GraphicWalk[] = []
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(inspectFocus)
    if (!stop) {
      if (step > 0) break // focus left the page: the walk is complete
      continue
    }
    if (stop.revisit) break // back at the start
    stops.push(stop)
    if (stop.native || !walkData) continue

    // A graphic's focus stop: arrows go through the data (each shows its tooltip), Enter pins, Escape closes.
    // Right/Left and Down/Up: a list steps with either, a map goes through regions with one and places with the
    // other. Each key is pressed until the tooltip stops changing.
    const texts = new Set<string>(stop.tooltip === null ? [] : [stop.tooltip])
    for (const key of ['ArrowRight', 'ArrowDown']) {
      let previous: string | null = null
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press(key)
        const text = await visibleTooltip(page)
        if (text === null || text === previous) break
        previous = text
        texts.add(text)
      }
    }
    if (texts.size === 0) {
      graphics.push({ label: stop.label, reached: 0, escapeClosed: true, pinnedClosed: null, focusKept: true })
      continue
    }
    await page.keyboard.press('Escape')
    const escapeClosed = (await visibleTooltip(page)) === null
    let pinnedClosed: boolean | null = null
    await page.keyboard.press('Enter')
    if ((await visibleTooltip(page)) !== null) {
      await page.keyboard.press('Escape')
      pinnedClosed = (await visibleTooltip(page)) === null
    }
    const focusKept = (await activeStop(page)) === stop.visit
    graphics.push({ label: stop.label, reached: texts.size, escapeClosed, pinnedClosed, focusKept })
  }
  await screenshot(page, `keyboard-${path.replace(/\W+/g, '-')}${theme}`)

  // The opened states are accessible too: every disclosure (table, details) open, then axe again (once per page:
  // in the walk that also opened tooltips and pins).
  if (!walkData) {
    await page.context().close()
    return { theme, stops, graphics, problems, openedViolations: [] as Awaited<ReturnType<typeof axe>> }
  }
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true
    for (const b of document.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) b.click()
  })
  await page.waitForTimeout(100)
  const openedViolations = await axe(page)
  await page.context().close()
  return { theme, stops, graphics, problems, openedViolations }
}

describe('keyboard-only walkthrough', () => {
  for (const spec of EMBEDS) {
    it(`${spec.name}: every stop has a visible focus ring (light, dark); arrows move through the data; Escape closes`, async () => {
      // Both themes at once; the data walk (arrow keys, Enter, Escape) in the light one.
      const walks = await Promise.all(THEMES.map((theme) => walkthrough(spec.path, theme, theme === 'light')))
      for (const { theme, stops, graphics, problems, openedViolations } of walks) {
        const where = `${spec.name} (${theme})`
        console.log(
          `${where}: ${stops.length} focus stops; graphics: ${
            graphics.map((g) => `${g.label} → ${g.reached} data by arrow keys`).join('; ') || 'none walked'
          }`,
        )
        expect(stops.length, `${where}: the widget has focus stops`).toBeGreaterThan(0)
        const invisible = stops.filter(
          (s) => s.focused === s.unfocused || !/outline: (?!none)|box-shadow: (?!none)/.test(s.focused),
        )
        expect(
          invisible.map((s) => `${s.label}: focused {${s.focused}} vs unfocused {${s.unfocused}}`),
          `${where}: focus stops without a visible focus indicator`,
        ).toEqual([])
        const faint = stops.filter((s) => s.ringColor && contrast(s.ringColor, s.backdrop) < 3)
        expect(
          faint.map(
            (s) =>
              `${s.label}: ring ${s.ringColor} on ${s.backdrop} (${contrast(s.ringColor!, s.backdrop).toFixed(2)}:1)`,
          ),
          `${where}: focus rings under 3:1 against their background`,
        ).toEqual([])
        for (const g of graphics) {
          expect(g.reached, `${g.label}: arrow keys reach more than one datum`).toBeGreaterThan(1)
          expect(g.escapeClosed, `${g.label}: Escape closes the tooltip`).toBe(true)
          if (g.pinnedClosed !== null) expect(g.pinnedClosed, `${g.label}: Escape closes the pinned detail`).toBe(true)
          expect(g.focusKept, `${g.label}: focus stays in the graphic after Escape`).toBe(true)
        }
        expect(problems, where).toEqual([])
        expect(openedViolations, `${where}, disclosures open: ${JSON.stringify(openedViolations, null, 1)}`).toEqual([])
      }
    })
  }
})
