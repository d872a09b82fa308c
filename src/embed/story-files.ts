/**
 * Where the story lives in each language. A production build prerenders every language into its own file next to
 * index.html (scripts/build.ts), so a reader who picks Español gets a page already drawn in Spanish instead of the
 * English one redrawn by the client. The language stays in the query too (`?lang=es`): the page's flags are read
 * from the URL, and a link without it would follow the browser's language. The dev server and Storybook have only
 * index.html, so there the links change the query alone: the built pages' entries say which (`languageFiles`).
 */
import { flagsToSearch, type RenderFlags } from './flags.ts'
import type { Lang } from '../lib/i18n/index.ts'

/** The prerendered file of each language, relative to index.html. A contract: newsrooms link to these. */
export const STORY_FILES: Record<Lang, string> = { en: 'index.html', es: 'index.es.html', fr: 'index.fr.html' }

/** The path of a language's file, relative to the story's folder (English is the folder's index). */
export const storyPath = (lang: Lang): string => (lang === 'en' ? './' : `./${STORY_FILES[lang]}`)

/** A link to the story with these flags, relative to the story's folder. */
export function storyHref(flags: RenderFlags, files: boolean): string {
  return `${files ? storyPath(flags.lang) : ''}?${flagsToSearch(flags)}`
}
