/**
 * Every figure the story takes from an authority's headline totals is attributed in the sentence that gives it,
 * in every language: a figure equal to a total in protest-deaths' `totals` (or to a reported total in
 * arms-exports) must have the name of that total's source in the same sentence. The text read is the story's
 * typed list (STORY_TEXT) and the labels of the totals it lists.
 *
 * And every phrase the story gives in quotation marks (“…”, «…», "…"), in every language, is a source's own words as
 * the data records them: it must appear in a source's `quote` in the latest version of a dataset.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COUNTED_TOTALS, STORY_TEXT, story, type StoryKey } from '../../src/pages/story/messages.ts'
import { LANGS, type Lang } from '../../src/lib/i18n/index.ts'
import { STEP_IDS, type StepId } from '../../src/lib/story/steps.ts'
import { stepMessages } from '../../src/lib/story/messages.ts'
import type { DeathsDataset, ExportsDataset, TimelineDataset } from '../../src/lib/data/types.ts'

const read = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T
const manifest = read<{ datasets: { name: string; version: string; path: string }[] }>('data/manifest.json')
/** The latest published version of a dataset, as the manifest lists it. */
function latest<T>(name: string): T {
  const versions = manifest.datasets.filter((d) => d.name === name)
  const newest = versions.reduce((a, b) => (compareVersions(a.version, b.version) >= 0 ? a : b))
  return read<T>(`data/${newest.path}`)
}
function compareVersions(a: string, b: string) {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0)
  return 0
}

/**
 * The organisations behind the totals, each found in a total's English `authority` (or in an export total's
 * description) by `match`, and named in the story's text by any of `names` (case-sensitive, whole words).
 */
const ORGANISATIONS: { match: RegExp; names: Record<Lang, string[]> }[] = [
  {
    match: /Defensoría|Ombudsperson/,
    names: { en: ['Defensoría', 'Ombudsperson'], es: ['Defensoría'], fr: ['Defensoría'] },
  },
  { match: /Amnesty/, names: { en: ['Amnesty'], es: ['Amnistía'], fr: ['Amnistie'] } },
  {
    match: /Human Rights Watch|HRW/,
    names: { en: ['Human Rights Watch', 'HRW'], es: ['Human Rights Watch', 'HRW'], fr: ['Human Rights Watch', 'HRW'] },
  },
  {
    match: /IACHR|CIDH/,
    names: {
      en: ['Inter-American Commission', 'IACHR'],
      es: ['Comisión Interamericana', 'CIDH'],
      fr: ['Commission interaméricaine', 'CIDH'],
    },
  },
  {
    match: /OHCHR/,
    names: {
      en: ['UN Human Rights Office', 'OHCHR'],
      es: ['Oficina de Derechos Humanos de la ONU', 'ACNUDH'],
      fr: ['Haut-Commissariat de l’ONU aux droits de l’homme', 'HCDH'],
    },
  },
  {
    match: /MINSA|Ministry of Health/,
    names: {
      en: ['Ministry of Health', 'MINSA'],
      es: ['Ministerio de Salud', 'MINSA'],
      fr: ['ministère de la Santé', 'MINSA'],
    },
  },
  { match: /UNHCR|IOM/, names: { en: ['UNHCR', 'IOM'], es: ['ACNUR', 'OIM'], fr: ['HCR', 'OIM'] } },
  { match: /Wikipedia/, names: { en: ['Wikipedia'], es: ['Wikipedia'], fr: ['Wikipedia'] } },
]

/**
 * Figures in the text that equal a total by coincidence and count something else, each with what it counts.
 * An entry that no longer matches the text fails the check, so this list cannot go stale.
 */
const NOT_A_TOTAL: { key: StoryKey; value: number; counts: string }[] = [
  {
    key: 'map2',
    value: 18,
    counts:
      'civilians killed in Juliaca on 9 January 2023 (records, checked in story.test.ts), not MINSA’s early tally',
  },
]

/** The same, for the guided story's steps (their text is in src/lib/story/messages.ts). */
const STEP_NOT_A_TOTAL: { step: StepId; value: number; counts: string }[] = [
  {
    step: 'juliaca',
    value: 18,
    counts:
      'civilians killed in Juliaca on 9 January 2023 (records, checked in steps.test.ts), not MINSA’s early tally',
  },
]

