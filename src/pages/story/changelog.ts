/** Reads data/CHANGELOG.md into dated entries for the story's corrections note. Pure; the text stays text. */
export interface ChangelogEntry {
  /** The section heading: "2026-11-27 — first publication". */
  heading: string
  /** Its date (YYYY-MM-DD), when the heading starts with one; the page shows it in the reader's language. */
  date: string | null
  /** The rest of the heading ("first publication"), as the data team wrote it: in English. */
  title: string
  /** "protest-deaths 1.0.0" and the like. */
  datasets: string[]
}

export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = []
  for (const line of markdown.split(/\r?\n/)) {
    const section = /^## (.+)$/.exec(line)
    if (section) {
      const heading = section[1]!.trim()
      const dated = /^(\d{4}-\d{2}-\d{2})\s*(?:[—–-]\s*)?(.*)$/.exec(heading)
      entries.push({ heading, date: dated?.[1] ?? null, title: dated ? dated[2]!.trim() : heading, datasets: [] })
      continue
    }
    const dataset = /^### ([\w-]+ \d+\.\d+\.\d+)\s*$/.exec(line)
    if (dataset && entries.length) entries[entries.length - 1]!.datasets.push(dataset[1]!)
  }
  return entries
}
