import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateValidatorsSource, GENERATED_VALIDATORS_PATH, readerSchema } from '../../../scripts/lib/validators.ts'
import { describeLocation, validateDataset } from '../../../src/lib/data/validate.ts'
import type {
  AuthorityTotal,
  DeathRecord,
  DeathsDataset,
  EmergencyPeriod,
  ExportRecord,
  ExportsDataset,
  TimelineDataset,
  TimelineEvent,
} from '../../../src/lib/data/types.ts'
import { clone, deaths, exportsDs, geo, ROOT, timeline } from './helpers.ts'

describe('readerSchema', () => {
  it('drops the closed-object keywords only, at any depth, and keeps a field that happens to share their name', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: {
        additionalProperties: { type: 'boolean' },
        list: { type: 'array', items: { type: 'object', unevaluatedProperties: false, additionalProperties: false } },
        map: { type: 'object', additionalProperties: { type: 'number' } },
      },
      $defs: { a: { anyOf: [{ type: 'object', additionalProperties: false }, { type: 'null' }] } },
    }
    const copy = JSON.parse(JSON.stringify(schema)) as typeof schema
    expect(readerSchema(schema)).toEqual({
      type: 'object',
      properties: {
        additionalProperties: { type: 'boolean' },
        list: { type: 'array', items: { type: 'object' } },
        map: { type: 'object', additionalProperties: { type: 'number' } },
      },
      $defs: { a: { anyOf: [{ type: 'object' }, { type: 'null' }] } },
    })
    expect(schema).toEqual(copy)
  })
})

