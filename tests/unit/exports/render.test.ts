/** Plot in node (linkedom, the server's DOM): the marks each chart draws, what they say, and that axe-facing markup is right. */
import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { ExportsDataset } from '../../../src/lib/data/types.ts'
import { LANGS } from '../../../src/lib/i18n/index.ts'
import { exportsView, type ChartSpec } from '../../../src/lib/exports/model.ts'
import { CHART_WIDTHS, FILL, textWidth } from '../../../src/lib/exports/charts.ts'
import { renderChartSvg } from '../../../src/lib/exports/render.ts'

const data = JSON.parse(readFileSync('data/arms-exports/1.0.0.json', 'utf8')) as ExportsDataset
const server = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document

function svgOf(spec: ChartSpec, width = 320): SVGSVGElement {
  const markup = renderChartSvg(spec, width, server)
  const host = parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document
  return host.querySelector('svg') as unknown as SVGSVGElement
}

const charts = (lang: (typeof LANGS)[number] = 'en') => exportsView(data, lang).charts
const spec = (id: ChartSpec['id'], lang: (typeof LANGS)[number] = 'en') => charts(lang).find((c) => c.id === id)!
const markGroups = (svg: Element, fill: string) =>
  [...svg.querySelectorAll('g[aria-label="bar"], g[aria-label="rect"]')].filter((g) => g.getAttribute('fill') === fill)
/** Each <text>'s words; wrapped lines (<tspan>s) joined with a space. */
const texts = (svg: Element) =>
  [...svg.querySelectorAll('text')].map((t) => {
    const lines = [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '')
    return (lines.length ? lines.join(' ') : (t.textContent ?? '')).replace(/\u200b/g, '')
  })

describe('exports by year, rendered', () => {
  it('one bar per official year, one derived span, no bar for a year without a figure', () => {
    const svg = svgOf(spec('yearly'))
    const official = markGroups(svg, FILL.official)
    expect(official).toHaveLength(1)
    expect(official[0]!.querySelectorAll('rect')).toHaveLength(5)
    const derived = markGroups(svg, FILL.derived)
    expect(derived).toHaveLength(1)
    expect(derived[0]!.querySelectorAll('rect')).toHaveLength(1)
    expect(derived[0]!.getAttribute('stroke-dasharray')).toBe('5 3')
    expect(derived[0]!.getAttribute('fill-opacity')).toBe('0.22')
    // the only other bars are the invisible hover targets
    const visible = [...svg.querySelectorAll('g[aria-label="bar"]')].filter((g) => !g.classList.contains('pp-hit'))
    expect(visible.flatMap((g) => [...g.querySelectorAll('rect')])).toHaveLength(6)
    const words = texts(svg)
    expect(words.filter((t) => t === 'no figure found')).toHaveLength(2)
    expect(words).toContain('≈ $79M · derived')
    expect(words).toContain('$735K')
    expect(words).toContain('2014–2016')
  })

  it('a tiny value still gets a visible bar, at least 2 px wide', () => {
    const svg = svgOf(spec('yearly'))
    const rects = [...markGroups(svg, FILL.official)[0]!.querySelectorAll('rect')]
    for (const r of rects) expect(Number(r.getAttribute('width'))).toBeGreaterThanOrEqual(2)
  })

  it('keys every row for interaction, in keyboard order, with a tooltip anchor', () => {
    const s = spec('yearly')
    const svg = svgOf(s)
    const hits = [...svg.querySelectorAll('[data-key]')]
    expect(hits.map((h) => h.getAttribute('data-key'))).toEqual(s.items.map((i) => i.key))
    for (const h of hits) {
      expect(Number(h.getAttribute('data-ax'))).toBeGreaterThanOrEqual(0)
      expect(Number(h.getAttribute('data-ay'))).toBeGreaterThan(0)
    }
  })
})

