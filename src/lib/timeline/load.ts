/** Loads the timeline widget's data: the deaths (one record per person) and the dated events, in parallel. */
import { loadDeaths, loadTimeline } from '../data/load.ts'
import type { DeathsDataset, TimelineDataset } from '../data/types.ts'
import type { WidgetLoader } from '../widget.ts'

export interface TimelineData {
  deaths: DeathsDataset
  timeline: TimelineDataset
}

export const loadTimelineData: WidgetLoader<TimelineData> = async (source) => {
  const options = { base: source.base, fetch: source.fetch, signal: source.signal }
  const [deaths, timeline] = await Promise.all([loadDeaths(options), loadTimeline(options)])
  return { deaths, timeline }
}