interface Figure {
  value: number
  kind: 'count' | 'cad'
  text: string
}

const NUMBER = /(?<![\p{L}\d])\d{1,3}(?:(?:,|\u00a0|\u202f| )\d{3})*(?:[.,]\d+)?(?![\p{L}\d])|\d+(?:[.,]\d+)?/gu
const MONTHS: Record<Lang, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
}
const WORDS: Record<Lang, string[]> = {
  en: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  ),
  es: 'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte'.split(
    ' ',
  ),
  fr: 'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt'.split(
    ' ',
  ),
}
/** Words that read as a number only in some uses ('one died', 'un décès'): left to the digits. */
const AMBIGUOUS_WORDS = new Set(['one', 'uno', 'un'])

/** The sentences of a text (split after . ! ? before a capital, a digit or an opening quotation mark). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d“«¿¡"])/u).filter((s) => s.trim() !== '')
}

/** The figures a sentence gives: counts (digits or words) and CAD amounts; years, days of a month and article numbers are not figures. */
function figures(sentence: string, lang: Lang): Figure[] {
  const found: Figure[] = []
  const months = MONTHS[lang].join('|')
  for (const m of sentence.matchAll(NUMBER)) {
    const text = m[0]
    const before = sentence.slice(0, m.index)
    const after = sentence.slice(m.index + text.length)
    const value = parseNumber(text, lang)
    if (/^\d{4}$/.test(text) && value >= 1900 && value <= 2100) continue // a year
    if (new RegExp(`^(?:\\s|\\u00a0)(?:de\\s)?(?:${months})\\b`, 'u').test(after)) continue // 7 December, 7 de diciembre
    if (new RegExp(`(?:${months})\\s$`, 'u').test(before)) continue // December 7
    if (/(?:Article|artículo|article)\s$/iu.test(before)) continue // Article 7
    const money = /(?:CAD|USD|US\$|\$)\s?$/u.test(before) || /^\s?(?:million|millones|millions|M\$|\$)/u.test(after)
    if (!money) {
      found.push({ value, kind: 'count', text })
      continue
    }
    const usd =
      /USD|US\$/u.test(before.slice(-5)) || /^[^.;]*?(?:estadounidenses|américains|USD)/u.test(after.slice(0, 40))
    if (usd) continue
    const millions = /^\s?(?:million|millones|millions|M\$)/u.test(after)
    found.push({ value: millions ? Math.round(value * 1e6) : value, kind: 'cad', text })
  }
  WORDS[lang].forEach((word, value) => {
    if (AMBIGUOUS_WORDS.has(word)) return
    const re = new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'giu')
    for (const m of sentence.matchAll(re)) found.push({ value, kind: 'count', text: m[0] })
  })
  return found
}

function parseNumber(text: string, lang: Lang): number {
  const decimal = lang === 'fr' ? ',' : '.'
  const cleaned = text.replace(/[\u00a0\u202f ]/g, '')
  const normalized =
    decimal === ',' ? cleaned.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.') : cleaned.replace(/,(?=\d{3}\b)/g, '')
  return Number(normalized)
}

/** The organisations behind a total, from its English authority or description. */
function organisationsOf(text: string) {
  return ORGANISATIONS.filter((o) => o.match.test(text))
}

const named = (sentence: string, name: string) =>
  new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(sentence)

/** What a sentence gives that a total states without naming the total's source, as readable strings. */
function unattributed(
  sentence: string,
  lang: Lang,
  sources: { counts: Map<number, string[]>; cad: Map<number, string[]> },
  exempt: number[] = [],
): string[] {
  const missing: string[] = []
  for (const f of figures(sentence, lang)) {
    if (f.kind === 'count' && exempt.includes(f.value)) continue
    const candidates = (f.kind === 'count' ? sources.counts : sources.cad).get(f.value)
    if (!candidates) continue
    const orgs = ORGANISATIONS.filter((o) => candidates.includes(o.match.source))
    if (!orgs.some((o) => o.names[lang].some((n) => named(sentence, n))))
      missing.push(`${f.text} (${orgs.map((o) => o.names[lang][0]).join(' or ')})`)
  }
  return missing
}

