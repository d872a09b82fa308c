/**
 * Schema validation with the generated standalone validators (no eval: safe under the embeds' CSP).
 * Every problem names the file, the record (array, index and id) and the field.
 */
import * as generated from './validators.generated.js'
import type { GeneratedValidator, ValidationError } from './validators.generated.js'
import type { DatasetName } from './types.ts'

const VALIDATORS: Record<DatasetName, GeneratedValidator> = {
  'protest-deaths': generated.protestDeaths,
  timeline: generated.timeline,
  'arms-exports': generated.armsExports,
  'peru-departments': generated.peruDepartments,
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}

function child(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value[Number(key)]
  if (typeof value === 'object' && value !== null) return (value as Record<string, unknown>)[key]
  return undefined
}

/** "records[3] (id pd-2023-01-09-juliaca-04)" for the record part, and "sources[0].url" for the field part. */
/** Ids quoted in messages: short, plain characters. */
const SAFE_ID = /^[\w.-]{1,80}$/

export function describeLocation(doc: unknown, instancePath: string): { record: string | null; field: string } {
  const segments = instancePath.split('/').slice(1).map(decodePointer)
  let node: unknown = doc
  let record: string | null = null
  const field: string[] = []
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] ?? ''
    const parent = node
    node = child(node, seg)
    const isIndex = Array.isArray(parent)
    if (record === null && isIndex && i === 1) {
      // top-level arrays (records, totals, periods, deliveries…) hold the records
      const id = typeof node === 'object' && node !== null ? (node as { id?: unknown }).id : undefined
      // Only an id that looks like one is quoted: a hostile file must not put its own text (or half a megabyte of
      // it) into the error message.
      record = `${segments[0]}[${seg}]` + (typeof id === 'string' && SAFE_ID.test(id) ? ` (id ${id})` : '')
      continue
    }
    if (record === null && i === 0 && segments.length > 1 && Array.isArray(node)) continue
    if (isIndex) field.push(`[${seg}]`)
    else field.push(field.length ? `.${seg}` : seg)
  }
  if (record === null && segments.length > 0 && field.length === 0) field.push(segments.join('.'))
  return { record, field: field.join('') || '(top level)' }
}

export function formatValidationError(file: string, doc: unknown, err: ValidationError): string {
  let path = err.instancePath
  // "must have required property 'x'" points at the parent; name the missing field instead.
  if (err.keyword === 'required' && typeof err.params.missingProperty === 'string')
    path += `/${err.params.missingProperty}`
  if (err.keyword === 'additionalProperties' && typeof err.params.additionalProperty === 'string')
    path += `/${err.params.additionalProperty}`
  const { record, field } = describeLocation(doc, path)
  const where = record ? `${record} field ${field}` : `field ${field}`
  let message = err.message ?? err.keyword
  if (err.keyword === 'enum' && Array.isArray(err.params.allowedValues))
    message += `: ${err.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
  return `${file}: ${where}: ${message}`
}

/** Problems found by the dataset's schema (empty when valid). Duplicate and "if/then" wrapper errors are dropped. */
export function validateDataset(dataset: DatasetName, file: string, doc: unknown): string[] {
  return validateWith(VALIDATORS[dataset], file, doc)
}

/**
 * The same with one generated validator: the loaders use this, each importing only its own dataset's validator,
 * so a page ships the validators of the data it loads and no others.
 */
export function validateWith(validate: GeneratedValidator, file: string, doc: unknown): string[] {
  if (validate(doc)) return []
  const seen = new Set<string>()
  const out: string[] = []
  for (const err of validate.errors ?? []) {
    if (err.keyword === 'if' || err.keyword === 'anyOf') continue
    const line = formatValidationError(file, doc, err)
    if (!seen.has(line)) {
      seen.add(line)
      out.push(line)
    }
  }
  return out.length ? out : [`${file}: does not match its schema`]
}
