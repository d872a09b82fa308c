/** Reads data/CHANGELOG.md into dated entries for the story's corrections note. Pure; the text stays text. */
export interface ChangelogEntry {
  /** The section heading: "2026-11-27 — first publication". */
  heading: string
  /** "protest-deaths 1.0.0" and the like. */
  datasets: string[]
}

export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = []
  for (const line of markdown.split(/\r?\n/)) {
    const section = /^## (.+)$/.exec(line)
    if (section) {
      entries.push({ heading: section[1]!.trim(), datasets: [] })
      continue
    }
    const dataset = /^### ([\w-]+ \d+\.\d+\.\d+)\s*$/.exec(line)
    if (dataset && entries.length) entries[entries.length - 1]!.datasets.push(dataset[1]!)
  }
  return entries
}
