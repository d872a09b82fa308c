/** The exports widget in jsdom: prerendered SVGs, keyboard traversal with a live region, tooltips, table, states. */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import type { ExportsDataset } from '../../../src/lib/data/types.ts'
import { DataError } from '../../../src/lib/data/load.ts'
import { Resource } from '../../../src/lib/state/resource.svelte.ts'
import { Selection } from '../../../src/lib/state/selection.svelte.ts'
import ExportsWidget from '../../../src/lib/exports/ExportsWidget.svelte'
import { forgetPrerendered, keepPrerendered, keptCount, setChartRenderer } from '../../../src/lib/exports/prerender.ts'
import { renderChartSvg } from '../../../src/lib/exports/render.ts'
import type { Lang } from '../../../src/lib/i18n/index.ts'

const data = JSON.parse(readFileSync('data/arms-exports/1.1.0.json', 'utf8')) as ExportsDataset

/** What the server does at build time: Plot draws each chart synchronously while the widget renders. */
function asOnTheServer() {
  setChartRenderer((spec, width) => renderChartSvg(spec, width, document))
}

function mountWidget(props: { lang?: Lang; static?: boolean; resource?: Resource<ExportsDataset> } = {}) {
  return render(ExportsWidget, {
    lang: props.lang ?? 'en',
    theme: 'light',
    plain: false,
    static: props.static ?? false,
    resource: props.resource ?? Resource.ready(data),
    selection: new Selection(),
  })
}

afterEach(() => {
  setChartRenderer(null)
  forgetPrerendered()
})

