// What changed between two versions of a dataset: records added or removed, and for each record id each field from
// its old value to its new one. Pure; used by data:publish to write the CHANGELOG entry and to check the version
// number against the rule in data/README.md.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** One field of one record (or of the top level, `id` null) that differs between the versions. */
export interface FieldChange {
  /** the record list ("records", "totals"…), null for a top-level field */
  list: string | null
  id: string | null
  /** path inside the record (or the document): "age", "sources[2].url", "description.es" */
  field: string
  /** absent: the field is new in this record */
  from?: Json
  /** absent: the field is gone from this record */
  to?: Json
}

export interface RecordRef {
  list: string
  id: string
}

export interface DatasetDiff {
  added: RecordRef[]
  removed: RecordRef[]
  changed: FieldChange[]
  /** field paths (indices as []) found nowhere in the old version: "records[].place_es" */
  newFields: { field: string; count: number }[]
  /** field paths found nowhere in the new version */
  goneFields: string[]
}

/** Top-level fields every version changes, and so no change to report. */
const HEADER_FIELDS = new Set(['version', 'updated'])

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A top-level array of objects that each have a string id: the records of a list. */
function isRecordList(v: unknown): v is Record<string, Json>[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => isObject(x) && typeof x.id === 'string')
}

const same = (a: Json | undefined, b: Json | undefined): boolean => JSON.stringify(a) === JSON.stringify(b)

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return path ? `${path}.${key}` : key
}

/** Field-by-field differences between two values at `path`, down to the leaves. */
function diffValue(path: string, a: Json | undefined, b: Json | undefined, out: Omit<FieldChange, 'list' | 'id'>[]) {
  if (same(a, b)) return
  if (a === undefined) return void out.push({ field: path, to: b as Json })
  if (b === undefined) return void out.push({ field: path, from: a })
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) diffValue(join(path, key), a[key], b[key], out)
    return
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    // Same length: item by item. Items only added at the end, or only removed from it: those items.
    // Anything else (items inserted, reordered): the whole list, old and new.
    const common = Math.min(a.length, b.length)
    const prefixSame = a.slice(0, common).every((x, i) => same(x, b[i]))
    if (a.length === b.length || prefixSame) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) diffValue(join(path, i), a[i], b[i], out)
      return
    }
  }
  out.push({ field: path, from: a, to: b })
}

/** Every field path of a document, indices written as [] ("records[].sources[].url"), with how many times it occurs. */
export function fieldPaths(doc: Json, path = '', out = new Map<string, number>()): Map<string, number> {
  if (Array.isArray(doc)) doc.forEach((item) => fieldPaths(item, `${path}[]`, out))
  else if (isObject(doc))
    for (const [key, value] of Object.entries(doc)) {
      const p = path ? `${path}.${key}` : key
      out.set(p, (out.get(p) ?? 0) + 1)
      fieldPaths(value, p, out)
    }
  return out
}

export function diffDatasets(oldDoc: Json, newDoc: Json): DatasetDiff {
  const diff: DatasetDiff = { added: [], removed: [], changed: [], newFields: [], goneFields: [] }
  const a = isObject(oldDoc) ? oldDoc : {}
  const b = isObject(newDoc) ? newDoc : {}
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (HEADER_FIELDS.has(key)) continue
    const before = a[key]
    const after = b[key]
    if (isRecordList(before) && isRecordList(after)) {
      const oldById = new Map(before.map((r) => [r.id as string, r]))
      const newById = new Map(after.map((r) => [r.id as string, r]))
      for (const r of before) if (!newById.has(r.id as string)) diff.removed.push({ list: key, id: r.id as string })
      for (const r of after) {
        const id = r.id as string
        const old = oldById.get(id)
        if (!old) {
          diff.added.push({ list: key, id })
          continue
        }
        const changes: Omit<FieldChange, 'list' | 'id'>[] = []
        diffValue('', old, r, changes)
        for (const c of changes) diff.changed.push({ list: key, id, ...c })
      }
      continue
    }
    const changes: Omit<FieldChange, 'list' | 'id'>[] = []
    diffValue(key, before, after, changes)
    for (const c of changes) diff.changed.push({ list: null, id: null, ...c })
  }
  const oldPaths = fieldPaths(oldDoc)
  const newPaths = fieldPaths(newDoc)
  for (const [field, count] of newPaths) if (!oldPaths.has(field)) diff.newFields.push({ field, count })
  for (const field of oldPaths.keys()) if (!newPaths.has(field)) diff.goneFields.push(field)
  return diff
}

/** The field path of a change with indices written as [] ("records[].place_es"), to match `newFields`. */
export function changePattern(c: FieldChange): string {
  const inner = c.field.replace(/\[\d+\]/g, '[]')
  return c.list === null ? inner : `${c.list}[].${inner}`
}

export type Bump = 'patch' | 'minor' | 'major'

/** How two versions differ, by number: "patch", "minor" or "major" (null when they are not in order). */
export function bumpBetween(from: string, to: string): Bump | null {
  const p = (v: string) => v.split('.').map(Number)
  const [a0, a1, a2] = p(from)
  const [b0, b1, b2] = p(to)
  if ([a0, a1, a2, b0, b1, b2].some((n) => n === undefined || !Number.isInteger(n))) return null
  if (b0! === a0! + 1 && b1 === 0 && b2 === 0) return 'major'
  if (b0 === a0 && b1! === a1! + 1 && b2 === 0) return 'minor'
  if (b0 === a0 && b1 === a1 && b2! === a2! + 1) return 'patch'
  return null
}

/**
 * The smallest version step the rule in data/README.md allows for this diff: records or fields added need a minor;
 * a value corrected is a patch. A field gone from every record may be a major (removed or renamed): the desk decides,
 * and data:publish says so.
 */
export function smallestBump(diff: DatasetDiff): Bump {
  return diff.added.length || diff.newFields.length ? 'minor' : 'patch'
}
