import type { ComponentProps } from 'svelte'
import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import DataTable from '../../src/lib/ui/DataTable.svelte'
import type { Column } from '../../src/lib/ui/table.ts'

interface Row {
  name: string
  deaths: number
}

const rows: Row[] = [
  { name: 'Ayacucho', deaths: 10 },
  { name: 'Puno', deaths: 29 },
  { name: 'Lima <b>', deaths: 1 },
]

// Testing Library's render() does not carry a generic component's type parameter; the props are checked as Row here.
const rowProps = {
  lang: 'en' as const,
  caption: 'Deaths by department',
  rows,
  rowKey: (row: Row) => row.name,
  columns: <Column<Row>[]>[
    { key: 'name', label: 'Department', cell: (r: Row) => r.name, sortValue: (r: Row) => r.name, rowHeader: true },
    {
      key: 'deaths',
      label: 'Deaths',
      cell: (r: Row) => String(r.deaths),
      sortValue: (r: Row) => r.deaths,
      align: 'end' as const,
    },
  ],
  footer: ['Total', '40'],
  sortKey: 'deaths',
}
const props = rowProps as unknown as ComponentProps<typeof DataTable>

const firstColumn = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent)

describe('DataTable', () => {
  it('renders rows sorted, with a caption and a totals row', () => {
    render(DataTable, props)
    expect(screen.getByRole('table', { name: 'Deaths by department' })).toBeInTheDocument()
    expect(firstColumn()).toEqual(['Puno', 'Ayacucho', 'Lima <b>', 'Total'])
    expect(screen.getByRole('columnheader', { name: /Deaths/ })).toHaveAttribute('aria-sort', 'descending')
  })

  it('sorts with the keyboard through real buttons, and says so with aria-sort', async () => {
    render(DataTable, props)
    const user = userEvent.setup()
    const deaths = within(screen.getByRole('columnheader', { name: /Deaths/ })).getByRole('button')
    deaths.focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('columnheader', { name: /Deaths/ })).toHaveAttribute('aria-sort', 'ascending')
    expect(firstColumn()).toEqual(['Lima <b>', 'Ayacucho', 'Puno', 'Total'])
    await user.click(within(screen.getByRole('columnheader', { name: /Department/ })).getByRole('button'))
    expect(firstColumn()).toEqual(['Puno', 'Lima <b>', 'Ayacucho', 'Total'])
  })

  it('renders text from data as text', () => {
    render(DataTable, props)
    expect(document.querySelector('tbody b')).toBeNull()
  })
})
