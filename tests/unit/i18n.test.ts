import { describe, expect, it } from 'vitest'
import {
  LANGS,
  defineMessages,
  formatCAD,
  formatDate,
  formatDateRange,
  formatNumber,
  resolveLang,
  translate,
  type Catalogue,
} from '../../src/lib/i18n/index.ts'

// Every catalogue in the project, found by name: a new messages.ts is checked without editing this test.
const modules = import.meta.glob<Record<string, unknown>>(['../../src/**/*messages.ts'], { eager: true })

function isCatalogue(value: unknown): value is Catalogue<string> {
  return typeof value === 'object' && value !== null && LANGS.every((lang) => lang in value)
}

describe('message catalogues', () => {
  const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => isCatalogue(value))
      .map(([name, value]) => [`${file}#${name}`, value as Catalogue<string>] as const),
  )

  it('finds the catalogues', () => {
    expect(catalogues.length).toBeGreaterThanOrEqual(2)
  })

  it('French text has a no-break space (\\u00a0) before : ; ! ? » and after «, never a plain space or none', () => {
    for (const [name, catalogue] of catalogues)
      for (const [key, message] of Object.entries(catalogue.fr)) {
        const texts = typeof message === 'string' ? [message] : Object.values(message)
        for (const text of texts) expect(text, `${name} ${key}`).not.toMatch(/[^\u00a0\u202f][:;!?»]|«[^\u00a0\u202f]/)
      }
  })

  it.each(catalogues)('%s has the same keys and placeholders in en, es and fr, none empty', (_name, catalogue) => {
    const keys = Object.keys(catalogue.en).sort()
    const placeholders = (message: unknown) =>
      JSON.stringify(message)
        .match(/\{\w+\}/g)
        ?.sort()
        .filter((p, i, all) => all.indexOf(p) === i) ?? []
    for (const lang of LANGS) {
      expect(Object.keys(catalogue[lang]).sort(), lang).toEqual(keys)
      for (const key of keys) {
        const message = catalogue[lang][key]
        expect(JSON.stringify(message).length, `${lang}.${key}`).toBeGreaterThan(2)
        expect(placeholders(message), `${lang}.${key}`).toEqual(placeholders(catalogue.en[key]))
      }
    }
  })
})

describe('translate', () => {
  const messages = defineMessages(
    { deaths: { one: '{count} death', other: '{count} deaths' }, hello: 'Hello {name}' },
    { deaths: { one: '{count} muerte', other: '{count} muertes' }, hello: 'Hola {name}' },
    { deaths: { one: '{count} décès', other: '{count} décès' }, hello: 'Bonjour {name}' },
  )
  it('chooses plural forms and formats numbers for the language', () => {
    expect(translate(messages, 'en', 'deaths', { count: 1 })).toBe('1 death')
    expect(translate(messages, 'en', 'deaths', { count: 1049 })).toBe('1,049 deaths')
    expect(translate(messages, 'es', 'deaths', { count: 29 })).toBe('29 muertes')
    expect(translate(messages, 'fr', 'deaths', { count: 1049 })).toBe('1\u00a0049 décès')
  })
  it('keeps text parameters as text', () => {
    expect(translate(messages, 'en', 'hello', { name: '<b>x</b>' })).toBe('Hello <b>x</b>')
  })
})

describe('Intl formatting per locale', () => {
  it('formats numbers', () => {
    expect(formatNumber('en', 1327)).toBe('1,327')
    expect(formatNumber('es', 1327)).toBe('1,327')
    expect(formatNumber('fr', 1327)).toBe('1\u00a0327')
  })
  it('formats Canadian dollars in words without rounding anything away', () => {
    expect(formatCAD('en', 81_400_000)).toBe('CAD 81.4 million')
    expect(formatCAD('es', 81_400_000)).toBe('81.4 millones de dólares canadienses')
    expect(formatCAD('fr', 81_400_000)).toBe('81,4\u00a0M$\u00a0CA')
    expect(formatCAD('en', 960_000)).toBe('CAD 960,000')
    expect(formatCAD('fr', 960_000)).toBe('960\u00a0000\u00a0$\u00a0CA')
    expect(formatCAD('en', 1_234_567)).toBe('CAD 1,234,567')
    expect(formatCAD('en', 21_111.1)).toBe('CAD 21,111.10')
    expect(formatCAD('en', 2_403_611.89)).toBe('CAD 2,403,611.89')
  })
  it('formats calendar dates in UTC whatever the time zone', () => {
    expect(formatDate('en', '2023-01-09')).toBe('January 9, 2023')
    expect(formatDate('es', '2023-01-09')).toBe('9 de enero de 2023')
    expect(formatDate('fr', '2023-01-09')).toBe('9 janvier 2023')
    expect(formatDate('en', '2022-12', 'month')).toBe('December 2022')
    expect(formatDateRange('en', '2023-01-09', '2023-01-12')).toMatch(/January 9\s*–\s*12, 2023/)
  })
  it('resolves the language', () => {
    expect(resolveLang('es', 'fr', ['en'])).toBe('es')
    expect(resolveLang(null, 'fr-CA', ['en'])).toBe('fr')
    expect(resolveLang(undefined, null, ['de-DE', 'es-PE'])).toBe('es')
    expect(resolveLang(undefined, null, ['de'])).toBe('en')
  })
})
