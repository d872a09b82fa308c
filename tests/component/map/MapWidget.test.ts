import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import MapWidget from '../../../src/lib/map/MapWidget.svelte'
import type { MapData } from '../../../src/lib/map/load.ts'
import { Resource } from '../../../src/lib/state/resource.svelte.ts'
import { Selection } from '../../../src/lib/state/selection.svelte.ts'
import { DataError } from '../../../src/lib/data/load.ts'
import type { Lang } from '../../../src/lib/i18n/index.ts'

const data: MapData = {
  deaths: JSON.parse(readFileSync('data/protest-deaths/1.1.0.json', 'utf8')),
  geo: JSON.parse(readFileSync('data/peru-departments/1.0.0.json', 'utf8')),
}

beforeAll(() => {
  // jsdom has no ResizeObserver; Svelte's bind:clientWidth needs one (the map falls back to its default width).
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
})

function setup(
  options: {
    lang?: Lang
    selection?: Selection
    static?: boolean
    resource?: Resource<MapData>
    details?: boolean
  } = {},
) {
  const selection = options.selection ?? new Selection()
  const user = userEvent.setup()
  const result = render(MapWidget, {
    lang: options.lang ?? 'en',
    theme: 'light',
    plain: false,
    static: options.static ?? false,
    resource: options.resource ?? Resource.ready(data),
    selection,
    ...(options.details === undefined ? {} : { details: options.details }),
  })
  return { ...result, selection, user }
}

/** The counts drawn on the map, read from the rendered shapes. */
function drawnDeaths(container: HTMLElement): Record<string, number> {
  const out: Record<string, number> = {}
  for (const path of container.querySelectorAll('[data-kind="department"]'))
    out[path.getAttribute('data-id')!] = Number(path.getAttribute('data-deaths'))
  return out
}

const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent ?? ''

async function openTable(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /show the numbers as a table/i }))
  return screen.getByRole('table')
}

