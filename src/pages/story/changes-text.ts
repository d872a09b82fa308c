/**
 * The corrections list's words, in the reader's language: what kind of change each line of a CHANGELOG entry is.
 * The values, ids and field names stay as the data has them (shown as code); only the words around them change.
 */
import { defineMessages, translate, type Lang } from '../../lib/i18n/index.ts'
import type { ChangelogChange, ChangelogVersion } from './changelog.ts'

export const changesText = defineMessages(
  {
    why: 'Why',
    sources: 'Sources',
    changes: 'What changed',
    changed: '{where}{field}: {from} → {to}',
    fieldAdded: '{where}{field} added: {to}',
    fieldRemoved: '{where}{field} removed (was {from})',
    recordAdded: 'Record added to {list}: {id}',
    recordRemoved: 'Record removed from {list}: {id}',
    newField: { one: 'New field {field}: {count} value', other: 'New field {field}: {count} values' },
    noChange: 'No value changed.',
  },
  {
    why: 'Motivo',
    sources: 'Fuentes',
    changes: 'Qué cambió',
    changed: '{where}{field}: {from} → {to}',
    fieldAdded: '{where}{field} añadido: {to}',
    fieldRemoved: '{where}{field} eliminado (era {from})',
    recordAdded: 'Registro añadido a {list}: {id}',
    recordRemoved: 'Registro eliminado de {list}: {id}',
    newField: { one: 'Campo nuevo {field}: {count} valor', other: 'Campo nuevo {field}: {count} valores' },
    noChange: 'Ningún valor cambió.',
  },
  {
    why: 'Motif',
    sources: 'Sources',
    changes: 'Ce qui a changé',
    changed: '{where}{field}\u00a0: {from} → {to}',
    fieldAdded: '{where}{field} ajouté\u00a0: {to}',
    fieldRemoved: '{where}{field} supprimé (valeur précédente\u00a0: {from})',
    recordAdded: 'Enregistrement ajouté à {list}\u00a0: {id}',
    recordRemoved: 'Enregistrement retiré de {list}\u00a0: {id}',
    newField: {
      one: 'Nouveau champ {field}\u00a0: {count} valeur',
      other: 'Nouveau champ {field}\u00a0: {count} valeurs',
    },
    noChange: 'Aucune valeur n’a changé.',
  },
)

/** A piece of a change line: words in the reader's language, or something from the data, shown as code. */
export type Part = { text: string } | { code: string }

/** A JSON value from the changelog as the data has it: a string without its quotes, anything else as JSON. */
export function shownValue(json: string): string {
  try {
    const v = JSON.parse(json) as unknown
    return typeof v === 'string' ? v : json
  } catch {
    return json
  }
}

const MARK = '\u0000'

/** The message with its {placeholders} replaced by parts; a placeholder never reads the data's text as a template. */
function parts(lang: Lang, key: keyof typeof changesText.en, params: Record<string, Part[]>, count?: number): Part[] {
  // Translate with markers, then split: the data's values are never passed through the template.
  const names = Object.keys(params)
  const markers = Object.fromEntries(names.map((n, i) => [n, `${MARK}${i}${MARK}`]))
  const text = translate(changesText, lang, key, {
    ...markers,
    ...(count === undefined ? {} : { count }),
  })
  const out: Part[] = []
  text.split(new RegExp(`${MARK}(\\d+)${MARK}`)).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) out.push({ text: piece })
    } else out.push(...(params[names[Number(piece)]!] ?? []))
  })
  return out
}

/** One change, in the reader's language. */
export function describeChange(lang: Lang, change: ChangelogChange): Part[] {
  switch (change.kind) {
    case 'new-field':
      return parts(lang, 'newField', { field: [{ code: change.field }] }, change.count)
    case 'record-added':
    case 'record-removed':
      return parts(lang, change.kind === 'record-added' ? 'recordAdded' : 'recordRemoved', {
        list: [{ code: change.list }],
        id: [{ code: change.id }],
      })
    default: {
      const where: Part[] = change.id === null ? [] : [{ code: change.id }, { text: ' ' }]
      const field = [{ code: change.field }]
      if (change.kind === 'field-added')
        return parts(lang, 'fieldAdded', { where, field, to: [{ code: shownValue(change.to) }] })
      if (change.kind === 'field-removed')
        return parts(lang, 'fieldRemoved', { where, field, from: [{ code: shownValue(change.from) }] })
      return parts(lang, 'changed', {
        where,
        field,
        from: [{ code: shownValue(change.from) }],
        to: [{ code: shownValue(change.to) }],
      })
    }
  }
}

/** The reason in the reader's language when the desk wrote it in that language, else in English (marked so). */
export function reasonFor(lang: Lang, version: ChangelogVersion): { text: string; lang: Lang } | null {
  const own = version.why[lang]
  if (own) return { text: own, lang }
  return version.why.en ? { text: version.why.en, lang: 'en' } : null
}
