// This page imports only the timeline widget's code: no other widget, no other dataset's validator.
import TimelineWidget from '../../../lib/timeline/TimelineWidget.svelte'
import { loadTimelineData } from '../../../lib/timeline/load.ts'
import { entry } from '../../../embed/widgets-entry.ts'
import { mountEmbed } from '../../../embed/mount.ts'

mountEmbed('timeline', entry(TimelineWidget, loadTimelineData), document.getElementById('app') as HTMLElement)