describe('MapWidget', () => {
  it('draws the Defensoría’s count by department, and the same numbers in the table (67)', async () => {
    const { container, user } = setup()
    const drawn = drawnDeaths(container)
    expect(drawn).toMatchObject({
      'PE-PUN': 29,
      'PE-AYA': 10,
      'PE-APU': 7,
      'PE-CUS': 6,
      'PE-ARE': 5,
      'PE-LAL': 5,
      'PE-JUN': 3,
      'PE-LIM': 1,
      'PE-SAM': 1,
      'PE-HUV': 0,
    })
    expect(Object.values(drawn).reduce((a, b) => a + b)).toBe(67)
    const symbols = [...container.querySelectorAll('[data-kind="place"]')].map((g) =>
      Number(g.getAttribute('data-deaths')),
    )
    expect(symbols.reduce((a, b) => a + b)).toBe(67)

    const table = await openTable(user)
    const rows = within(table).getAllByRole('row')
    const puno = rows.find((r) => within(r).queryByRole('rowheader', { name: 'Puno' }))
    expect(
      puno &&
        within(puno)
          .getAllByRole('cell')
          .map((c) => c.textContent),
    ).toEqual(['21', '1', '1', '6', '29'])
    const footer = rows.at(-1)!
    expect(
      within(footer)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['49', '11', '1', '6', '67'])
    expect(screen.getByRole('button', { name: /hide the table/i })).toHaveAttribute('aria-expanded', 'true')
  })

  it('adds the other reported deaths with the labelled toggle (81)', async () => {
    const { container, user } = setup()
    await user.click(screen.getByRole('checkbox', { name: /add the 14 other reported deaths/i }))
    expect(drawnDeaths(container)).toMatchObject({ 'PE-PUN': 36, 'PE-HUV': 1, 'PE-LAL': 9 })
    const table = await openTable(user)
    const footer = within(table).getAllByRole('row').at(-1)!
    expect(
      within(footer)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['49', '11', '1', '6', '14', '81'])
    expect(container.querySelector('.pp-sr-only[id$="-desc"]')?.textContent).toContain('In all, 81 deaths.')
  })

  it('filters by category and by period; a period with no deaths says so', async () => {
    const { container, user, selection } = setup()
    for (const name of [/civilians killed/i, /blockades/i, /police officer/i])
      await user.click(screen.getByRole('checkbox', { name }))
    expect(Object.values(drawnDeaths(container)).reduce((a, b) => a + b)).toBe(6)
    expect(drawnDeaths(container)['PE-PUN']).toBe(6)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'April 2023')
    expect(selection.period).toEqual({ start: '2023-04-01', end: '2023-04-30' })
    expect(screen.getByText('No deaths in this period with these filters.')).toBeVisible()
    expect(container.querySelector('.pp-sr-only[id$="-desc"]')?.textContent).toContain('No deaths were recorded')
  })

  it('is one tab stop with an arrow-key tour, a live region, Enter to select and Escape to clear', async () => {
    const { container, user, selection } = setup()
    const map = screen.getByRole('application', { name: /map of deaths/i })
    map.focus()
    await user.keyboard('{ArrowDown}')
    expect(live(container)).toBe('Tumbes: no deaths')
    expect(container.querySelector('.focus-ring')).not.toBeNull()
    await user.keyboard('{End}')
    expect(live(container)).toBe('Tacna: no deaths')
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}')
    // North of Tacna by latitude of their centres: Moquegua, Arequipa, then Puno.
    expect(live(container)).toMatch(/^Puno: 29 deaths — 21 in clashes, 1 blockade-linked, 1 police officer, 6 soldiers/)
    await user.keyboard('{ArrowRight}')
    expect(live(container)).toMatch(/\(Puno\): \d+ deaths? — /)
    await user.keyboard('{ArrowLeft}{Enter}')
    expect(selection.department).toBe('PE-PUN')
    expect(live(container)).toBe('Puno selected. Details below the map.')
    expect(screen.getByRole('heading', { name: 'Puno', level: 3 })).toBeInTheDocument()
    expect(screen.getByText(/Marco Antonio Samillán Sanga/)).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(selection.department).toBe('PE-PUN')
    await user.keyboard('{Escape}')
    expect(selection.department).toBeNull()
    expect(live(container)).toBe('Selection cleared.')
    // The whole map is a single tab stop: the next Tab leaves it.
    await user.tab()
    expect(document.activeElement).not.toBe(map)
    expect(map.contains(document.activeElement)).toBe(false)
  })

  it('announces in the current language', async () => {
    const { container, user } = setup({ lang: 'es', selection: new Selection({ department: 'PE-PUN' }) })
    screen.getByRole('application').focus()
    await user.keyboard('{ArrowDown}')
    expect(live(container)).toMatch(
      /^Puno: 29 muertes — 21 en enfrentamientos, 1 vinculada a bloqueos, 1 policía, 6 soldados/,
    )
  })

  it('follows the shared selection: details and a highlighted outline for the selected department', () => {
    const { container } = setup({ selection: new Selection({ department: 'PE-AYA' }) })
    expect(container.querySelector('path.selected')?.getAttribute('data-id')).toBe('PE-AYA')
    expect(container.querySelector('svg.dim')).not.toBeNull()
    expect(screen.getByRole('heading', { name: 'Ayacucho', level: 3 })).toBeInTheDocument()
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^https?:\/\//)
  })

  it('without its details panel (a host showing the drawing alone), the selection still outlines its department', () => {
    const { container } = setup({ selection: new Selection({ department: 'PE-AYA' }), details: false })
    expect(container.querySelector('path.selected')?.getAttribute('data-id')).toBe('PE-AYA')
    expect(screen.queryByRole('heading', { name: 'Ayacucho', level: 3 })).toBeNull()
    expect(container.querySelector('.pp-map-details-slot')).toBeNull()
  })

  it('writes the data’s place descriptions and source notes in the reader’s language', () => {
    const { container } = setup({ lang: 'es', selection: new Selection({ department: 'PE-AYA' }) })
    const details = container.querySelector('.pp-map-details') as HTMLElement
    expect(details.textContent).toContain('ciudad de Ayacucho, alrededores del aeropuerto Alfredo Mendívil Duarte')
    expect(
      within(details).getAllByRole('link', { name: /^Servindi \(reproduce la lista de la Defensoría/ }).length,
    ).toBeGreaterThan(0)
    expect(details.textContent).not.toMatch(/around the|reproducing/)
  })

  it('in French, a no-break space goes before the colon after a label', () => {
    const { container } = setup({ lang: 'fr', selection: new Selection({ department: 'PE-AYA' }) })
    const details = container.querySelector('.pp-map-details') as HTMLElement
    expect(details.querySelector('.total')?.textContent).toMatch(/^10 décès\u00a0: 10 lors d’affrontements$/)
    expect(details.querySelector('.sources')?.textContent?.trim()).toMatch(/^Sources\u00a0: La República, /)
    expect(container.querySelector('.pp-sources strong')?.textContent).toBe('Sources\u00a0:')
  })

  it('static: no focus stop, no controls, no table button', () => {
    setup({ static: true })
    expect(screen.queryByRole('application')).toBeNull()
    expect(screen.queryByRole('checkbox')).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
    expect(document.querySelector('[tabindex]')).toBeNull()
  })

  it('shows the error state for invalid data', () => {
    const { container } = setup({
      resource: Resource.failed(new DataError('schema', 'protest-deaths/v1.json', 'does not match its schema')),
    })
    expect(container.querySelector('[data-widget="map"]')).toHaveAttribute('data-state', 'error')
    expect(screen.getByRole('alert')).toHaveTextContent(/protest-deaths\/v1\.json/)
  })
})