describe('every chart', () => {
  it('renders at every width in every language, sized by viewBox, with a name and description', () => {
    for (const lang of LANGS) {
      for (const c of charts(lang)) {
        for (const width of CHART_WIDTHS) {
          const svg = svgOf(c, width)
          expect(svg.getAttribute('width')).toBe(String(width))
          expect(svg.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${width} \\d+`))
          expect(svg.getAttribute('aria-label')).toBe(c.title)
          expect(svg.getAttribute('aria-description')).toBe(c.description)
          // Plot names layers with aria-label on a <g>, which axe accepts only with a role: every named layer is a group
          for (const g of svg.querySelectorAll('g[aria-label]')) expect(g.getAttribute('role')).toBe('group')
          // Plot's warning glyph would mean a data problem Plot noticed
          expect(svg.textContent).not.toContain('⚠')
          expect(svg.textContent).not.toMatch(/NaN|undefined|\{\w+\}/)
        }
      }
    }
  })

  it('axis labels never overlap, in any language, at any width', () => {
    for (const lang of LANGS) {
      for (const c of charts(lang)) {
        for (const width of CHART_WIDTHS) {
          const labels = [...svgOf(c, width).querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => ({
            x: Number(/translate\(([\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]),
            w: Math.max(...(t.textContent ?? '').split('\n').map((line) => textWidth(line, 11))),
          }))
          expect(labels.length, `${lang} ${c.id} ${width}`).toBeGreaterThanOrEqual(2)
          for (let i = 1; i < labels.length; i++) {
            const gap = labels[i]!.x - labels[i - 1]!.x
            expect(gap, `${lang} ${c.id} ${width}`).toBeGreaterThan((labels[i]!.w + labels[i - 1]!.w) / 2 + 4)
          }
        }
      }
    }
  })

  it('uses theme variables, not fixed colours, so one SVG serves light and dark', () => {
    for (const c of charts()) {
      const markup = renderChartSvg(c, 420, server)
      const fills = [...markup.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1])
      for (const f of fills) expect(f, c.id).toMatch(/^(var\(--pp-[\w-]+\)|currentColor|none|transparent)$/)
      expect(markup).toContain('--plot-background:var(--pp-bg)')
      // Plot's own <style> (with its fixed white background) is dropped: ExportsChart's CSS covers the rest.
      expect(markup).not.toContain('<style')
    }
  })

  it('is deterministic: the same data gives the same markup (hydration relies on it)', () => {
    for (const c of charts('fr')) expect(renderChartSvg(c, 560, server)).toBe(renderChartSvg(c, 560, server))
  })
})

describe('other charts, rendered', () => {
  it('the LAV II share and the dispute annotation', () => {
    const words = texts(svgOf(spec('lav')))
    // long labels wrap into <tspan> lines at 320 px
    expect(words.join(' ')).toContain('32 LAV II vehicles · $67M · 82% of the total (derived)')
    expect(words).toContain('Value disputed')
  })

  it('Peru among other destinations: bars for figures, words for none listed', () => {
    const svg = svgOf(spec('region'))
    const bars = [...svg.querySelectorAll('g[aria-label="bar"]:not(.pp-hit) rect')]
    expect(bars).toHaveLength(11)
    expect(bars.filter((b) => b.getAttribute('fill') === FILL.official)).toHaveLength(4)
    expect(texts(svg)).toContain('none listed')
    expect(texts(svg)).toEqual(expect.arrayContaining(['2018', '2019', '2020', '2021']))
  })

  it('the permit is drawn as an outlined, open-ended band with its words, not as an export bar', () => {
    const svg = svgOf(spec('permit'))
    const permit = markGroups(svg, FILL.permit)
    expect(permit).toHaveLength(1)
    expect(permit[0]!.getAttribute('stroke-dasharray')).toBe('5 3')
    expect(markGroups(svg, FILL.official)).toHaveLength(0)
    const words = texts(svg).join(' ')
    expect(words).toContain('Permit: up to CAD 960,000')
    expect(words).toContain('an authorised ceiling, not an export')
    expect(words).toContain('valid from Feb 6, 2023')
    // the band starts on the day the permit became valid, marked by a solid rule
    const rule = svg.querySelector('g[aria-label="rule"][stroke="var(--pp-kind-permit)"] line')!
    const band = permit[0]!.querySelector('rect')!
    expect(Number(rule.getAttribute('x1'))).toBeCloseTo(Number(band.getAttribute('x')), 0)
    expect(svg.querySelectorAll('[data-key]')).toHaveLength(2)
  })
})

describe('escaping', () => {
  it('text from data cannot become markup', () => {
    const hostile = structuredClone(spec('yearly'))
    hostile.items[1]!.label = '<img src=x onerror=alert(1)>'
    hostile.items[1]!.shortText = '</svg><script>alert(1)</script>'
    hostile.title = '"><script>alert(1)</script>'
    const markup = renderChartSvg(hostile, 320, server)
    // parsed the way a browser parses the prerendered page: the hostile strings are text and attribute values only
    const page = parseHTML(
      `<!doctype html><html><body><div>${markup}</div><p id="after">after</p></body></html>`,
    ).document
    expect(page.querySelectorAll('script, img')).toHaveLength(0)
    expect(page.querySelectorAll('svg')).toHaveLength(1)
    expect(page.querySelector('svg')!.getAttribute('aria-label')).toBe(hostile.title)
    expect([...page.querySelectorAll('text')].map((t) => t.textContent)).toEqual(
      expect.arrayContaining([hostile.items[1]!.label, hostile.items[1]!.shortText]),
    )
    expect(page.getElementById('after')?.parentElement?.tagName).toBe('BODY')
  })
})
