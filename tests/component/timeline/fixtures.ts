import { readFileSync } from 'node:fs'
import type { DeathsDataset, TimelineDataset } from '../../../src/lib/data/types.ts'
import { Resource } from '../../../src/lib/state/resource.svelte.ts'
import type { TimelineData } from '../../../src/lib/timeline/load.ts'

export const deaths = JSON.parse(readFileSync('data/protest-deaths/1.1.0.json', 'utf8')) as DeathsDataset
export const timeline = JSON.parse(readFileSync('data/timeline/1.1.0.json', 'utf8')) as TimelineDataset

export function readyResource(): Resource<TimelineData> {
  return Resource.ready<TimelineData>({ deaths, timeline })
}

// jsdom has no ResizeObserver (bind:clientWidth uses it); the widget's sizes fall back to their defaults.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}
