// The data check's rules about what the datasets say: every record cites its publisher, the deaths against the
// departments, the places and the research's reference figures, the timeline against the deaths, the exports' sums.
// Pure, like scripts/lib/check.ts, which runs them after the manifest, the changelog and the schemas.
import { summaryTotals } from '../../src/lib/data/derive.ts'
import type {
  Category,
  DeathRecord,
  DeathsDataset,
  DepartmentsTopology,
  ExportRecord,
  ExportsDataset,
  TimelineDataset,
} from '../../src/lib/data/types.ts'
import { mirrorReason } from './hosts.ts'
import { REFERENCE_TOTALS, RESEARCH_TABLE_C, RESEARCH_TOTALS, type ReferenceTotals } from './reference-totals.ts'

// ---------------------------------------------------------------- the research's reference figures

const REFERENCE_PATH = 'sources/reference-totals.json'

/** The reference figures themselves: every group cites a source (no mirror), and table (c) adds up to the totals. */
export function checkReferenceTotals(ref: ReferenceTotals = REFERENCE_TOTALS): string[] {
  const problems = checkSourcesAndUrls(REFERENCE_PATH, ref)
  for (const [key, group] of Object.entries(ref.deaths))
    if (!group.sources.some((s) => typeof s.url === 'string' && s.url !== ''))
      problems.push(`${REFERENCE_PATH}: deaths.${key}: no source with a URL`)
  const t = ref.deaths.totals.figures
  for (const c of ['clash', 'blockade', 'police', 'soldier', 'other'] as const) {
    const sum = Object.values(ref.deaths.byDepartment.figures).reduce((s, row) => s + row[c], 0)
    if (sum !== t[c]) problems.push(`${REFERENCE_PATH}: table (c) adds up to ${sum} ${c}, the totals say ${t[c]}`)
  }
  if (t.clash + t.blockade + t.police + t.soldier !== t.defensoria)
    problems.push(`${REFERENCE_PATH}: the Defensoría's four categories do not add up to ${t.defensoria}`)
  if (t.defensoria + t.other !== t.all)
    problems.push(`${REFERENCE_PATH}: ${t.defensoria} + ${t.other} others is not ${t.all} in all`)
  return problems
}

/** The timeline itemises these categories on their date of death (see timeline notes). */
export const TIMELINE_DEATH_CATEGORIES: readonly Category[] = ['clash', 'police', 'soldier']

// ---------------------------------------------------------------- helpers

/** Every `url` value anywhere in a document, with a readable location. `archive_url` is exempt by name. */
export function collectUrls(node: unknown, path = ''): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = []
  if (Array.isArray(node)) node.forEach((v, i) => out.push(...collectUrls(v, `${path}[${i}]`)))
  else if (typeof node === 'object' && node !== null) {
    const obj = node as Record<string, unknown>
    const id = typeof obj.id === 'string' ? ` (id ${obj.id})` : ''
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'url' && typeof v === 'string') out.push({ where: `${path}${id}`, url: v })
      else out.push(...collectUrls(v, `${path}${id}${path ? '.' : ''}${k}`))
    }
  }
  return out
}

function isRecordArray<T>(v: unknown): v is T[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null)
}

// ---------------------------------------------------------------- per dataset

export function checkSourcesAndUrls(path: string, doc: unknown): string[] {
  const problems: string[] = []
  for (const { where, url } of collectUrls(doc)) {
    const why = mirrorReason(url)
    if (why)
      problems.push(`${path}: ${where}: cites ${url} — ${why}; cite the publisher (keep the copy as archive_url)`)
  }
  const d = doc as Record<string, unknown>
  for (const key of ['records', 'totals', 'periods', 'deliveries']) {
    const list = d[key]
    if (!isRecordArray<{ id?: unknown; sources?: unknown }>(list)) continue
    const ids = new Set<string>()
    list.forEach((r, i) => {
      const label = `${key}[${i}]` + (typeof r.id === 'string' ? ` (id ${r.id})` : '')
      const urls = Array.isArray(r.sources)
        ? r.sources.filter(
            (s) => typeof s === 'object' && s !== null && typeof (s as { url?: unknown }).url === 'string',
          )
        : []
      if (urls.length === 0) problems.push(`${path}: ${label}: no source with a URL`)
      if (typeof r.id === 'string') {
        if (ids.has(r.id)) problems.push(`${path}: ${label}: duplicate id`)
        ids.add(r.id)
      }
    })
  }
  return problems
}

export function geoCodes(geo: unknown): Map<string, string> {
  const codes = new Map<string, string>()
  const geoms = (geo as Partial<DepartmentsTopology> | undefined)?.objects?.departments?.geometries
  if (Array.isArray(geoms))
    for (const g of geoms) {
      const p = g.properties as { code?: unknown; name_es?: unknown } | undefined
      if (typeof p?.code === 'string') codes.set(p.code, typeof p.name_es === 'string' ? p.name_es : '')
    }
  return codes
}

