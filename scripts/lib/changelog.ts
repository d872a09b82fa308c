// Writes a version's entry in data/CHANGELOG.md, in the form the story reads back (src/pages/story/changelog.ts):
//
//   ### protest-deaths 1.0.1
//
//   Why: the reason, in English (then optional "Why (es): …" and "Why (fr): …")
//   Sources: <https://…> <https://…>
//
//   - `records` `pd-2023-01-09-juliaca-04` `age`: `23` → `24`
//
// Each value is the JSON of the data's value in a code span, so it reads back exactly. Pure.
import { changePattern, type DatasetDiff, type FieldChange, type Json } from './diff.ts'

/** A Markdown code span around any text (a fence longer than any run of backticks inside it). */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return longest ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`
}

const value = (v: Json): string => code(JSON.stringify(v))

function changeLine(c: FieldChange): string {
  const where = c.list === null ? code(c.field) : `${code(c.list)} ${code(c.id ?? '')} ${code(c.field)}`
  if (c.from === undefined) return `- ${where}: added ${value(c.to as Json)}`
  if (c.to === undefined) return `- ${where}: removed, was ${value(c.from)}`
  return `- ${where}: ${value(c.from)} → ${value(c.to)}`
}

/**
 * The list of changes: fields new in this version once each (the values are in the file), then records added and
 * removed, then every other field of every record, from its old value to its new one.
 */
export function changeLines(diff: DatasetDiff): string[] {
  const lines: string[] = []
  const fresh = new Set(diff.newFields.map((f) => f.field))
  for (const f of diff.newFields) {
    // "records[].place_es" inside a field that is itself new is said by that field
    const parentIsNew = [...fresh].some((other) => other !== f.field && f.field.startsWith(`${other}.`))
    const parentIsNewList = [...fresh].some((other) => f.field.startsWith(`${other}[]`))
    if (!parentIsNew && !parentIsNewList)
      lines.push(`- New field ${code(f.field)}: ${f.count} value${f.count === 1 ? '' : 's'}`)
  }
  for (const r of diff.added) lines.push(`- Added to ${code(r.list)}: ${code(r.id)}`)
  for (const r of diff.removed) lines.push(`- Removed from ${code(r.list)}: ${code(r.id)}`)
  for (const c of diff.changed) {
    const pattern = changePattern(c)
    if ([...fresh].some((f) => pattern === f || pattern.startsWith(`${f}.`) || pattern.startsWith(`${f}[]`))) continue
    lines.push(changeLine(c))
  }
  return lines
}

export interface EntryInput {
  dataset: string
  version: string
  why: string
  whyEs?: string
  whyFr?: string
  sources: string[]
  diff: DatasetDiff
}

export function changelogEntry(input: EntryInput): string {
  const lines = [`### ${input.dataset} ${input.version}`, '', `Why: ${input.why}`]
  if (input.whyEs) lines.push(`Why (es): ${input.whyEs}`)
  if (input.whyFr) lines.push(`Why (fr): ${input.whyFr}`)
  lines.push(`Sources: ${input.sources.map((s) => `<${s}>`).join(' ')}`, '')
  const changes = changeLines(input.diff)
  lines.push(...(changes.length ? changes : ['- No value changed.']))
  return lines.join('\n') + '\n'
}

/**
 * The changelog with an entry added, newest first: under the first "## <date>" section when it has that date,
 * otherwise in a new "## <date>" section above the first one.
 */
export function insertEntry(changelog: string, date: string, entry: string): string {
  const lines = changelog.split('\n')
  const first = lines.findIndex((l) => l.startsWith('## '))
  const block = entry.trimEnd().split('\n')
  if (first >= 0 && lines[first]!.trim() === `## ${date}`) {
    lines.splice(first + 1, 0, '', ...block)
    return lines.join('\n')
  }
  const at = first >= 0 ? first : lines.length
  const head = lines.slice(0, at)
  while (head.length && head.at(-1) === '') head.pop()
  return [...head, '', `## ${date}`, '', ...block, '', ...lines.slice(at)].join('\n').replace(/\n*$/, '\n')
}
