/** The theme's colours, read from Theme.svelte itself: text and marks keep their contrast in both themes. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const source = readFileSync(new URL('../../src/lib/ui/Theme.svelte', import.meta.url), 'utf8')
const tokens = new Map<string, { light: string; dark: string }>()
for (const match of source.matchAll(/--pp-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
  tokens.set(match[1] as string, { light: match[2] as string, dark: match[3] as string })
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

function token(name: string) {
  const value = tokens.get(name)
  if (!value) throw new Error(`missing token --pp-${name}`)
  return value
}

const TEXT = ['fg', 'muted', 'link', 'accent', 'error']
const MARKS = ['border', 'focus', 'cat-clash', 'cat-blockade', 'cat-police', 'cat-soldier', 'cat-other']
const KINDS = ['kind-export', 'kind-total', 'kind-derived', 'kind-permit', 'kind-context']

describe.each(['light', 'dark'] as const)('%s theme', (scheme) => {
  it.each(TEXT)('text --pp-%s is AA (≥ 4.5:1) on the background and the surface', (name) => {
    expect(contrast(token(name)[scheme], token('bg')[scheme])).toBeGreaterThanOrEqual(4.5)
    expect(contrast(token(name)[scheme], token('surface')[scheme])).toBeGreaterThanOrEqual(4.5)
  })

  it.each([...MARKS, ...KINDS])('mark --pp-%s is ≥ 3:1 on the background', (name) => {
    expect(contrast(token(name)[scheme], token('bg')[scheme])).toBeGreaterThanOrEqual(3)
  })

  it('the sequential scale is monotonic in lightness, from the background outwards', () => {
    const steps = [1, 2, 3, 4, 5].map((i) => luminance(token(`seq-${i}`)[scheme]))
    const sorted = [...steps].sort((a, b) => (scheme === 'light' ? b - a : a - b))
    expect(steps).toEqual(sorted)
    // The darkest (light theme) or brightest (dark theme) step stands out from the background.
    expect(contrast(token('seq-5')[scheme], token('bg')[scheme])).toBeGreaterThanOrEqual(3)
  })

  it('zero deaths and no data look different', () => {
    expect(contrast(token('zero')[scheme], token('nodata')[scheme])).toBeGreaterThan(1.15)
  })

  it('the categories of death are distinguishable from each other', () => {
    const cats = MARKS.filter((m) => m.startsWith('cat-')).map((m) => token(m)[scheme])
    for (const a of cats) for (const b of cats) if (a !== b) expect(a).not.toBe(b)
  })
})
