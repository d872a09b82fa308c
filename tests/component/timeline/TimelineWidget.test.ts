import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import TimelineWidget from '../../../src/lib/timeline/TimelineWidget.svelte'
import { Selection } from '../../../src/lib/state/selection.svelte.ts'
import { Resource } from '../../../src/lib/state/resource.svelte.ts'
import { DataError } from '../../../src/lib/data/load.ts'
import type { TimelineData } from '../../../src/lib/timeline/load.ts'
import { readyResource } from './fixtures.ts'

const flags = { lang: 'en' as const, theme: 'light' as const, plain: false, static: false }

function setup(options: { selection?: Selection; lang?: 'en' | 'es' | 'fr'; static?: boolean } = {}) {
  const selection = options.selection ?? new Selection()
  const result = render(TimelineWidget, {
    ...flags,
    lang: options.lang ?? 'en',
    static: options.static ?? false,
    resource: readyResource(),
    selection,
  })
  return { selection, ...result }
}

describe('TimelineWidget: keyboard brushing', () => {
  it('ArrowRight ×3 on the start handle moves the period 3 days; the value text is a localised date', async () => {
    const user = userEvent.setup()
    const { selection } = setup()
    const start = screen.getByRole('slider', { name: 'Start of the period' })
    expect(start).toHaveAttribute('aria-valuetext', 'December 7, 2022')
    start.focus()
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(selection.period).toEqual({ start: '2022-12-10', end: '2023-05-31' })
    expect(start).toHaveAttribute('aria-valuenow', '3')
    expect(start).toHaveAttribute('aria-valuetext', 'December 10, 2022')
  })

  it('end handle: PageDown −7 days, Home meets the start; Escape clears the period', async () => {
    const user = userEvent.setup()
    const { selection } = setup()
    const end = screen.getByRole('slider', { name: 'End of the period' })
    end.focus()
    await user.keyboard('{PageDown}')
    expect(selection.period).toEqual({ start: '2022-12-07', end: '2023-05-24' })
    await user.keyboard('{Home}')
    expect(selection.period).toEqual({ start: '2022-12-07', end: '2022-12-07' })
    expect(screen.getByText(/No deaths recorded between/, { selector: 'strong' })).toBeVisible()
    await user.keyboard('{Escape}')
    expect(selection.period).toBeNull()
  })

  it('Spanish and French value texts', () => {
    setup({ lang: 'es' })
    expect(screen.getByRole('slider', { name: 'Inicio del periodo' })).toHaveAttribute(
      'aria-valuetext',
      '7 de diciembre de 2022',
    )
  })

  it('a period set elsewhere moves the handles, and the summary counts its deaths; the reset button clears it', async () => {
    const user = userEvent.setup()
    const selection = new Selection({ period: { start: '2023-01-09', end: '2023-01-12' } })
    setup({ selection })
    expect(screen.getByRole('slider', { name: 'Start of the period' })).toHaveAttribute('aria-valuenow', '33')
    expect(screen.getByRole('slider', { name: 'End of the period' })).toHaveAttribute('aria-valuenow', '36')
    expect(screen.getByText(/January 9\s*–\s*12, 2023: 21 deaths/, { selector: 'strong' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Whole period' }))
    expect(selection.period).toBeNull()
  })
})

describe('TimelineWidget: events and linking', () => {
  it('Enter on an event selects it with its department and opens its details with sources', async () => {
    const user = userEvent.setup()
    const { selection } = setup()
    const events = screen.getByRole('group', { name: /^Events/ })
    const buttons = within(events).getAllByRole('button')
    expect(buttons).toHaveLength(55)
    // One tab stop for all the events (roving tabindex).
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1)
    const juliaca = within(events).getByRole('button', { name: /January 9, 2023: Juliaca/ })
    juliaca.focus()
    await user.keyboard('{Enter}')
    expect(selection.event).toBe('tl-2023-01-09-juliaca')
    expect(selection.department).toBe('PE-PUN')
    expect(juliaca).toHaveAttribute('aria-pressed', 'true')
    const details = screen.getByRole('region', { name: /Juliaca: 17 civilians killed/ })
    expect(within(details).getAllByRole('link').length).toBeGreaterThan(0)
    // The map chose Puno through the event: the bars say so.
    expect(screen.getByText('Highlighted: Puno')).toBeInTheDocument()
    await user.click(within(details).getByRole('button', { name: 'Close the event' }))
    expect(selection.event).toBeNull()
  })

  it('arrow keys move between events in date order', async () => {
    const user = userEvent.setup()
    setup()
    const events = screen.getByRole('group', { name: /^Events/ })
    const first = within(events)
      .getAllByRole('button')
      .find((b) => b.tabIndex === 0)!
    first.focus()
    expect(first).toHaveAccessibleName(/December 7, 2022: Castillo/)
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toHaveAccessibleName(/December 11, 2022: First protest deaths/)
    await user.keyboard('{End}')
    expect(document.activeElement).toHaveAccessibleName(/May 30, 2023/)
  })

  it('a department chosen on the map is highlighted, with a visible note and a way to clear it', async () => {
    const user = userEvent.setup()
    const selection = new Selection({ department: 'PE-AYA' })
    setup({ selection })
    expect(screen.getByText('Highlighted: Ayacucho')).toBeInTheDocument()
    expect(screen.getByText(/10 of the 67 deaths shown/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(selection.department).toBeNull()
  })

  it('the bars are one tab stop; arrow keys walk the days and announce them', async () => {
    const user = userEvent.setup()
    setup()
    const bars = screen.getByRole('group', { name: /^Deaths per day/ })
    bars.focus()
    await user.keyboard('{ArrowUp}')
    expect(document.querySelector('[aria-live]')).toHaveTextContent(/December 11, 2022: 2 deaths/)
    await user.keyboard('{ArrowRight}')
    expect(document.querySelector('[aria-live]')).toHaveTextContent(/December 12, 2022: 6 deaths/)
  })

  it('date field and running total toggles change the graphic', async () => {
    const user = userEvent.setup()
    const { container } = setup()
    await user.click(screen.getByRole('radio', { name: 'Date of the incident' }))
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(/By date of the incident/)
    await user.click(screen.getByRole('checkbox', { name: 'Running total' }))
    expect(container.querySelector('.running path')).not.toBeNull()
  })

  it('the table button shows deaths per day and the events', async () => {
    const user = userEvent.setup()
    setup()
    await user.click(screen.getByRole('button', { name: 'Show the numbers as a table' }))
    const tables = screen.getAllByRole('table')
    expect(tables).toHaveLength(2)
    expect(within(tables[0]!).getByText('Jan 9, 2023')).toBeInTheDocument()
    // 20 days with deaths + header + footer
    expect(within(tables[0]!).getAllByRole('row')).toHaveLength(22)
    expect(within(tables[1]!).getAllByRole('row')).toHaveLength(56)
  })
})

describe('TimelineWidget: flags and states', () => {
  it('static: no brush, no focus stops, nothing to click', () => {
    const { container } = setup({ static: true })
    expect(screen.queryByRole('slider')).toBeNull()
    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(container.querySelectorAll('[tabindex="0"], button, input')).toHaveLength(0)
  })

  it('error: the frame shows the alert', () => {
    render(TimelineWidget, {
      ...flags,
      resource: Resource.failed<TimelineData>(new DataError('schema', 'timeline/v1.json', 'bad')),
      selection: new Selection(),
    })
    expect(screen.getByRole('alert')).toHaveTextContent('timeline/v1.json')
  })
})
