import { describe, expect, it } from 'vitest'
import {
  cleanHeight,
  cleanId,
  parseHeightMessage,
  parseInitMessage,
  parseStepMessage,
} from '../../src/embed/protocol.ts'

describe('embed protocol messages', () => {
  it('accepts a well-formed height and rounds it up', () => {
    expect(parseHeightMessage({ sentinel: 'peru-protests', type: 'height', id: 'map', height: 612.2 })).toEqual({
      id: 'map',
      height: 613,
    })
  })

  it('rejects wrong shapes and impossible heights', () => {
    const bad: unknown[] = [
      null,
      'height:500',
      [],
      { sentinel: 'pym', type: 'height', height: 500 },
      { sentinel: 'peru-protests', type: 'navigate', height: 500 },
      { sentinel: 'peru-protests', type: 'height', height: '500' },
      { sentinel: 'peru-protests', type: 'height', height: NaN },
      { sentinel: 'peru-protests', type: 'height', height: Infinity },
      { sentinel: 'peru-protests', type: 'height', height: -10 },
      { sentinel: 'peru-protests', type: 'height', height: 0 },
      { sentinel: 'peru-protests', type: 'height', height: 1e9 },
    ]
    for (const data of bad) expect(parseHeightMessage(data)).toBeNull()
  })

  it('raises tiny heights to the minimum', () => {
    expect(cleanHeight(3)).toBe(40)
  })

  it('keeps ids as short tokens only', () => {
    expect(cleanId('map-2')).toBe('map-2')
    expect(cleanId('<img src=x>')).toBeNull()
    expect(cleanId('https://evil.example/')).toBeNull()
    expect(cleanId('x'.repeat(65))).toBeNull()
    expect(parseHeightMessage({ sentinel: 'peru-protests', type: 'height', id: '"><b>', height: 100 })).toEqual({
      id: null,
      height: 100,
    })
  })

  it('takes only known languages and themes from init', () => {
    expect(parseInitMessage({ sentinel: 'peru-protests', type: 'init', id: 'a', lang: 'es', theme: 'dark' })).toEqual({
      id: 'a',
      lang: 'es',
      theme: 'dark',
    })
    expect(parseInitMessage({ sentinel: 'peru-protests', type: 'init', id: 'a', lang: 'de', theme: 'neon' })).toEqual({
      id: 'a',
    })
    expect(parseInitMessage({ sentinel: 'peru-protests', type: 'height' })).toBeNull()
  })
})

describe('the story embed’s step message', () => {
  it('passes a step within its count, and nothing else', () => {
    const message = (step: unknown, count: unknown) => ({
      sentinel: 'peru-protests',
      type: 'step',
      id: 'x',
      step,
      count,
    })
    expect(parseStepMessage(message(3, 10))).toEqual({ step: 3, count: 10 })
    for (const [step, count] of [
      [0, 10],
      [11, 10],
      [2.5, 10],
      ['3', 10],
      [3, 1e6],
      [NaN, 10],
    ])
      expect(parseStepMessage(message(step, count)), `${step}/${count}`).toBeNull()
    expect(parseStepMessage({ ...message(3, 10), sentinel: 'pym' })).toBeNull()
  })
})
