/**
 * Every widget draws from its resource alone: the language follows the page's <html lang>, the theme is auto, and
 * plain and static are off. A value of the wrong kind (from a plain-JavaScript host) falls back with a warning.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import type { Component } from 'svelte'
import ExportsWidget from '../../src/lib/exports/ExportsWidget.svelte'
import MapWidget from '../../src/lib/map/MapWidget.svelte'
import TimelineWidget from '../../src/lib/timeline/TimelineWidget.svelte'
import { Resource } from '../../src/lib/state/resource.svelte.ts'
import type { WidgetProps } from '../../src/lib/widget.ts'

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'))
const deaths = read('data/protest-deaths/1.0.0.json')

const WIDGETS = {
  map: { component: MapWidget, data: { deaths, geo: read('data/peru-departments/1.0.0.json') } },
  timeline: { component: TimelineWidget, data: { deaths, timeline: read('data/timeline/1.0.0.json') } },
  exports: { component: ExportsWidget, data: read('data/arms-exports/1.0.0.json') },
} as const

type Name = keyof typeof WIDGETS

/** Renders a widget with its ready data and the props given (typed loosely: some tests pass what types refuse). */
function draw(name: Name, props: Record<string, unknown> = {}) {
  const { component, data } = WIDGETS[name]
  const result = render(component as unknown as Component<WidgetProps<unknown>>, {
    resource: Resource.ready<unknown>(data),
    ...props,
  })
  const figure = result.container.querySelector(`[data-widget="${name}"]`)
  if (!figure) throw new Error(`no ${name} figure`)
  return { ...result, figure, theme: figure.closest('.pp-theme') }
}

afterEach(() => {
  document.documentElement.lang = ''
  vi.restoreAllMocks()
})

describe.each(Object.keys(WIDGETS) as Name[])('%s widget with its resource alone', { timeout: 30_000 }, (name) => {
  it('draws, in the page’s language, in the auto theme, with its title and chrome', () => {
    document.documentElement.lang = 'es-PE'
    const warn = vi.spyOn(console, 'warn')
    const { figure, theme } = draw(name)
    expect(figure).toHaveAttribute('data-state', 'ready')
    expect(figure).toHaveAttribute('lang', 'es')
    expect(theme).toHaveAttribute('data-theme', 'auto')
    // plain is off: the title is shown as a heading.
    expect(figure.querySelector('h2, h3')?.textContent?.trim()).toBeTruthy()
    expect(figure).not.toHaveClass('plain')
    expect(warn).not.toHaveBeenCalled()
  })

  it('falls back to English when the page’s language is not one of its three', () => {
    document.documentElement.lang = 'de'
    expect(draw(name).figure).toHaveAttribute('lang', 'en')
  })

  it('refuses a wrong value with a warning and draws with the default', () => {
    document.documentElement.lang = 'fr'
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { figure, theme } = draw(name, { lang: 'de', theme: 'sepia', plain: 'yes', static: 1 })
    expect(figure).toHaveAttribute('data-state', 'ready')
    expect(figure).toHaveAttribute('lang', 'fr')
    expect(theme).toHaveAttribute('data-theme', 'auto')
    expect(figure).not.toHaveClass('plain')
    const messages = warn.mock.calls.map((call) => String(call[0]))
    for (const prop of ['lang', 'theme', 'plain', 'static'])
      expect(messages.some((m) => m.includes(`"${prop}" prop`))).toBe(true)
    // The refused value is never echoed.
    expect(messages.join(' ')).not.toMatch(/sepia|"de"/)
  })

  it('follows the flags it is given', () => {
    const { figure, theme } = draw(name, { lang: 'fr', theme: 'dark', plain: true })
    expect(figure).toHaveAttribute('lang', 'fr')
    expect(theme).toHaveAttribute('data-theme', 'dark')
    expect(figure).toHaveClass('plain')
  })
})

describe('a linked widget without a selection keeps its own', () => {
  it('the timeline brushes a period with no selection given', async () => {
    const user = userEvent.setup()
    draw('timeline', { lang: 'en' })
    const start = screen.getByRole('slider', { name: 'Start of the period' })
    start.focus()
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(start).toHaveAttribute('aria-valuenow', '2')
    expect(start).toHaveAttribute('aria-valuetext', 'December 9, 2022')
  })
})
