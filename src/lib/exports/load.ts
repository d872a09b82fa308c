/** Loads the exports widget's data. Placeholder until the exports issue lands: nothing to load yet. */
import type { WidgetLoader } from '../widget.ts'

export type ExportsData = null

export const loadExportsData: WidgetLoader<ExportsData> = async () => null
