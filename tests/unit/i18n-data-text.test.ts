// The data's free text that readers see (places, place names, publishers) must read in Spanish and French.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { placeText, publisherText, translatedTexts } from '../../src/lib/i18n/data-text.ts'
import type { DeathsDataset } from '../../src/lib/data/types.ts'
import { EXPORTS_PUBLISHERS } from '../../src/lib/exports/publishers.ts'
import { TIMELINE_PUBLISHERS } from '../../src/lib/timeline/publishers.ts'

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
  datasets: { name: string; version: string; path: string }[]
}
/** The newest version of each dataset, as the manifest lists it. */
function latest(name: string): unknown {
  const versions = manifest.datasets.filter((d) => d.name === name)
  const newest = versions.sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true })).at(-1)
  if (!newest) throw new Error(`no ${name} in the manifest`)
  return JSON.parse(readFileSync(`data/${newest.path}`, 'utf8'))
}

function publishers(doc: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(doc)) for (const item of doc) publishers(item, out)
  else if (doc && typeof doc === 'object') {
    const record = doc as Record<string, unknown>
    if (typeof record.publisher === 'string') out.add(record.publisher)
    for (const value of Object.values(record)) publishers(value, out)
  }
  return out
}

/**
 * Text needs a translation when it has an English word in it. Names (of places, outlets, people) need none; the
 * words below are every common English word the data's places and publishers use, plus the usual small words.
 */
const ENGLISH =
  /(?<!\p{L})(the|of|and|or|in|on|at|to|by|as|via|near|around|between|also|not|one|two|area|road|river|city|streets?|airport|bridge|block|blockade|custody|police|station|district|junction|place|published|identified|exact|stated|died|dead|declared|transit|child|health|centre|highlands|copy|statement|reproducing|reproduced|aggregator|evidence|house|commons|report|exports|military|goods|database|arms|transfers|news|international)(?!\p{L})/iu

const deaths = latest('protest-deaths') as DeathsDataset
const places = new Set(deaths.records.flatMap((r) => [r.place, r.place_key]))
/** Each widget, the publishers its dataset cites, and its own table (publishers no other widget cites). */
const widgets = [
  { name: 'map', cited: publishers(deaths), own: undefined },
  { name: 'timeline', cited: publishers(latest('timeline')), own: TIMELINE_PUBLISHERS },
  { name: 'exports', cited: publishers(latest('arms-exports')), own: EXPORTS_PUBLISHERS },
] as const
const allPublishers = new Set(widgets.flatMap((w) => [...w.cited]))

const translated = { place: translatedTexts('place'), publisher: translatedTexts('publisher') }

describe('translations of the data’s free text', () => {
  it('has Spanish and French for every place description and place name with English words in it', () => {
    const missing = [...places].filter((p) => ENGLISH.test(p) && !translated.place.includes(p))
    expect(missing).toEqual([])
  })

  it('has Spanish and French for every publisher with English words in it', () => {
    // Outlets whose name is English (Human Rights Watch, CBC News, Peru Week…) keep it: a name is not translated.
    const names =
      /^(Human Rights Watch|CBC News|Peru Week|Cusco Post|Hurlingham Post|Army Recognition|Naval Today|Americas Policy Group|Peoples Dispatch|Project Ploughshares|The Maple|The Objective|London Free Press|teleSUR English|TRT World|BNN Bloomberg|Al Jazeera|Demos Insight|Pen Media \(EFE\)|Hispanic Post \(EFE\))$/
    for (const { name, cited, own } of widgets) {
      const missing = [...cited].filter(
        (p) =>
          ENGLISH.test(p) && !names.test(p) && publisherText('es', p, own) === p && publisherText('fr', p, own) === p,
      )
      expect(missing, name).toEqual([])
    }
  })

  it('translates only text the data has, into text that differs from the English', () => {
    expect(translated.place.filter((t) => !places.has(t))).toEqual([])
    expect(translated.publisher.filter((t) => !allPublishers.has(t))).toEqual([])
    for (const text of translated.place) expect([placeText('es', text), placeText('fr', text)]).not.toContain(text)
    for (const text of translated.publisher)
      expect(publisherText('es', text) !== text || publisherText('fr', text) !== text).toBe(true)
  })

  it('keeps in a widget’s own table only the publishers that no other widget cites', () => {
    for (const { name, own } of widgets) {
      if (!own) continue
      const others = widgets.filter((w) => w.name !== name).flatMap((w) => [...w.cited])
      const cited = widgets.find((w) => w.name === name)!.cited
      expect(
        [...own.keys()].filter((text) => !cited.has(text) || others.includes(text)),
        name,
      ).toEqual([])
      for (const [text, { es, fr }] of own) {
        expect(publisherText('es', text, own)).toBe(es)
        expect(publisherText('fr', text, own)).toBe(fr)
        expect(publisherText('es', text)).toBe(text) // the shared table does not have it
      }
    }
  })

  it('returns the translation for es and fr, the data’s text for en and for text it does not know', () => {
    const place = 'Cusco (place not published)'
    expect(placeText('en', place)).toBe(place)
    expect(placeText('es', place)).toBe('Cusco (lugar no publicado)')
    expect(placeText('fr', place)).toBe('Cusco (lieu non publié)')
    expect(publisherText('fr', 'HCH (EFE copy)')).toBe('HCH (reprise d’EFE)')
    expect(publisherText('es', 'HCH (EFE copy)')).toBe('HCH (copia de EFE)')
    expect(publisherText('fr', 'Peru Week (Diario Correo copy)')).toBe('Peru Week (reprise de Diario Correo)')
    // a listed text wins over the rule; a note the rule cannot split stays as it is
    expect(publisherText('es', 'Mar del Plata y Alrededores (mdpya, EFE copy)')).toBe(
      'Mar del Plata y Alrededores (mdpya, copia de EFE)',
    )
    expect(publisherText('fr', 'A (B (C) copy)')).toBe('A (B (C) copy)')
    expect(publisherText('es', ' copy)')).toBe(' copy)')
    expect(placeText('es', 'Juliaca')).toBe('Juliaca')
    for (const key of ['__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>'])
      expect([placeText('fr', key), publisherText('es', key)]).toEqual([key, key])
  })
})
