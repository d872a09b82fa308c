/**
 * No label cut, off screen or drawn over another, in any widget: at 320, 390, 768 and 1280 px, in English, Spanish
 * and French, light and dark. Measured in Chromium from the bounding boxes of every SVG `text` and every absolutely
 * placed HTML label (an element placed with position: absolute or fixed that holds text of its own): none may leave
 * the screen sideways, none may pass the box of its nearest ancestor that clips (overflow other than visible, an
 * `svg` included), and no two may overlap. A long label wraps, or is shortened with its whole text in its tooltip and
 * accessible name (the timeline's key events): its own box then clips it, and that box is what is measured.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, screenshot, useBrowser, widgetsSettled } from './browser.ts'

const browser = useBrowser()

const WIDGETS = ['map', 'timeline', 'exports'] as const
const LANGS = ['en', 'es', 'fr'] as const
const THEMES = ['light', 'dark'] as const
const WIDTHS = [320, 390, 768, 1280] as const

/** The prerendered file of each language, as the embed codes link it. */
const pathOf = (widget: string, lang: string) =>
  lang === 'en' ? `embed/${widget}/` : `embed/${widget}/index.${lang}.html?lang=${lang}`

interface LabelProblem {
  kind: 'off screen' | 'cut' | 'overlap'
  text: string
  other?: string
}

/**
 * Runs in the page: every visible label in the widget, and what is wrong with it. A self-contained function (no
 * names from outside it; Playwright sends its source text).
 */
function labelProblems(selector: string): { count: number; problems: LabelProblem[] } {
  const root = document.querySelector(selector)
  if (!root) return { count: 0, problems: [] }
  const ownText = (el: Element) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
  const isLabel = (el: Element) => {
    if (el instanceof SVGTextElement) return el.parentElement?.closest('text') === null
    if (!(el instanceof HTMLElement)) return false
    const position = getComputedStyle(el).position
    return (position === 'absolute' || position === 'fixed') && ownText(el)
  }
  const clipper = (el: Element): Element | null => {
    for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
      const style = getComputedStyle(p)
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') return p
    }
    return null
  }
  const name = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
  const labels = [...root.querySelectorAll('*')].filter(
    (el) =>
      isLabel(el) &&
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      el.getBoundingClientRect().width > 1 &&
      el.getBoundingClientRect().height > 1,
  )
  const problems: LabelProblem[] = []
  const boxes = labels.map((el) => el.getBoundingClientRect())
  const E = 0.5
  labels.forEach((el, i) => {
    const r = boxes[i]!
    if (r.left < -E || r.right > window.innerWidth + E || r.top + window.scrollY < -E)
      problems.push({ kind: 'off screen', text: `${name(el)} [${Math.round(r.left)}–${Math.round(r.right)}]` })
    const c = clipper(el)
    if (c) {
      const b = c.getBoundingClientRect()
      if (r.left < b.left - E || r.right > b.right + E || r.top < b.top - E || r.bottom > b.bottom + E)
        problems.push({ kind: 'cut', text: name(el), other: `${c.tagName.toLowerCase()}.${c.getAttribute('class')}` })
    }
  })
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left)
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      const nested = labels[i]!.contains(labels[j]!) || labels[j]!.contains(labels[i]!)
      if (x > 1 && y > 1 && !nested) problems.push({ kind: 'overlap', text: name(labels[i]!), other: name(labels[j]!) })
    }
  return { count: labels.length, problems }
}

async function measure(page: Page, widget: string, width: number) {
  await page.setViewportSize({ width, height: 900 })
  // Let a resize settle: observers fire, charts that follow their width are drawn again.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250))))
  return page.evaluate(labelProblems, `[data-widget="${widget}"]`)
}

describe('labels: none cut, off screen or overlapping', () => {
  for (const widget of WIDGETS)
    for (const lang of LANGS)
      for (const theme of THEMES)
        it(`${widget}, ${lang}, ${theme}: ${WIDTHS.join(', ')} px`, async () => {
          const { page, problems } = await openPage(browser(), pathOf(widget, lang), {
            viewport: { width: WIDTHS[0], height: 900 },
            colorScheme: theme,
          })
          await widgetsSettled(page)
          const found: Record<number, LabelProblem[]> = {}
          for (const width of WIDTHS) {
            const { count, problems: list } = await measure(page, widget, width)
            // Something was measured: every widget has labels at every width.
            expect(count, `${width} px`).toBeGreaterThan(3)
            if (list.length) {
              found[width] = list
              await screenshot(page, `labels-${widget}-${lang}-${theme}-${width}`)
            }
          }
          expect(found).toEqual({})
          expect(problems).toEqual([])
          await page.context().close()
        }, 120_000)
})