export function checkDeaths(path: string, ds: DeathsDataset, codes: Map<string, string>, places: unknown): string[] {
  const problems: string[] = []
  const placeMap = ((places as { places?: unknown } | undefined)?.places ?? {}) as Record<
    string,
    { lat?: unknown; lon?: unknown; precision?: unknown; department_code?: unknown }
  >
  ds.records.forEach((r: DeathRecord, i) => {
    const label = `${path}: records[${i}] (id ${r.id})`
    if (!codes.has(r.department_code))
      problems.push(`${label}: department_code ${r.department_code} is not in the geo file`)
    else if (codes.get(r.department_code) !== r.department)
      problems.push(
        `${label}: department "${r.department}" should be "${codes.get(r.department_code)}" for ${r.department_code}`,
      )
    if (r.death_date.slice(0, r.incident_date.length) < r.incident_date.slice(0, r.death_date.length))
      problems.push(`${label}: death_date ${r.death_date} is before incident_date ${r.incident_date}`)
    const p = placeMap[r.place_key]
    if (!p) problems.push(`${label}: place_key "${r.place_key}" is not in sources/places.json`)
    else {
      if (p.lat !== r.latitude || p.lon !== r.longitude)
        problems.push(
          `${label}: coordinates ${r.latitude},${r.longitude} differ from sources/places.json (${String(p.lat)},${String(p.lon)})`,
        )
      if (p.precision !== r.coords_precision)
        problems.push(
          `${label}: coords_precision "${r.coords_precision}" differs from sources/places.json ("${String(p.precision)}")`,
        )
      if (p.department_code !== r.department_code)
        problems.push(
          `${label}: place "${r.place_key}" is in ${String(p.department_code)}, record says ${r.department_code}`,
        )
    }
  })

  // Totals: the Defensoría's 49 + 11 + 1 + 6 = 67, the 14 others, 81 in all.
  const t = summaryTotals(ds.records)
  const expect = RESEARCH_TOTALS
  const pairs: [string, number, number][] = [
    ['civilians killed in clashes (clash)', t.defensoria.clash, expect.clash],
    ['blockade-linked deaths (blockade)', t.defensoria.blockade, expect.blockade],
    ['police officers (police)', t.defensoria.police, expect.police],
    ['soldiers (soldier)', t.defensoria.soldier, expect.soldier],
    ['Defensoría total', t.defensoria.total, expect.defensoria],
    ['reported deaths outside the Defensoría count (other)', t.other, expect.other],
    ['all records', t.all, expect.all],
  ]
  for (const [what, got, want] of pairs)
    if (got !== want) problems.push(`${path}: ${what}: ${got}, research table says ${want}`)

  // Per department, table (c).
  const byDept: Record<string, Record<Category, number>> = {}
  for (const r of ds.records) {
    const d = (byDept[r.department_code] ??= { clash: 0, blockade: 0, police: 0, soldier: 0, other: 0 })
    d[r.category] += 1
  }
  for (const code of new Set([...Object.keys(RESEARCH_TABLE_C), ...Object.keys(byDept)])) {
    const want = RESEARCH_TABLE_C[code] ?? { clash: 0, blockade: 0, police: 0, soldier: 0, other: 0 }
    const got = byDept[code] ?? { clash: 0, blockade: 0, police: 0, soldier: 0, other: 0 }
    for (const c of ['clash', 'blockade', 'police', 'soldier', 'other'] as const)
      if (got[c] !== want[c]) problems.push(`${path}: ${code} ${c}: ${got[c]}, research table (c) says ${want[c]}`)
  }

  // The authority totals that restate our own count must agree with it.
  const final = ds.totals.find((x) => x.id === 'defensoria-final-67')
  if (!final) problems.push(`${path}: totals: no "defensoria-final-67" entry`)
  else if (final.value !== t.defensoria.total)
    problems.push(
      `${path}: totals (id defensoria-final-67): value ${final.value} but records count ${t.defensoria.total}`,
    )
  const clash = ds.totals.find((x) => x.id === 'defensoria-clash-49')
  if (clash && clash.value !== t.defensoria.clash)
    problems.push(
      `${path}: totals (id defensoria-clash-49): value ${clash.value} but records count ${t.defensoria.clash} clash deaths`,
    )
  // Department breakdowns (MINSA) must add up and use real codes.
  for (const x of ds.totals) {
    const depts = x.breakdown.filter((b) => /^PE-[A-Z]{3}$/.test(b.label))
    for (const b of depts)
      if (!codes.has(b.label))
        problems.push(`${path}: totals (id ${x.id}): breakdown code ${b.label} is not in the geo file`)
    const sum = depts.reduce((s, b) => s + b.value, 0)
    if (depts.length && depts.length === x.breakdown.length && sum !== x.value)
      problems.push(`${path}: totals (id ${x.id}): department breakdown sums to ${sum}, value is ${x.value}`)
  }
  return problems
}