describe('prerendered charts', { timeout: 30_000 }, () => {
  it('renders every chart at every width, and the table, from the data', () => {
    asOnTheServer()
    const { container } = mountWidget()
    expect(container.querySelector('[data-widget="exports"]')).toHaveAttribute('data-state', 'ready')
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('What Canada sold Peru')
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Exports to Peru, by year',
      'The CAD 81.4 million and the armoured vehicles',
      'Peru’s share of Canada’s reported military exports',
      'Other Latin American destinations',
      'The 2023 permit: a ceiling, not an export',
    ])
    expect(container.querySelectorAll('.pp-variant svg')).toHaveLength(5 * 3)
    // only the page's language: another language has its own prerendered file
    expect(container.querySelectorAll('[data-pp-svg]')).toHaveLength(5 * 3)
    expect(container.querySelectorAll('template')).toHaveLength(0)
    for (const g of container.querySelectorAll('svg g[aria-label]')) expect(g).toHaveAttribute('role', 'group')
  })

  it('arrow keys move across the bars of a chart, one tab stop, and the live region says each one', async () => {
    asOnTheServer()
    const user = userEvent.setup()
    mountWidget()
    const charts = screen.getAllByRole('application')
    expect(charts).toHaveLength(5)
    await user.tab()
    expect(charts[0]).toHaveFocus()
    const live = charts[0]!.closest('section')!.querySelector('[aria-live="polite"]')!
    expect(live).toHaveTextContent('')
    await user.keyboard('{ArrowRight}')
    expect(live).toHaveTextContent('2014–2016: ≈ CAD 79 million (derived)')
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(live).toHaveTextContent('2019: CAD 734,960.49 (official figure)')
    // the row is highlighted in every width's SVG, and a tooltip says what the number is
    const active = charts[0]!.querySelectorAll('.pp-active')
    expect(active).toHaveLength(3)
    for (const el of active) expect(el).toHaveAttribute('data-key', 'ae-peru-2019')
    const tip = charts[0]!.querySelector('.pp-tooltip')!
    expect(tip).toHaveTextContent('2019')
    expect(tip).toHaveTextContent('CAD 734,960.49')
    expect(tip).toHaveTextContent('official figure')
    await user.keyboard('{End}')
    expect(live).toHaveTextContent('2023: no figure found')
    await user.keyboard('{ArrowDown}')
    expect(live).toHaveTextContent('2023: no figure found')
    await user.keyboard('{Home}')
    expect(live).toHaveTextContent('2014–2016')
    await user.keyboard('{Escape}')
    expect(charts[0]!.querySelectorAll('.pp-active')).toHaveLength(0)
    // one stop per chart, not one per bar: Tab leaves the chart (for its source links), nothing inside is focusable
    await user.tab()
    expect(charts[0]!.contains(document.activeElement)).toBe(false)
    expect(document.activeElement?.tagName).toBe('A')
    expect(charts[0]!.querySelectorAll('[tabindex], a, button')).toHaveLength(0)
    charts[1]!.focus()
    await user.keyboard('{ArrowRight}{ArrowRight}')
    const live2 = charts[1]!.closest('section')!.querySelector('[aria-live="polite"]')!
    expect(live2).toHaveTextContent('32 LAV II vehicles: CAD 67 million (value disputed; 82% of the total (derived))')
  })

  it('the permit chart announces a ceiling, not an export', async () => {
    asOnTheServer()
    const user = userEvent.setup()
    mountWidget({ lang: 'fr' })
    const permit = screen.getAllByRole('application')[4]!
    permit.focus()
    expect(permit).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    const live = permit.closest('section')!.querySelector('[aria-live="polite"]')!
    expect(live.textContent).toBe(
      'Licence d’au plus 960\u00a0000\u00a0$\u00a0CA, valide à partir du 6 février 2023\u00a0: un plafond autorisé, pas une exportation.',
    )
  })

  it('hovering a row shows its tooltip; a click pins it, Escape closes it', async () => {
    asOnTheServer()
    const user = userEvent.setup()
    const { container } = mountWidget()
    const row = container.querySelector('.pp-variant[data-w="320"] [data-key="ae-peru-2022"]')!
    await user.hover(row)
    const chart = row.closest('.pp-chart')!
    expect(chart.querySelector('.pp-tooltip')).toHaveTextContent('no figure found')
    await user.click(row)
    expect(within(chart as HTMLElement).getByRole('button', { name: 'Close' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(chart.querySelector('.pp-tooltip')).toBeNull()
  })

  it('static: no focus stop, no tooltip, same charts', async () => {
    asOnTheServer()
    const { container } = mountWidget({ static: true })
    expect(screen.queryAllByRole('application')).toHaveLength(0)
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(0)
    // the frame hides a described static graphic from assistive tech, so nothing in it may take focus
    expect(container.querySelector('.pp-graphic')).toHaveAttribute('aria-hidden', 'true')
    expect(container.querySelectorAll('.pp-graphic a')).toHaveLength(0)
    expect(container.querySelectorAll('.pp-variant svg')).toHaveLength(15)
  })

  it('the table has the same numbers, with kind and source, and opens without script (<details>)', async () => {
    asOnTheServer()
    const user = userEvent.setup()
    const { container } = mountWidget()
    const details = container.querySelector('details')!
    expect(details.open).toBe(false)
    await user.click(screen.getByText('Show the figures as a table'))
    const table = screen.getByRole('table', { name: 'The figures behind the charts' })
    const row = within(table).getByRole('cell', { name: 'CAD 734,960.49' }).closest('tr')!
    expect(within(row).getByRole('rowheader')).toHaveTextContent('2019')
    expect(row).toHaveTextContent('CAD 734,960.49')
    expect(row).toHaveTextContent('export (official figure)')
    expect(row).toHaveTextContent('PBI Canada')
    expect(table).toHaveTextContent('permit (ceiling, not an export)')
  })
})

describe('in the browser, without Plot', { timeout: 30_000 }, () => {
  it('reuses the SVGs kept from a prerendered page in its language, and loads Plot for another', async () => {
    // 1. build time
    asOnTheServer()
    const server = mountWidget({ lang: 'en' })
    const page = server.container.innerHTML
    server.unmount()
    setChartRenderer(null)
    forgetPrerendered()
    // 2. the browser: the page's markup is read before the widget re-renders (prerender.ts does this at import)
    const host = document.createElement('div')
    host.innerHTML = page
    expect(keepPrerendered(host)).toBe(5 * 3)
    expect(keptCount()).toBe(15)
    const plot = vi.fn()
    vi.doMock('../../../src/lib/exports/render.ts', () => {
      plot()
      return { renderChartSvg: () => '' }
    })
    // drawn again in the same language (other flags): from the kept SVGs, no Plot
    const again = mountWidget({ lang: 'en' })
    expect(again.container.querySelectorAll('.pp-variant svg')).toHaveLength(15)
    expect(again.container.querySelector('.pp-variant svg')).toHaveAttribute('aria-label', 'Exports to Peru, by year')
    expect(again.container.querySelector('.pp-chart-pending')).toBeNull()
    await new Promise((r) => setTimeout(r, 20))
    expect(plot).not.toHaveBeenCalled()
    again.unmount()
    // Spanish in place (a host's data-lang): nothing kept for it, so the space is held and Plot is loaded
    const { container } = mountWidget({ lang: 'es' })
    expect(container.querySelectorAll('.pp-chart-pending')).toHaveLength(5)
    await waitFor(() => expect(plot).toHaveBeenCalled())
    vi.doUnmock('../../../src/lib/exports/render.ts')
  })

  it('with nothing prerendered, holds the space, then loads Plot and draws', async () => {
    const { container } = mountWidget()
    const pending = container.querySelectorAll('.pp-chart-pending')
    expect(pending).toHaveLength(5)
    expect(pending[0]).toHaveStyle('min-height: 300px')
    await waitFor(() => expect(container.querySelectorAll('.pp-variant svg')).toHaveLength(15), { timeout: 10_000 })
    expect(container.querySelector('.pp-chart-pending')).toBeNull()
  })
})

describe('states', () => {
  it('loading reserves space; an error is an alert with a retry', () => {
    const { container, unmount } = mountWidget({ resource: Resource.pending() })
    expect(container.querySelector('[data-widget="exports"]')).toHaveAttribute('data-state', 'loading')
    unmount()
    mountWidget({
      lang: 'es',
      resource: Resource.failed(new DataError('http', 'arms-exports/v1.json', 'HTTP 500')),
    })
    expect(screen.getByRole('alert')).toHaveTextContent('No se pudieron descargar los datos')
  })

  it('data missing a record the charts need is an error, not a wrong chart', () => {
    const broken = structuredClone(data)
    broken.records = broken.records.filter((r) => r.kind !== 'derived')
    const { container } = mountWidget({ resource: Resource.ready(broken) })
    expect(container.querySelector('[data-widget="exports"]')).toHaveAttribute('data-state', 'error')
    expect(screen.getByRole('alert')).toBeInTheDocument()
    expect(container.querySelector('svg')).toBeNull()
  })
})
