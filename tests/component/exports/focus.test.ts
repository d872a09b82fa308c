/** The exports widget focused by a host: one chart, one highlighted item, reflected as attributes and in words. */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, waitFor } from '@testing-library/svelte'
import type { ExportsDataset } from '../../../src/lib/data/types.ts'
import { Resource } from '../../../src/lib/state/resource.svelte.ts'
import ExportsWidget from '../../../src/lib/exports/ExportsWidget.svelte'
import type { ChartId } from '../../../src/lib/exports/focus.ts'
import { forgetPrerendered, setChartRenderer } from '../../../src/lib/exports/prerender.ts'
import { renderChartSvg } from '../../../src/lib/exports/render.ts'
import type { Lang } from '../../../src/lib/i18n/index.ts'

const data = JSON.parse(readFileSync('data/arms-exports/1.1.0.json', 'utf8')) as ExportsDataset

function mountFocused(props: { chart?: ChartId | string | null; highlight?: string | null; lang?: Lang }) {
  setChartRenderer((spec, width) => renderChartSvg(spec, width, document))
  return render(ExportsWidget, {
    lang: props.lang ?? 'en',
    theme: 'light',
    resource: Resource.ready(data),
    chart: props.chart as ChartId | null,
    highlight: props.highlight,
  })
}

const root = (container: HTMLElement) => container.querySelector<HTMLElement>('.pp-exports')!

afterEach(() => {
  setChartRenderer(null)
  forgetPrerendered()
  vi.restoreAllMocks()
})

describe('a focused exports widget', { timeout: 30_000 }, () => {
  it('draws one chart, compact, with the highlighted item marked and the focus on its attributes', () => {
    const { container } = mountFocused({ chart: 'lav', highlight: 'ae-peru-lav-ii' })
    expect(container.querySelector('[data-widget="exports"]')).toHaveAttribute('data-state', 'ready')
    expect(root(container)).toHaveAttribute('data-exports-chart', 'lav')
    expect(root(container)).toHaveAttribute('data-exports-highlight', 'ae-peru-lav-ii')
    expect(container.querySelectorAll('.pp-chart-block')).toHaveLength(1)
    expect(container.querySelector('.pp-chart-block')).toHaveClass('compact')
    const svgs = container.querySelectorAll('.pp-variant svg')
    expect(svgs).toHaveLength(3)
    for (const svg of svgs) {
      expect(svg).toHaveAttribute('data-chart', 'lav')
      expect(svg.querySelectorAll('g[stroke="currentColor"][stroke-width="2"] rect')).toHaveLength(1)
    }
    expect(root(container).querySelector('.pp-sr-only')).toHaveTextContent(
      'Highlighted: 32 LAV II vehicles: CAD 67 million (value disputed; 82% of the total (derived)).',
    )
  })

  it('says the highlight in Spanish and French', () => {
    const es = mountFocused({ chart: 'permit', highlight: 'ae-peru-2023-permit', lang: 'es' })
    expect(root(es.container).querySelector('.pp-sr-only')).toHaveTextContent(/^Resaltado: Permiso de hasta/)
    es.unmount()
    const fr = mountFocused({ chart: 'yearly', highlight: 'ae-peru-2019', lang: 'fr' })
    expect(root(fr.container).querySelector('.pp-sr-only')).toHaveTextContent(/^Mis en évidence\s: 2019/)
  })

  it('without a focus, five charts and empty attributes, as before', () => {
    const { container } = mountFocused({})
    expect(root(container)).toHaveAttribute('data-exports-chart', '')
    expect(root(container)).toHaveAttribute('data-exports-highlight', '')
    expect(container.querySelectorAll('.pp-chart-block')).toHaveLength(5)
    expect(container.querySelector('.compact, .pp-exports > .pp-sr-only')).toBeNull()
  })

  it('an unknown chart shows every chart; an unknown highlight none; each warns without echoing the input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const bad = 'bogus<b>chart</b>'
    const { container } = mountFocused({ chart: bad, highlight: 'ae-peru-nowhere' })
    expect(container.querySelectorAll('.pp-chart-block')).toHaveLength(5)
    expect(root(container)).toHaveAttribute('data-exports-chart', '')
    expect(root(container)).toHaveAttribute('data-exports-highlight', '')
    expect(container.querySelector('g[stroke="currentColor"][stroke-width="2"]')).toBeNull()
    const said = warn.mock.calls.map((c) => c.join(' '))
    expect(said).toHaveLength(2)
    for (const line of said) {
      expect(line).not.toContain(bad)
      expect(line).not.toContain('ae-peru-nowhere')
    }
  })

  it('follows changes of its props, keeping one chart in place', async () => {
    const { container, rerender } = mountFocused({ chart: 'lav', highlight: 'ae-peru-lav-ii' })
    const block = container.querySelector('.pp-chart-block')
    await rerender({ chart: 'permit', highlight: 'ae-peru-2023-permit' })
    await waitFor(() => expect(root(container)).toHaveAttribute('data-exports-chart', 'permit'))
    expect(root(container)).toHaveAttribute('data-exports-highlight', 'ae-peru-2023-permit')
    // the same section, redrawn: nothing below it is removed and re-added
    expect(container.querySelector('.pp-chart-block')).toBe(block)
    expect(container.querySelector('.pp-variant svg')).toHaveAttribute('data-chart', 'permit')
    await rerender({ chart: null, highlight: null })
    await waitFor(() => expect(container.querySelectorAll('.pp-chart-block')).toHaveLength(5))
  })
})