/** Each total's value → the organisations (by their `match` source) that published a total of that value. */
function sourcesOf(deaths: DeathsDataset, exportsData: ExportsDataset) {
  const counts = new Map<number, string[]>()
  const cad = new Map<number, string[]>()
  const add = (map: Map<number, string[]>, value: number, text: string) =>
    map.set(value, [...(map.get(value) ?? []), ...organisationsOf(text).map((o) => o.match.source)])
  for (const total of deaths.totals) add(counts, total.value, total.authority)
  for (const r of exportsData.records)
    if (r.kind === 'total' && r.value_cad !== null) {
      // a story gives these in millions, to one decimal
      const rounded = Math.round(r.value_cad / 1e5) * 1e5
      add(cad, rounded, r.description.en)
    }
  return { counts, cad }
}

const deaths = latest<DeathsDataset>('protest-deaths')
const exportsData = latest<ExportsDataset>('arms-exports')
const sources = sourcesOf(deaths, exportsData)
const text = (lang: Lang, key: StoryKey) => String(story[lang][key])

describe('every figure from the totals is attributed in its sentence', () => {
  it('each total names an organisation the check knows', () => {
    for (const total of deaths.totals) expect(organisationsOf(total.authority), total.id).not.toEqual([])
    for (const r of exportsData.records.filter((r) => r.kind === 'total'))
      expect(organisationsOf(r.description.en), r.id).not.toEqual([])
  })

  for (const lang of LANGS)
    it(`in the story's text (${lang})`, () => {
      const faults: string[] = []
      for (const [part, keys] of Object.entries(STORY_TEXT))
        for (const key of keys as readonly StoryKey[]) {
          const exempt = NOT_A_TOTAL.filter((e) => e.key === key).map((e) => e.value)
          for (const sentence of sentences(text(lang, key)))
            for (const figure of unattributed(sentence, lang, sources, exempt))
              faults.push(`${part}.${key}: ${figure} in “${sentence}”`)
        }
      expect(faults).toEqual([])
    })

  for (const lang of LANGS)
    it(`in the guided story's steps (${lang})`, () => {
      const faults: string[] = []
      for (const step of STEP_IDS) {
        const exempt = STEP_NOT_A_TOTAL.filter((e) => e.step === step).map((e) => e.value)
        for (const part of ['heading', 'text', 'graphic'] as const)
          for (const sentence of sentences(String(stepMessages[lang][`${step}_${part}`])))
            for (const figure of unattributed(sentence, lang, sources, exempt))
              faults.push(`${step}_${part}: ${figure} in “${sentence}”`)
      }
      expect(faults).toEqual([])
    })

  for (const lang of LANGS)
    it(`in the labels of the totals the story lists (${lang}): each names the total's source`, () => {
      for (const id of COUNTED_TOTALS) {
        const total = deaths.totals.find((t) => t.id === id)
        expect(total, id).toBeDefined()
        const label = text(lang, `count_${id}` as StoryKey)
        const orgs = organisationsOf(total?.authority ?? '')
        expect(
          orgs.some((o) => o.names[lang].some((n) => named(label, n))),
          `${id}: “${label}”`,
        ).toBe(true)
      }
    })

  it('the figures listed as not a total are still in their text, in every language', () => {
    for (const { step, value } of STEP_NOT_A_TOTAL)
      for (const lang of LANGS)
        expect(
          figures(String(stepMessages[lang][`${step}_text`]), lang).some(
            (f) => f.kind === 'count' && f.value === value,
          ),
          `${step} (${lang}) ${value}`,
        ).toBe(true)
    for (const { key, value } of NOT_A_TOTAL)
      for (const lang of LANGS)
        expect(
          figures(text(lang, key), lang).some((f) => f.kind === 'count' && f.value === value),
          `${key} (${lang}) ${value}`,
        ).toBe(true)
  })
})

