/**
 * Reads data/CHANGELOG.md into dated entries for the story's corrections note. Pure; the text stays text.
 *
 * `npm run data:publish` writes each version's entry in a fixed form (scripts/lib/changelog.ts), which this reads
 * back: the reason, the sources and one line per change, each value a JSON literal in a code span. Lines in any other
 * form (the first publication's notes) are kept out of `changes`.
 */
import type { Lang } from '../../lib/i18n/index.ts'

/** One change of one version, as data:publish lists it. Values are JSON text, as the data has them. */
export type ChangelogChange =
  | { kind: 'changed'; list: string | null; id: string | null; field: string; from: string; to: string }
  | { kind: 'field-added'; list: string | null; id: string | null; field: string; to: string }
  | { kind: 'field-removed'; list: string | null; id: string | null; field: string; from: string }
  | { kind: 'record-added' | 'record-removed'; list: string; id: string }
  | { kind: 'new-field'; field: string; count: number }

/** One `### <dataset> <version>` section. */
export interface ChangelogVersion {
  /** "protest-deaths 1.0.1" */
  label: string
  dataset: string
  version: string
  /** The desk's reason: English, and Spanish and French when the desk wrote them. */
  why: Partial<Record<Lang, string>>
  sources: string[]
  changes: ChangelogChange[]
}

export interface ChangelogEntry {
  /** The section heading: "2026-11-27 — first publication". */
  heading: string
  /** Its date (YYYY-MM-DD), when the heading starts with one; the page shows it in the reader's language. */
  date: string | null
  /** The rest of the heading ("first publication"), as the data team wrote it: in English. Empty when none. */
  title: string
  /** "protest-deaths 1.0.0" and the like. */
  datasets: string[]
  /** The same sections with what data:publish wrote in them. */
  versions: ChangelogVersion[]
}

/**
 * The code spans of a line, in order, and the line with each replaced by "§" (CommonMark: a span closes at the next
 * run of exactly as many backticks; data:publish pads a span's content with one space when its fence is longer).
 */
export function codeSpans(line: string): { skeleton: string; spans: string[] } {
  const spans: string[] = []
  let skeleton = ''
  let i = 0
  while (i < line.length) {
    if (line[i] !== '`') {
      skeleton += line[i]
      i++
      continue
    }
    let n = 0
    while (line[i + n] === '`') n++
    const fence = '`'.repeat(n)
    let close = -1
    for (let j = i + n; j < line.length;) {
      if (line[j] !== '`') {
        j++
        continue
      }
      let m = 0
      while (line[j + m] === '`') m++
      if (m === n) {
        close = j
        break
      }
      j += m
    }
    if (close < 0) {
      skeleton += fence
      i += n
      continue
    }
    let content = line.slice(i + n, close)
    if (n > 1 && content.startsWith(' ') && content.endsWith(' ') && content.length > 1) content = content.slice(1, -1)
    spans.push(content)
    skeleton += '§'
    i = close + n
  }
  return { skeleton, spans }
}

/** A change line ("- `records` `pd-…` `age`: `23` → `24`") read back, or null when it is not one. */
export function parseChangeLine(line: string): ChangelogChange | null {
  if (!line.startsWith('- ')) return null
  const { skeleton, spans: s } = codeSpans(line)
  const newField = /^- New field §: (\d+) values?$/.exec(skeleton)
  if (newField && s.length === 1) return { kind: 'new-field', field: s[0]!, count: Number(newField[1]) }
  if (skeleton === '- Added to §: §') return { kind: 'record-added', list: s[0]!, id: s[1]! }
  if (skeleton === '- Removed from §: §') return { kind: 'record-removed', list: s[0]!, id: s[1]! }
  // a record's field ("§ § §") or a top-level field ("§")
  const m = /^- (§ § §|§): (§ → §|added §|removed, was §)$/.exec(skeleton)
  if (!m) return null
  const inRecord = m[1] === '§ § §'
  const where = inRecord ? { list: s[0]!, id: s[1]!, field: s[2]! } : { list: null, id: null, field: s[0]! }
  const values = s.slice(inRecord ? 3 : 1)
  if (m[2]!.startsWith('added')) return { kind: 'field-added', ...where, to: values[0]! }
  if (m[2]!.startsWith('removed')) return { kind: 'field-removed', ...where, from: values[0]! }
  return { kind: 'changed', ...where, from: values[0]!, to: values[1]! }
}

const WHY = /^Why(?: \((es|fr)\))?: (.+)$/

export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = []
  let current: ChangelogVersion | null = null
  for (const line of markdown.split(/\r?\n/)) {
    const section = /^## (.+)$/.exec(line)
    if (section) {
      const heading = section[1]!.trim()
      const dated = /^(\d{4}-\d{2}-\d{2})\s*(?:[—–-]\s*)?(.*)$/.exec(heading)
      entries.push({
        heading,
        date: dated?.[1] ?? null,
        title: dated ? dated[2]!.trim() : heading,
        datasets: [],
        versions: [],
      })
      current = null
      continue
    }
    const entry = entries.at(-1)
    const dataset = /^### ([\w-]+) (\d+\.\d+\.\d+)\s*$/.exec(line)
    if (dataset && entry) {
      current = {
        label: `${dataset[1]} ${dataset[2]}`,
        dataset: dataset[1]!,
        version: dataset[2]!,
        why: {},
        sources: [],
        changes: [],
      }
      entry.datasets.push(current.label)
      entry.versions.push(current)
      continue
    }
    if (!current) continue
    const why = WHY.exec(line)
    if (why) current.why[(why[1] as 'es' | 'fr' | undefined) ?? 'en'] = why[2]!.trim()
    else if (line.startsWith('Sources: ') || line.startsWith('Source: '))
      current.sources.push(...[...line.matchAll(/<([^<>\s]+)>/g)].map((u) => u[1]!))
    else {
      const change = parseChangeLine(line)
      if (change) current.changes.push(change)
    }
  }
  return entries
}

/**
 * The story's short list: for each dataset, its latest version only (the one its graphics draw, which their
 * "Updated" lines link to), in the log's order, newest first. Entries left without a version are dropped.
 */
export function latestPerDataset(entries: readonly ChangelogEntry[]): ChangelogEntry[] {
  const seen = new Set<string>()
  return entries.flatMap((entry) => {
    const versions = entry.versions.filter((v) => !seen.has(v.dataset) && seen.add(v.dataset))
    return versions.length ? [{ ...entry, datasets: versions.map((v) => v.label), versions }] : []
  })
}
