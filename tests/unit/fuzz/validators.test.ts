/**
 * Hostile input, property-based (fast-check): over 10,000 invalid documents made by mutating the real datasets
 * (fields dropped, wrong types, huge strings, deep nesting, prototype-pollution keys) go through the validators:
 * none crashes, every problem names where it is, no problem echoes a huge value, and nothing pollutes prototypes.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { validateDataset } from '../../../src/lib/data/validate.ts'
import type { DatasetName } from '../../../src/lib/data/types.ts'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

const DATASETS: { name: DatasetName; runs: number; invalidShare: number }[] = [
  // 15,500 runs. The TopoJSON schema is
  // loose (arcs are any arrays, extra members allowed), so fewer of its mutations break it.
  { name: 'protest-deaths', runs: 3000, invalidShare: 0.8 },
  { name: 'timeline', runs: 3000, invalidShare: 0.8 },
  { name: 'arms-exports', runs: 3500, invalidShare: 0.8 },
  { name: 'peru-departments', runs: 6000, invalidShare: 0.5 },
]
const MIN_INVALID = 10_000

/**
 * The real document, with its record arrays thinned to 16 evenly spaced records (every shape of record the data
 * has still appears; validating 81 records 12,000 times would dominate the test run).
 */
function read(name: DatasetName): Json {
  const doc = JSON.parse(readFileSync(`data/${name}/1.0.0.json`, 'utf8')) as Record<string, Json>
  for (const [key, value] of Object.entries(doc)) {
    if (!Array.isArray(value) || value.length <= 16 || key === 'arcs') continue
    const step = value.length / 16
    doc[key] = Array.from({ length: 16 }, (_, i) => value[Math.floor(i * step)]!)
  }
  return doc
}

/** Every path into the document; long arrays of numbers (TopoJSON arcs) contribute their first items only. */
function paths(doc: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(doc)) {
    const numeric = doc.length > 8 && doc.every((item) => typeof item === 'number' || Array.isArray(item))
    const indices = numeric ? [0, 1, doc.length - 1] : doc.map((_, i) => i)
    for (const i of indices) {
      out.push([...prefix, i])
      paths(doc[i]!, [...prefix, i], out)
    }
  } else if (doc !== null && typeof doc === 'object') {
    for (const key of Object.keys(doc)) {
      out.push([...prefix, key])
      paths(doc[key]!, [...prefix, key], out)
    }
  }
  return out
}

/** A value made when a mutation is applied, printed by its label (fast-check would print a 1 MB counterexample). */
class Made {
  constructor(
    readonly label: string,
    readonly make: () => Json,
  ) {}
  [fc.toStringMethod]() {
    return this.label
  }
}

const HUGE = 'x'.repeat(1_000_000)
const HUGE_URL = 'https://example.org/' + 'a'.repeat(500_000)

function nested(depth: number, kind: 'array' | 'object'): Made {
  return new Made(`${kind} nested ${depth} deep`, () => {
    let value: Json = 'bottom'
    for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value }
    return value
  })
}

type Value = Json | Made

/** Values that are wrong for any field of another JSON type, and hostile ones of every type. */
const replacement: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom<Value>(null, true, false, 0, -1, 1e308, -0, 3.5, '', ' ', '\u0000'),
  fc.constantFrom<Value>(new Made('1 MB string', () => HUGE), new Made('0.5 MB URL', () => HUGE_URL)),
  fc.constantFrom<Value>('__proto__', 'constructor', '<script>alert(1)</script>', 'javascript:alert(1)'),
  fc.constantFrom<Value>('2023-02-30', '2023-13-01', 'PE-XXX', '9999-99-99', 'not a date', 'http://', 'ftp://x.org'),
  fc.constantFrom<Value>([], {}, [null], new Made('object without prototype', () => Object.create(null) as Json)),
  fc.integer({ min: 100, max: 3000 }).map((depth) => nested(depth, 'array')),
  fc.integer({ min: 100, max: 3000 }).map((depth) => nested(depth, 'object')),
  fc.string({ maxLength: 40 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
)

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'x-extra']

type Mutation =
  | { op: 'drop'; path: Path }
  | { op: 'replace'; path: Path; value: Value }
  | { op: 'add'; path: Path; key: string; value: Value }

function mutation(all: Path[]): fc.Arbitrary<Mutation> {
  const path = fc.integer({ min: 0, max: all.length - 1 }).map((i) => all[i]!)
  return fc.oneof(
    { weight: 2, arbitrary: path.map((p): Mutation => ({ op: 'drop', path: p })) },
    {
      weight: 5,
      arbitrary: fc.tuple(path, replacement).map(([p, value]): Mutation => ({ op: 'replace', path: p, value })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.oneof(path, fc.constant<Path>([])), fc.constantFrom(...EXTRA_KEYS), replacement)
        .map(([p, key, value]): Mutation => ({ op: 'add', path: p, key, value })),
    },
  )
}