describe('how the check reads a sentence', () => {
  const s = {
    counts: new Map([
      [49, [ORGANISATIONS[0]!.match.source]],
      [7, [ORGANISATIONS[6]!.match.source]],
    ]),
    cad: new Map([[81_400_000, [ORGANISATIONS[1]!.match.source]]]),
  }

  it('finds a total without its source, in digits, in words and in money', () => {
    expect(unattributed('Security forces killed 49 civilians.', 'en', s)).toEqual(['49 (Defensoría)'])
    expect(unattributed('Among them, seven Haitian migrants.', 'en', s)).toEqual(['seven (UNHCR)'])
    expect(unattributed('Canada sold goods worth CAD 81.4 million.', 'en', s)).toEqual(['81.4 (Amnesty)'])
    expect(unattributed('Le Canada a vendu pour 81,4 M$ CA de biens.', 'fr', s)).toEqual(['81,4 (Amnistie)'])
    expect(unattributed('Murieron 49 civiles.', 'es', s)).toEqual(['49 (Defensoría)'])
  })

  it('accepts the source named anywhere in the same sentence, and only there', () => {
    expect(unattributed('49 civilians were killed, according to the Defensoría.', 'en', s)).toEqual([])
    expect(unattributed('Canada sold CAD 81.4 million, Amnesty said.', 'en', s)).toEqual([])
    const [first, second] = sentences('The Defensoría counted. 49 civilians were killed.')
    expect(unattributed(first ?? '', 'en', s)).toEqual([])
    expect(unattributed(second ?? '', 'en', s)).toEqual(['49 (Defensoría)'])
  })

  it('leaves out years, days of a month, article numbers and amounts in US dollars', () => {
    expect(figures('On 7 December 2022 (or December 7), under Article 7, for USD 67 million', 'en')).toEqual([])
    expect(figures('el 7 de diciembre, 67 millones de dólares estadounidenses', 'es')).toEqual([])
    expect(figures('le 7 décembre, 67 millions de dollars américains', 'fr')).toEqual([])
    expect(figures('September, septembre, siete', 'es').map((f) => f.value)).toEqual([7])
  })
})

/** The phrases a text gives in quotation marks: “…”, «…» (with or without inner spaces) and "…". */
function quotedPhrases(text: string): string[] {
  return [...text.matchAll(/“([^”]*)”|«([^»]*)»|"([^"]*)"/gu)].map((m) =>
    (m[1] ?? m[2] ?? m[3] ?? '').replace(/[\s\u00a0\u202f]+/gu, ' ').trim(),
  )
}

/** Every `quote` a source carries anywhere in a dataset (records, totals, periods, deliveries, top level). */
function recordedQuotes(...docs: unknown[]): string[] {
  const quotes: string[] = []
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk)
    else if (typeof x === 'object' && x !== null) {
      const o = x as Record<string, unknown>
      if (typeof o.url === 'string' && typeof o.quote === 'string') quotes.push(o.quote)
      Object.values(o).forEach(walk)
    }
  }
  docs.forEach(walk)
  return quotes
}

/** The quoted phrases of a text that no recorded quote contains. */
function unrecorded(text: string, quotes: readonly string[]): string[] {
  return quotedPhrases(text).filter((phrase) => !quotes.some((q) => q.replace(/\s+/gu, ' ').includes(phrase)))
}

const quotes = recordedQuotes(deaths, exportsData, latest<TimelineDataset>('timeline'))

describe('every phrase in quotation marks is words a source records', () => {
  it('the data records the words the story quotes', () => {
    expect(quotes).toContain('documented 12 cases of deaths from the use of firearms')
  })

  for (const lang of LANGS)
    it(`in the story's text (${lang})`, () => {
      const faults: string[] = []
      for (const [part, keys] of Object.entries(STORY_TEXT))
        for (const key of keys as readonly StoryKey[])
          for (const phrase of unrecorded(text(lang, key), quotes)) faults.push(`${part}.${key}: “${phrase}”`)
      expect(faults).toEqual([])
    })

  it('reads each kind of quotation mark, and reports a phrase no source records', () => {
    expect(quotedPhrases('He said “one”, «\u00a0deux\u00a0» and "tres".')).toEqual(['one', 'deux', 'tres'])
    const recorded = ['documented 12 cases of deaths from the use of firearms']
    expect(
      unrecorded('Amnesty said it had “documented 12 cases of deaths from the use of firearms”.', recorded),
    ).toEqual([])
    expect(unrecorded('Amnesty said it had “12 cases of deaths”.', recorded)).toEqual([])
    expect(unrecorded('Amnistie a dit avoir «\u00a0documenté 12 cas\u00a0».', recorded)).toEqual(['documenté 12 cas'])
    expect(unrecorded('Amnesty said it “found no evidence”.', recorded)).toEqual(['found no evidence'])
  })
})
