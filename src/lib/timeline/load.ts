/** Loads the timeline widget's data. Placeholder until the timeline issue lands: nothing to load yet. */
import type { WidgetLoader } from '../widget.ts'

export type TimelineData = null

export const loadTimelineData: WidgetLoader<TimelineData> = async () => null
