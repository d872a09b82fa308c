import { describe, expect, it } from 'vitest'
import type { ChangelogChange, ChangelogVersion } from '../../src/pages/story/changelog.ts'
import { describeChange, reasonFor, type Part } from '../../src/pages/story/changes-text.ts'
import { latestVersion } from '../../src/lib/ui/changes-link.ts'

const text = (parts: Part[]) => parts.map((p) => ('code' in p ? `[${p.code}]` : p.text)).join('')

describe('the corrections list in the reader’s language', () => {
  const age: ChangelogChange = {
    kind: 'changed',
    list: 'records',
    id: 'pd-2023-01-09-juliaca-04',
    field: 'age',
    from: '23',
    to: '24',
  }
  it('says what changed around the data’s own ids, fields and values', () => {
    expect(text(describeChange('en', age))).toBe('[pd-2023-01-09-juliaca-04] [age]: [23] → [24]')
    expect(text(describeChange('fr', age))).toBe('[pd-2023-01-09-juliaca-04] [age]\u00a0: [23] → [24]')
    const place: ChangelogChange = { ...age, field: 'place', from: '"Juliaca"', to: '"Juliaca, {airport}"' }
    // a string value is shown as the data has it, without JSON quotes, and never read as a template
    expect(text(describeChange('es', place))).toBe(
      '[pd-2023-01-09-juliaca-04] [place]: [Juliaca] → [Juliaca, {airport}]',
    )
    expect(
      text(describeChange('es', { kind: 'field-added', list: 'records', id: 'a-1', field: 'place_es', to: '"x"' })),
    ).toBe('[a-1] [place_es] añadido: [x]')
    expect(
      text(describeChange('fr', { kind: 'field-removed', list: null, id: null, field: 'note', from: 'null' })),
    ).toBe('[note] supprimé (valeur précédente\u00a0: [null])')
    expect(text(describeChange('es', { kind: 'record-added', list: 'records', id: 'pd-x' }))).toBe(
      'Registro añadido a [records]: [pd-x]',
    )
    expect(text(describeChange('fr', { kind: 'new-field', field: 'records[].place_i18n', count: 81 }))).toBe(
      'Nouveau champ [records[].place_i18n]\u00a0: 81 valeurs',
    )
    expect(text(describeChange('en', { kind: 'new-field', field: 'records[].x', count: 1 }))).toBe(
      'New field [records[].x]: 1 value',
    )
  })

  it('gives the reason in the reader’s language when the desk wrote it, else in English, marked so', () => {
    const v: ChangelogVersion = {
      label: 'timeline 1.1.0',
      dataset: 'timeline',
      version: '1.1.0',
      why: { en: 'Reason', es: 'Motivo' },
      sources: [],
      changes: [],
    }
    expect(reasonFor('es', v)).toEqual({ text: 'Motivo', lang: 'es' })
    expect(reasonFor('fr', v)).toEqual({ text: 'Reason', lang: 'en' })
    expect(reasonFor('fr', { ...v, why: {} })).toBeNull()
  })

  it('a graphic drawn from two datasets links to the one updated last', () => {
    const a = { dataset: 'protest-deaths', version: '1.0.1', updated: '2026-12-03' }
    const b = { dataset: 'timeline', version: '1.1.0', updated: '2026-12-02' }
    expect(latestVersion(b, a)).toEqual(a)
    expect(latestVersion(undefined, b)).toEqual(b)
  })
})
