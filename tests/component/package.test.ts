/**
 * The npm package works in a Svelte app: a consumer imports the built package/ (npm run package, which npm test
 * runs first), gives a widget its data and a selection, and gets the graphic.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/svelte'

// Paths from the project root (jsdom's URL class is not the one node:fs accepts).
const entry = resolve('package/index.js')
if (!existsSync(entry)) throw new Error('package/ is missing: run `npm run package` first (npm test does).')
const pkg = await import(/* @vite-ignore */ entry)

const read = (path: string) => JSON.parse(readFileSync(resolve(path), 'utf8'))

describe('the npm package', () => {
  it('exports the widgets, the state classes and the loaders', () => {
    for (const name of ['MapWidget', 'TimelineWidget', 'ExportsWidget', 'Resource', 'Selection', 'loadMapData'])
      expect(pkg[name], name).toBeDefined()
  })

  it('renders the map from data a host app provides', () => {
    const data = { deaths: read('data/protest-deaths/1.0.0.json'), geo: read('data/peru-departments/1.0.0.json') }
    const { container } = render(pkg.MapWidget, {
      lang: 'es',
      theme: 'light',
      plain: false,
      static: false,
      resource: pkg.Resource.ready(data),
      selection: new pkg.Selection(),
    })
    expect(container.querySelector('[data-widget="map"]')).toHaveAttribute('data-state', 'ready')
    expect(screen.getAllByRole('heading')[0]?.textContent).toMatch(/\d/)
  })

  it('declares its entry points with types', () => {
    const manifest = read('package.json')
    expect(manifest.exports['.']).toMatchObject({ types: './package/index.d.ts', svelte: './package/index.js' })
    expect(existsSync(resolve('package/index.d.ts'))).toBe(true)
  })
})
