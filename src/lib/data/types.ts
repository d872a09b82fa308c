/**
 * Types of the published datasets. They mirror data/schemas/*.schema.json by hand; tests/unit/data/types.test.ts
 * validates typed sample objects against the schemas so the two cannot drift apart silently.
 */
import type { Lang } from '../i18n/index.ts'
import type { GeometryCollection, Topology } from 'topojson-specification'

export type { Lang }

export type DatasetName = 'protest-deaths' | 'timeline' | 'arms-exports' | 'peru-departments'

/** Text in the three story languages. English is the reference; es/fr are faithful translations. */
export type Localized = Record<Lang, string>

/**
 * Spanish and French of one of the data's English texts (a place, a publisher's note). Optional wherever it appears
 * (added in minor versions): a reader shows the English text where a file has none.
 */
export interface Translation {
  es: string
  fr: string
}

/** Where a figure comes from: the original publisher's URL, never a mirror (a copy may be kept as archive_url). */
export interface Source {
  publisher: string
  publisher_i18n?: Translation
  url: string
  /** publication date, ISO (YYYY-MM-DD or YYYY-MM) */
  date?: string
  note?: string
  /** the source's own words, exactly as it publishes them, where the story quotes it */
  quote?: string
  /** a mirror/cached copy of the same document, kept only for the record */
  archive_url?: string
}

export type Confidence = 'high' | 'medium' | 'low'
export type DatePrecision = 'day' | 'month'

/** Common top level of every JSON (non-geo) dataset. */
export interface DatasetHeader<N extends DatasetName> {
  dataset: N
  /** semver; a published version never changes (data/manifest.json holds its sha256) */
  version: string
  updated: string
  title: string
  description: string
  sources: Source[]
  notes: string[]
}

// ---------------------------------------------------------------- protest-deaths

/** clash = civilian killed in clashes with security forces; blockade = death linked to blockades/road incidents;
 * police / soldier = security-force deaths; other = a reported death outside the Defensoría's count of 67. */
export type Category = 'clash' | 'blockade' | 'police' | 'soldier' | 'other'
export const CATEGORIES: readonly Category[] = ['clash', 'blockade', 'police', 'soldier', 'other']

/** The research file's own category, kept so `other` deaths still say what kind of death they were. */
export type ResearchCategory =
  'clash_with_security_forces' | 'blockade_or_accident' | 'police_officer' | 'military' | 'unclear_context'

export type DefensoriaCount = 'yes' | 'inferred' | 'no'
export type CoordsPrecision = 'city centroid' | 'approximate' | 'department centroid'
export type NameStatus = 'published' | 'initials' | 'uncorroborated' | 'unknown'

/** A value one source reports that differs from the one in the main field. */
export interface Variant<T> {
  value: T
  reported_by: string
  url?: string
  note?: string
}

export interface CauseVersion {
  version: string
  reported_by: string
  sources: Source[]
}

export interface DeathRecord {
  /** stable: pd-<incident date>-<place slug>-<nn> */
  id: string
  /** the research row this person comes from (several people can share one incident) */
  incident_id: string
  /** when the person was injured / the fatal incident happened: YYYY-MM-DD, or YYYY-MM when only the month is known */
  incident_date: string
  incident_date_precision: DatePrecision
  /** when the person died; differs from incident_date for people who died later */
  death_date: string
  death_date_precision: DatePrecision
  death_date_variants: Variant<string>[]
  department_code: string
  department: string
  province: string | null
  district: string | null
  place: string
  place_i18n?: Translation
  /** key into data/sources/places.json; also the place's name on the map and in the timeline */
  place_key: string
  place_key_i18n?: Translation
  latitude: number
  longitude: number
  coords_source: string
  coords_precision: CoordsPrecision
  category: Category
  research_category: ResearchCategory
  counted_by_defensoria: DefensoriaCount
  /** cause as reported (null when not published) */
  cause: string | null
  cause_disputed: boolean
  cause_versions: CauseVersion[]
  name: string | null
  name_status: NameStatus
  name_variants: string[]
  /** age in completed years; null when unknown or when sources disagree without a majority (see age_variants) */
  age: number | null
  age_variants: Variant<number>[]
  /** null when not published */
  minor: boolean | null
  confidence: Confidence
  sources: Source[]
  notes: string
}

