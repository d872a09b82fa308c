/**
 * The data's free text in the reader's language. The data keeps English as its reference text and, since
 * protest-deaths 1.1.0, timeline 1.1.0 and arms-exports 1.1.0, carries the Spanish and French of place descriptions,
 * place names and publishers' notes beside it (`place_i18n`, `place_key_i18n`, `publisher_i18n`). Text without them
 * (proper names, and anything an older file holds) is shown as the data has it.
 */
import type { DeathRecord, Translation } from '../data/types.ts'
import type { Lang } from './index.ts'

/** A text from the data in the reader's language, where the data gives it. */
export function localText(lang: Lang, text: string, translation: Translation | undefined): string {
  return lang === 'en' ? text : (translation?.[lang] ?? text)
}

/** The translations of the deaths' place descriptions and place names, by their English text. */
export type PlaceTexts = ReadonlyMap<string, Translation>

export function placeTexts(
  records: readonly Pick<DeathRecord, 'place' | 'place_i18n' | 'place_key' | 'place_key_i18n'>[],
): PlaceTexts {
  const out = new Map<string, Translation>()
  for (const r of records) {
    if (r.place_i18n) out.set(r.place, r.place_i18n)
    if (r.place_key_i18n) out.set(r.place_key, r.place_key_i18n)
  }
  return out
}

/** A place description or place name (given as its English text) in the reader's language. */
export function placeText(lang: Lang, text: string, texts: PlaceTexts): string {
  return localText(lang, text, texts.get(text))
}