function at(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, Json>)[key]
  }
  return node
}

/** Applies mutations in place and returns how to undo them (cloning a 200 KB document 12,000 times is slow). */
function apply(doc: Json, mutations: Mutation[]): () => void {
  const undo: (() => void)[] = []
  for (const m of mutations) {
    const parentPath = m.op === 'add' ? m.path : m.path.slice(0, -1)
    const parent = at(doc, parentPath)
    if (parent === null || typeof parent !== 'object') continue
    const key = m.op === 'add' ? m.key : m.path[m.path.length - 1]!
    const target = parent as Record<string | number, Json>
    const had = Object.prototype.hasOwnProperty.call(target, key)
    const old = target[key]
    if (m.op === 'drop') {
      if (Array.isArray(target)) continue // removing an item is often valid; replacing it is the test
      delete target[key]
    } else {
      // An own property even for "__proto__", as JSON.parse makes it (plain assignment would set the prototype).
      const value = m.value instanceof Made ? m.value.make() : m.value
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
    }
    undo.push(() => {
      if (had) Object.defineProperty(target, key, { value: old, enumerable: true, writable: true, configurable: true })
      else delete target[key]
    })
  }
  return () => undo.reverse().forEach((step) => step())
}

/** How a problem about this mutation must name its place: the record (array[index]) or the top-level field. */
function locator(m: Mutation): string | null {
  const path = m.op === 'add' ? [...m.path, m.key] : m.path
  if (path.length === 0) return null
  if (path.length >= 2 && typeof path[1] === 'number') return `${path[0]}[${path[1]}]`
  return String(path[0])
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join()
const before = prototypeKeys()
let invalidTotal = 0

describe.each(DATASETS)('validators against mutated $name', ({ name, runs, invalidShare }) => {
  const doc = read(name)
  const all = paths(doc)
  const file = `${name}/v1.json`

  it('the real document is valid (the mutations start from good data)', () => {
    expect(validateDataset(name, file, doc)).toEqual([])
  })

  it(`${runs} mutated documents: no crash, every problem names its place`, { timeout: 120_000 }, () => {
    let invalid = 0
    fc.assert(
      fc.property(fc.array(mutation(all), { minLength: 1, maxLength: 3 }), (mutations) => {
        const undo = apply(doc, mutations)
        try {
          const problems = validateDataset(name, file, doc)
          if (!Array.isArray(problems)) throw new Error('validateDataset did not return a list')
          if (problems.length === 0) return // a mutation that happens to be valid (e.g. null where null is allowed)
          invalid++
          // Plain checks, not expect(): a document can have dozens of problems and this runs 14,000 times.
          for (const problem of problems) {
            const fail = (why: string) => {
              throw new Error(`${why}: ${problem.slice(0, 300)}`)
            }
            if (!problem.startsWith(`${file}: `)) fail('does not name the file')
            // "records[3] (id …) field sources[0].url: must match …" or "field version: …"
            if (!/(?:: |\) |\] )field ./.test(problem)) fail('does not name a field')
            // Nothing from the data is echoed at length (a record's id aside, when it looks like one: src/lib/data/validate.ts).
            if (problem.replace(/ \(id [\s\S]*?\) field /, ' field ').length >= 2000) fail('echoes a huge value')
          }
          const places = mutations.map(locator).filter((l): l is string => l !== null)
          if (places.length && !problems.some((p) => places.some((place) => p.includes(place))))
            throw new Error(`${problems.join('\n').slice(0, 2000)}\nshould name one of ${places.join(', ')}`)
        } finally {
          undo()
        }
      }),
      { numRuns: runs, seed: 20230101 + runs, endOnFailure: true },
    )
    console.log(`${name}: ${invalid} invalid documents of ${runs}`)
    invalidTotal += invalid
    // Nearly every mutation breaks the document; the few valid ones do not count toward the 10,000.
    expect(invalid).toBeGreaterThan(runs * invalidShare)
    // Undo restored the document exactly.
    expect(validateDataset(name, file, doc)).toEqual([])
  })

  it('a document that is not an object at all', () => {
    for (const value of [null, 42, 'text', [], [doc], true]) {
      const problems = validateDataset(name, file, value)
      expect(problems.length).toBeGreaterThan(0)
      for (const problem of problems) expect(problem).toMatch(/field \S/)
    }
  })
})

describe('in all', () => {
  // Runs after every dataset (tests in a file run in order).
  it(`at least ${MIN_INVALID} invalid documents were checked, and no prototype was polluted`, () => {
    expect(invalidTotal).toBeGreaterThanOrEqual(MIN_INVALID)
    expect(prototypeKeys()).toBe(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