/** A headline figure published by an authority, with what it counts. */
export interface AuthorityTotal {
  id: string
  authority: string
  /** the figure as published */
  value: number
  /** what the number counts, in plain words */
  counts: string
  as_of: string
  period: { start: string; end: string }
  breakdown: { label: string; value: number }[]
  /** true for a sample of verified cases, not a national total (e.g. Amnesty's 12) */
  is_sample: boolean
  confidence: Confidence
  sources: Source[]
  note: string
}

export interface DeathsDataset extends DatasetHeader<'protest-deaths'> {
  /** the window the dataset covers */
  period: { start: string; end: string }
  records: DeathRecord[]
  totals: AuthorityTotal[]
  /** people reported and later withdrawn (not records): e.g. the retracted Chincheros death */
  excluded: { name: string; reason: string; sources: Source[] }[]
}

// ---------------------------------------------------------------- timeline

export type TimelineCategory =
  'political' | 'protest' | 'violence' | 'state-response' | 'investigation' | 'international' | 'canada'

export const TIMELINE_CATEGORIES: readonly TimelineCategory[] = [
  'political',
  'protest',
  'violence',
  'state-response',
  'investigation',
  'international',
  'canada',
]

export interface SourceConflict {
  about: string
  versions: { value: string; reported_by: string }[]
  note?: string
}

export interface TimelineEvent {
  id: string
  date: string
  date_precision: DatePrecision
  headline: Localized
  description: Localized
  place: string | null
  /** single department, or null (national, abroad, or several: see department_codes) */
  department_code: string | null
  department_codes: string[]
  category: TimelineCategory
  /** people who died on this date in this event (date of death), null when not applicable */
  deaths: number | null
  key: boolean
  /** short label for key events (null otherwise) */
  short_label: Localized | null
  confidence: Confidence
  conflicts: SourceConflict[]
  sources: Source[]
}

export interface EmergencyPeriod {
  id: string
  kind: 'state-of-emergency' | 'curfew'
  /** inclusive ISO dates */
  start: string
  end: string
  /** true when start/end are derived (e.g. start + duration) or disputed; see dates_note */
  dates_uncertain: boolean
  dates_note: string
  duration_days: number | null
  scope: 'national' | 'departments' | 'provinces'
  /** department codes covered in full */
  regions: string[]
  /** departments where only some provinces/districts were covered */
  partial_regions: string[]
  decree: string | null
  label: Localized
  sources: Source[]
}

export interface TimelineDataset extends DatasetHeader<'timeline'> {
  period: { start: string; end: string }
  records: TimelineEvent[]
  periods: EmergencyPeriod[]
}

// ---------------------------------------------------------------- arms-exports

export type ExportKind = 'export' | 'total' | 'derived' | 'permit' | 'context'

export interface ValueDispute {
  value: number
  currency: 'CAD' | 'USD' | 'unstated'
  reported_by: string
  note?: string
  sources: Source[]
}

export interface ExportRecord {
  id: string
  /** '2017' or '2014-2021' */
  period: string
  kind: ExportKind
  /** CAD, nominal; null when no figure was published (never 0) */
  value_cad: number | null
  /** only where a source gives USD */
  value_usd: number | null
  destination: string
  description: Localized
  /** for kind 'derived': how we computed it */
  formula: string | null
  ecl_groups: string[]
  /** e.g. 32 for the LAV II */
  quantity: number | null
  /** for kind 'permit' */
  valid_from: string | null
  /** records that report a different figure for the same thing (revisions, disputes) */
  conflicts_with: string[]
  disputes: ValueDispute[]
  /** for kind 'derived': the records it is computed from (data:check recomputes the value) */
  derived_from: { op: 'sum' | 'difference'; ids: string[] } | null
  confidence: Confidence
  sources: Source[]
  notes: string
}

/** SIPRI Arms Transfers Database: volumes (numbers of items), not money. */
export interface Delivery {
  id: string
  sipri_deal_id: number
  item: string
  ordered: number
  deliveries: { year: number; number: number; estimate: boolean }[]
  notes: string
  sources: Source[]
}

export interface ExportsDataset extends DatasetHeader<'arms-exports'> {
  records: ExportRecord[]
  deliveries: Delivery[]
}

// ---------------------------------------------------------------- geo

export interface DepartmentProperties {
  code: string
  name_es: string
  name_en: string
  name_fr: string
}

export interface NeighbourProperties {
  iso_n3: string
  name_en: string
}

export type DepartmentsTopology = Topology<{
  departments: GeometryCollection<DepartmentProperties>
  neighbours: GeometryCollection<NeighbourProperties>
}> & { version: string; updated: string }
