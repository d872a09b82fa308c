/** Loads the exports widget's data: the arms-exports dataset, validated by the shared loader. */
import { loadExports } from '../data/load.ts'
import type { ExportsDataset } from '../data/types.ts'
import type { WidgetLoader } from '../widget.ts'

export type ExportsData = ExportsDataset

export const loadExportsData: WidgetLoader<ExportsData> = (source) =>
  loadExports({ base: source.base, fetch: source.fetch, signal: source.signal })
