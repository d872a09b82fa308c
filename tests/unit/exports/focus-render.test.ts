/** A focused chart, drawn by Plot in node: compact enough for a pinned box, the highlighted item marked beyond colour. */
import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { ExportsDataset } from '../../../src/lib/data/types.ts'
import { LANGS } from '../../../src/lib/i18n/index.ts'
import { exportsView } from '../../../src/lib/exports/model.ts'
import { CHART_IDS, focusCharts, highlightsByChart } from '../../../src/lib/exports/focus.ts'
import { renderChartSvg } from '../../../src/lib/exports/render.ts'
import { CHART_WIDTHS } from '../../../src/lib/exports/charts.ts'
import { MUTED_OPACITY, MUTED_TEXT_OPACITY } from '../../../src/lib/exports/plot-kit.ts'

const data = JSON.parse(readFileSync('data/arms-exports/1.1.0.json', 'utf8')) as ExportsDataset
const server = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document

function draw(chart: string, highlight: string | null, lang: (typeof LANGS)[number] = 'en', width = 320) {
  const [spec] = focusCharts(exportsView(data, lang).charts, chart, highlight).charts
  if (!spec) throw new Error(`no ${chart} chart`)
  const markup = renderChartSvg(spec, width, server)
  return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document.querySelector('svg')!
}

describe('a focused chart', { timeout: 30_000 }, () => {
  // The 320 px drawing serves columns up to 399 px, scaled up: at 390 px it must still leave its title room in 340 px.
  it('fits a 340 px box at the phone widths, in every language, with or without a highlight', () => {
    const ids = highlightsByChart(data)
    for (const lang of LANGS)
      for (const chart of CHART_IDS)
        for (const highlight of [null, ids[chart]![0]!]) {
          const svg = draw(chart, highlight, lang, CHART_WIDTHS[0])
          const at390 = (Number(svg.getAttribute('height')) * 390) / Number(svg.getAttribute('width'))
          expect(at390, `${chart} ${lang}`).toBeLessThanOrEqual(300)
        }
  })

  it('outlines the highlighted bar and bolds its label; the rest is faded', () => {
    const svg = draw('lav', 'ae-peru-lav-ii')
    const outlined = [...svg.querySelectorAll('g[stroke="currentColor"][stroke-width="2"]')]
    expect(outlined).toHaveLength(1)
    expect(outlined[0]!.querySelectorAll('rect')).toHaveLength(1)
    const bold = [...svg.querySelectorAll('g[font-weight="700"] text')].map((t) => t.textContent)
    expect(bold.join(' ')).toContain('32 LAV II vehicles')
    expect(bold.join(' ')).not.toContain('All military exports')
    expect(svg.querySelectorAll(`rect[opacity="${MUTED_OPACITY}"]`)).toHaveLength(1)
    const faded = [...svg.querySelectorAll(`text[opacity="${MUTED_TEXT_OPACITY}"]`)]
    expect(faded.map((el) => el.textContent)).toEqual(['All military exports · $81.4M'])
  })

  it('marks the permit, and the year in both charts that draw it', () => {
    const permit = draw('permit', 'ae-peru-2023-permit')
    expect(permit.querySelector('g[font-weight="700"]')?.textContent).toContain('Permit: up to CAD 960,000')
    expect(permit.querySelector('g[stroke="currentColor"][stroke-width="2"] rect')).not.toBeNull()
    for (const chart of ['yearly', 'region']) {
      const svg = draw(chart, 'ae-peru-2019')
      expect(svg.querySelectorAll('g[stroke="currentColor"][stroke-width="2"] rect'), chart).toHaveLength(1)
      const year = [...svg.querySelectorAll('g[font-weight="700"] text')].filter((t) => !t.hasAttribute('opacity'))
      expect(year.map((t) => t.textContent)).toContain('$735K')
      // its row's label is bold too
      const axis = svg.querySelector('g[aria-label="y-axis tick label"][font-weight="700"]')
      expect(axis?.textContent, chart).toBe(chart === 'yearly' ? '2019' : '2019 · Peru')
    }
  })

  it('without a highlight or a chart, draws exactly what the full widget draws', () => {
    const spec = exportsView(data, 'en').charts[1]!
    const [same] = focusCharts([spec], null, null).charts
    expect(renderChartSvg(same!, 320, server)).toBe(renderChartSvg(spec, 320, server))
  })
})
