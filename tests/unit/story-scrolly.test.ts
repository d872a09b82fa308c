import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { latestPerDataset, parseChangelog } from '../../src/pages/story/changelog.ts'
import { chapterSteps, exportsFocusAt, mapStateAt, PAGE_START, parseMarker } from '../../src/pages/story/scrolly.ts'
import { STEPS } from '../../src/lib/story/steps.ts'

describe('the story page’s chapters', () => {
  it('put steps 1–7 beside the map and 8–10 beside the exports', () => {
    expect(chapterSteps('map')).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(chapterSteps('exports')).toEqual([8, 9, 10])
  })

  it('read markers, and nothing else', () => {
    expect(parseMarker('step-3')).toEqual({ step: 3 })
    expect(parseMarker('exports-after')).toEqual({ chapter: 'exports', phase: 'after' })
    expect(parseMarker('step-11')).toBeNull()
    expect(parseMarker('map-during')).toBeNull()
    expect(parseMarker(undefined)).toBeNull()
  })

  it('give the map a step’s state, the page’s first one above its steps, and leave it alone elsewhere', () => {
    expect(mapStateAt({ step: 5 })).toBe(STEPS[4]!.state)
    expect(mapStateAt({ chapter: 'map', phase: 'before' })).toBe(PAGE_START)
    expect(mapStateAt({ chapter: 'map', phase: 'after' })).toBeNull()
  })

  it('focus the exports on a step’s chart, on the first step’s above them, on every chart after them', () => {
    expect(exportsFocusAt({ step: 9 })).toEqual({ chart: 'yearly', highlight: null })
    expect(exportsFocusAt({ chapter: 'exports', phase: 'before' })).toEqual({
      chart: 'lav',
      highlight: 'ae-peru-lav-ii',
    })
    expect(exportsFocusAt({ chapter: 'exports', phase: 'after' })).toEqual({ chart: null, highlight: null })
    expect(exportsFocusAt({ step: 2 })).toBeNull()
  })
})

describe('the story’s short corrections list', () => {
  it('keeps each dataset’s latest version only, newest first', () => {
    const log = parseChangelog(readFileSync(new URL('../../data/CHANGELOG.md', import.meta.url), 'utf8'))
    const latest = latestPerDataset(log).flatMap((entry) => entry.versions.map((v) => v.dataset))
    const datasets = [...new Set(log.flatMap((entry) => entry.versions.map((v) => v.dataset)))]
    expect(latest).toEqual(datasets)
    const first = log.flatMap((e) => e.versions).find((v) => v.dataset === 'protest-deaths')
    expect(latestPerDataset(log)[0]!.versions[0]).toBe(first)
  })
})