describe('generated validators', () => {
  const committed = readFileSync(join(ROOT, GENERATED_VALIDATORS_PATH), 'utf8')

  it('are up to date with the schemas', () => {
    expect(committed).toBe(generateValidatorsSource(ROOT))
  })

  it('contain no eval or Function constructor (the embeds run under a CSP without unsafe-eval)', () => {
    expect(committed).not.toMatch(/\beval\s*\(|new Function\s*\(|\bFunction\s*\(/)
    expect(committed).not.toMatch(/\brequire\s*\(/)
  })

  it('accept the committed datasets', () => {
    expect(validateDataset('protest-deaths', 'd', deaths)).toEqual([])
    expect(validateDataset('timeline', 't', timeline)).toEqual([])
    expect(validateDataset('arms-exports', 'e', exportsDs)).toEqual([])
    expect(validateDataset('peru-departments', 'g', geo)).toEqual([])
  })

  it('reject bad documents, naming file, record (index and id) and field', () => {
    const d = clone(deaths) as unknown as { records: Record<string, unknown>[]; version: string }
    d.records[3]!.age = -1
    delete d.records[5]!.sources
    ;(d.records[6]!.sources as { url: string }[])[0]!.url = 'not a url'
    d.version = 'one'
    const problems = validateDataset('protest-deaths', 'protest-deaths/v1.json', d)
    expect(problems).toEqual(
      expect.arrayContaining([
        'protest-deaths/v1.json: field version: must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$"',
        'protest-deaths/v1.json: records[3] (id pd-2022-12-12-andahuaylas-01) field age: must be >= 0',
        "protest-deaths/v1.json: records[5] (id pd-2022-12-12-chincheros-01) field sources: must have required property 'sources'",
        expect.stringMatching(
          /^protest-deaths\/v1\.json: records\[6\] \(id pd-2022-12-12-arequipa-01\) field sources\[0\]\.url: must match pattern/,
        ),
      ]),
    )
  })

  it('let a record, a nested object and the top level carry fields they do not know (a later minor adds some)', () => {
    const d = clone(deaths) as unknown as Record<string, unknown> & { records: Record<string, unknown>[] }
    d.place_es = 'nuevo'
    d.records[7]!.unexpected = true
    ;(d.records[7]!.sources as Record<string, unknown>[])[0]!.publisher_fr = 'Éditeur'
    expect(validateDataset('protest-deaths', 'protest-deaths/v1.json', d)).toEqual([])
    for (const [name, doc] of [
      ['timeline', timeline],
      ['arms-exports', exportsDs],
      ['peru-departments', geo],
    ] as const) {
      const withExtra = clone(doc) as unknown as Record<string, unknown>
      withExtra.later_field = { any: ['thing'] }
      const list = (withExtra.records ??
        (withExtra.objects as { departments: { geometries: unknown[] } }).departments.geometries) as Record<
        string,
        unknown
      >[]
      for (const r of list) r.later_field = 1
      expect(validateDataset(name, name, withExtra)).toEqual([])
    }
  })

  it('still refuse a known field of the wrong type, or a required field missing, beside unknown fields', () => {
    const d = clone(deaths) as unknown as { records: Record<string, unknown>[] }
    d.records[7]!.unexpected = true
    d.records[7]!.age = 'forty'
    delete d.records[8]!.place
    expect(validateDataset('protest-deaths', 'protest-deaths/v1.json', d)).toEqual([
      'protest-deaths/v1.json: records[7] (id pd-2022-12-12-el-pedregal-01) field age: must be integer',
      'protest-deaths/v1.json: records[7] (id pd-2022-12-12-el-pedregal-01) field age: must be null',
      "protest-deaths/v1.json: records[8] (id pd-2022-12-12-el-pedregal-02) field place: must have required property 'place'",
    ])
  })

  it('enforce the rules the editors care about', () => {
    const e = clone(exportsDs)
    const permit = e.records.find((r) => r.kind === 'permit') as ExportRecord
    permit.valid_from = null
    const derived = e.records.find((r) => r.kind === 'derived') as ExportRecord
    derived.formula = null
    expect(validateDataset('arms-exports', 'e', e).join('\n')).toMatch(
      /valid_from[\s\S]*formula|formula[\s\S]*valid_from/,
    )
    const d = clone(deaths)
    ;(d.records[0] as DeathRecord).counted_by_defensoria = 'no' // would be "other", not "clash"
    expect(validateDataset('protest-deaths', 'd', d).join('\n')).toContain(
      'records[0] (id pd-2022-12-10-andahuaylas-01) field category',
    )
    const t = clone(timeline)
    ;(t.records[0] as TimelineEvent).short_label = null // a key event needs its short label
    expect(validateDataset('timeline', 't', t).join('\n')).toContain(
      'records[0] (id tl-2022-12-07-castillo-removed) field short_label',
    )
  })

  it('describe locations in nested arrays', () => {
    expect(describeLocation(timeline, '/periods/1/label/fr')).toEqual({
      record: 'periods[1] (id soe-2022-12-national)',
      field: 'label.fr',
    })
    expect(describeLocation(deaths, '/title')).toEqual({ record: null, field: 'title' })
  })

  it('quote a record id only when it looks like one, never a hostile file’s long or odd text', () => {
    const hostile = { records: [{ id: 'x'.repeat(500_000) }, { id: '<img src=x onerror=alert(1)>' }, { id: 'ok-1' }] }
    expect(describeLocation(hostile, '/records/0/age').record).toBe('records[0]')
    expect(describeLocation(hostile, '/records/1/age').record).toBe('records[1]')
    expect(describeLocation(hostile, '/records/2/age').record).toBe('records[2] (id ok-1)')
  })
})

// The TypeScript types are written by hand; these typed samples must satisfy the schemas, so types and schemas
// cannot drift apart without a failing test (a field added to one but not the other breaks one side).
describe('types match the schemas', () => {
  const source = {
    publisher: 'P',
    url: 'https://example.org/a',
    date: '2023-01',
    note: 'n',
    archive_url: 'https://example.org/b',
  }
  const record: DeathRecord = {
    id: 'pd-2023-01-09-juliaca-01',
    incident_id: 'row-15',
    incident_date: '2023-01-09',
    incident_date_precision: 'day',
    death_date: '2023-01-12',
    death_date_precision: 'day',
    death_date_variants: [{ value: '2023-01-13', reported_by: 'X', url: 'https://example.org/c', note: 'n' }],
    department_code: 'PE-PUN',
    department: 'Puno',
    province: 'San Román',
    district: null,
    place: 'Juliaca',
    place_key: 'Juliaca',
    latitude: -15.5,
    longitude: -70.13333,
    coords_source: 'GeoNames',
    coords_precision: 'city centroid',
    category: 'clash',
    research_category: 'clash_with_security_forces',
    counted_by_defensoria: 'yes',
    cause: 'firearm',
    cause_disputed: true,
    cause_versions: [
      { version: 'a', reported_by: 'A', sources: [source] },
      { version: 'b', reported_by: 'B', sources: [] },
    ],
    name: null,
    name_status: 'unknown',
    name_variants: [],
    age: 15,
    age_variants: [{ value: 16, reported_by: 'Y' }],
    minor: true,
    confidence: 'high',
    sources: [source],
    notes: '',
  }
  const total: AuthorityTotal = {
    id: 't',
    authority: 'A',
    value: 1,
    counts: 'c',
    as_of: '2023',
    period: { start: '2022-12-07', end: '2023-01-01' },
    breakdown: [{ label: 'x', value: 1 }],
    is_sample: false,
    confidence: 'low',
    sources: [source],
    note: '',
  }
  const header = {
    version: '1.2.3',
    updated: '2026-01-01',
    title: 'T',
    description: 'D',
    sources: [source],
    notes: ['n'],
  }

  it('DeathsDataset', () => {
    const doc: DeathsDataset = {
      dataset: 'protest-deaths',
      ...header,
      period: { start: '2022-12-07', end: '2023-05-31' },
      records: [record],
      totals: [total],
      excluded: [{ name: 'N', reason: 'R', sources: [] }],
    }
    expect(validateDataset('protest-deaths', 'sample', doc)).toEqual([])
  })

  it('TimelineDataset', () => {
    const event: TimelineEvent = {
      id: 'tl-2023-01-09-x',
      date: '2023-01',
      date_precision: 'month',
      headline: { en: 'a', es: 'b', fr: 'c' },
      description: { en: 'a', es: 'b', fr: 'c' },
      place: null,
      department_code: null,
      department_codes: ['PE-LIM', 'PE-CAL'],
      category: 'canada',
      deaths: null,
      key: true,
      short_label: { en: 'a', es: 'b', fr: 'c' },
      confidence: 'medium',
      conflicts: [
        {
          about: 'x',
          versions: [
            { value: '1', reported_by: 'A' },
            { value: '2', reported_by: 'B' },
          ],
          note: 'n',
        },
      ],
      sources: [source],
    }
    const period: EmergencyPeriod = {
      id: 'p',
      kind: 'curfew',
      start: '2023-01-01',
      end: '2023-01-02',
      dates_uncertain: false,
      dates_note: '',
      duration_days: null,
      scope: 'national',
      regions: ['PE-PUN'],
      partial_regions: [],
      decree: null,
      label: { en: 'a', es: 'b', fr: 'c' },
      sources: [source],
    }
    const doc: TimelineDataset = {
      dataset: 'timeline',
      ...header,
      period: { start: '2022-12-07', end: '2023-05-31' },
      records: [event],
      periods: [period],
    }
    expect(validateDataset('timeline', 'sample', doc)).toEqual([])
  })

  it('ExportsDataset', () => {
    const rec: ExportRecord = {
      id: 'ae-x',
      period: '2014-2016',
      kind: 'derived',
      value_cad: 1.5,
      value_usd: null,
      destination: 'Peru',
      description: { en: 'a', es: 'b', fr: 'c' },
      formula: 'a − b',
      ecl_groups: ['2-6'],
      quantity: null,
      valid_from: null,
      conflicts_with: [],
      disputes: [{ value: 1, currency: 'USD', reported_by: 'A', note: 'n', sources: [source] }],
      derived_from: { op: 'difference', ids: ['ae-a', 'ae-b'] },
      confidence: 'low',
      sources: [source],
      notes: '',
    }
    const doc: ExportsDataset = {
      dataset: 'arms-exports',
      ...header,
      records: [rec],
      deliveries: [
        {
          id: 'sipri-1',
          sipri_deal_id: 1,
          item: 'i',
          ordered: 2014,
          deliveries: [{ year: 2015, number: 8, estimate: true }],
          notes: '',
          sources: [source],
        },
      ],
    }
    expect(validateDataset('arms-exports', 'sample', doc)).toEqual([])
  })
})
