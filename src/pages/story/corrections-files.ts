/** The whole corrections log in each language: a prerendered page beside the story's files (scripts/build.ts). */
import type { Lang } from '../../lib/i18n/index.ts'

export const CORRECTIONS_FILES: Record<Lang, string> = {
  en: 'corrections.html',
  es: 'corrections.es.html',
  fr: 'corrections.fr.html',
}

/** A link to the corrections page in a language, relative to the story's folder. */
export const correctionsPath = (lang: Lang): string => `./${CORRECTIONS_FILES[lang]}`
