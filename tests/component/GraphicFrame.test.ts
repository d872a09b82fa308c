import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import GraphicFrame from '../../src/lib/ui/GraphicFrame.svelte'
import { CHANGES_HREF_CONTEXT, type ChangesHref } from '../../src/lib/ui/changes-link.ts'

const base = {
  widget: 'map',
  lang: 'en' as const,
  title: 'Deaths by department',
  dek: 'Peru, December 2022 – March 2023',
  description: 'Most deaths were in Puno.',
  notes: 'Counts follow the Defensoría del Pueblo.',
  sources: [{ label: 'Defensoría del Pueblo', url: 'https://www.defensoria.gob.pe/' }],
  updated: { dataset: 'protest-deaths', version: '1.0.2', updated: '2023-05-31' },
}

describe('GraphicFrame', () => {
  it('loading: reserves space, announces loading, exposes data-state', () => {
    const { container } = render(GraphicFrame, { ...base, state: 'loading', reserve: { aspectRatio: '4 / 5' } })
    const figure = container.querySelector('[data-widget="map"]')
    expect(figure).toHaveAttribute('data-state', 'loading')
    expect(figure).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('Loading the graphic…')
    expect(container.querySelector('.pp-graphic')).toHaveStyle('aspect-ratio: 4 / 5')
  })

  it('ready: title, dek, description, notes, sources and date', () => {
    const { container } = render(GraphicFrame, { ...base, state: 'ready' })
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Deaths by department')
    const figure = container.querySelector('figure')
    expect(figure).toHaveAccessibleDescription('Most deaths were in Puno.')
    expect(screen.getByRole('link', { name: 'Defensoría del Pueblo' })).toHaveAttribute(
      'href',
      'https://www.defensoria.gob.pe/',
    )
    expect(screen.getByText('Updated May 31, 2023')).toBeInTheDocument()
    // A described static graphic is hidden from assistive tech; the description speaks for it.
    expect(container.querySelector('.pp-graphic')).toHaveAttribute('aria-hidden', 'true')
  })

  it('the "Updated" line gives the date of the version drawn, and links to its entry where the page says how', () => {
    const plain = render(GraphicFrame, { ...base, state: 'ready' })
    expect(plain.container.querySelector('.pp-updated')).toHaveAttribute('data-version', 'protest-deaths 1.0.2')
    expect(plain.container.querySelector('.pp-updated a')).toBeNull()
    plain.unmount()
    const href: ChangesHref = (dataset, version) => `../../index.fr.html?lang=fr#changes-${dataset}-${version}`
    render(GraphicFrame, {
      props: { ...base, lang: 'fr', state: 'ready' },
      context: new Map([[CHANGES_HREF_CONTEXT, href]]),
    })
    expect(screen.getByRole('link', { name: 'Mis à jour le 31 mai 2023' })).toHaveAttribute(
      'href',
      '../../index.fr.html?lang=fr#changes-protest-deaths-1.0.2',
    )
  })

  it('error: an alert in the reader’s language, and a retry that works', async () => {
    const onretry = vi.fn()
    render(GraphicFrame, { ...base, lang: 'es', state: 'error', errorMessage: 'No se pudieron descargar.', onretry })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('No se pudo mostrar este gráfico')
    expect(alert).toHaveTextContent('No se pudieron descargar.')
    await userEvent.click(screen.getByRole('button', { name: 'Reintentar' }))
    expect(onretry).toHaveBeenCalledOnce()
  })

  it('plain: no title chrome, but still labelled', () => {
    const { container } = render(GraphicFrame, { ...base, state: 'ready', plain: true })
    expect(screen.queryByRole('heading')).toBeNull()
    expect(screen.queryByText('Defensoría del Pueblo')).toBeNull()
    expect(container.querySelector('figure')).toHaveAttribute('aria-label', 'Deaths by department')
  })

  it('renders text from data as text, and never links a javascript: URL', () => {
    render(GraphicFrame, {
      ...base,
      state: 'ready',
      title: '<img src=x onerror=alert(1)>',
      sources: [{ label: 'Evil', url: 'javascript:alert(1)' }],
    })
    expect(screen.getByRole('heading')).toHaveTextContent('<img src=x onerror=alert(1)>')
    expect(document.querySelector('img')).toBeNull()
    expect(screen.queryByRole('link', { name: 'Evil' })).toBeNull()
    expect(screen.getByText('Evil')).toBeInTheDocument()
  })

  it('two frames on one page get different ids', () => {
    render(GraphicFrame, { ...base, state: 'ready' })
    render(GraphicFrame, { ...base, state: 'ready' })
    expect(document.querySelectorAll('figure')).toHaveLength(2)
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