export function checkTimeline(
  path: string,
  ds: TimelineDataset,
  deaths: DeathsDataset | undefined,
  codes: Map<string, string>,
): string[] {
  const problems: string[] = []
  ds.records.forEach((e, i) => {
    const label = `${path}: records[${i}] (id ${e.id})`
    for (const code of [...(e.department_code ? [e.department_code] : []), ...e.department_codes])
      if (!codes.has(code)) problems.push(`${label}: department code ${code} is not in the geo file`)
    if (e.department_code && !e.department_codes.includes(e.department_code))
      problems.push(`${label}: department_code ${e.department_code} missing from department_codes`)
    if (e.date.slice(0, 10) < ds.period.start.slice(0, e.date.length) || e.date > ds.period.end)
      problems.push(`${label}: date ${e.date} is outside ${ds.period.start}–${ds.period.end}`)
  })
  ds.periods.forEach((p, i) => {
    const label = `${path}: periods[${i}] (id ${p.id})`
    if (p.end < p.start) problems.push(`${label}: end ${p.end} is before start ${p.start}`)
    for (const code of [...p.regions, ...p.partial_regions])
      if (!codes.has(code)) problems.push(`${label}: region ${code} is not in the geo file`)
  })
  if (deaths) {
    // The timeline counts people on the day they died (see its notes), for clash/police/soldier deaths.
    const fromTimeline: Record<string, number> = {}
    for (const e of ds.records) if (e.deaths !== null) fromTimeline[e.date] = (fromTimeline[e.date] ?? 0) + e.deaths
    const fromDeaths: Record<string, number> = {}
    for (const r of deaths.records)
      if (TIMELINE_DEATH_CATEGORIES.includes(r.category)) fromDeaths[r.death_date] = (fromDeaths[r.death_date] ?? 0) + 1
    for (const date of [...new Set([...Object.keys(fromTimeline), ...Object.keys(fromDeaths)])].sort()) {
      const a = fromTimeline[date] ?? 0
      const b = fromDeaths[date] ?? 0
      if (a !== b)
        problems.push(
          `${path}: ${date}: timeline events list ${a} death(s), protest-deaths has ${b} clash/police/soldier death(s) with that death_date`,
        )
    }
  }
  return problems
}

export function checkExports(path: string, ds: ExportsDataset): string[] {
  const problems: string[] = []
  const byId = new Map(ds.records.map((r) => [r.id, r]))
  ds.records.forEach((r: ExportRecord, i) => {
    const label = `${path}: records[${i}] (id ${r.id})`
    if (r.value_cad === 0)
      problems.push(`${label}: value_cad is 0 — a year with no published figure must be null, never zero`)
    for (const other of r.conflicts_with) {
      const o = byId.get(other)
      if (!o) problems.push(`${label}: conflicts_with ${other}, which does not exist`)
      else if (!o.conflicts_with.includes(r.id))
        problems.push(`${label}: conflicts_with ${other}, but ${other} does not point back`)
    }
    if (r.derived_from) {
      const parts = r.derived_from.ids.map((id) => byId.get(id))
      const missing = r.derived_from.ids.filter((_, j) => !parts[j] || parts[j]?.value_cad === null)
      if (missing.length) {
        problems.push(`${label}: derived_from ${missing.join(', ')}: missing or without value_cad`)
        return
      }
      const values = parts.map((p) => p?.value_cad ?? 0)
      const computed =
        r.derived_from.op === 'sum'
          ? values.reduce((a, b) => a + b, 0)
          : values.slice(1).reduce((a, b) => a - b, values[0] ?? 0)
      if (r.value_cad === null || Math.abs(Math.round(computed * 100) - Math.round(r.value_cad * 100)) > 0)
        problems.push(
          `${label}: value_cad ${String(r.value_cad)} but ${r.derived_from.op} of ${r.derived_from.ids.join(', ')} is ${computed.toFixed(2)}`,
        )
    }
  })
  // Peru's yearly series must have no gaps: a missing year is a null record, not an absent one.
  const years = ds.records
    .filter((r) => r.destination === 'Peru' && r.kind === 'export' && /^\d{4}$/.test(r.period))
    .map((r) => Number(r.period))
  if (years.length) {
    const min = Math.min(...years)
    const max = Math.max(...years)
    for (let y = min; y <= max; y++)
      if (!years.includes(y)) problems.push(`${path}: Peru export series has no record for ${y} (use value_cad null)`)
  }
  return problems
}
