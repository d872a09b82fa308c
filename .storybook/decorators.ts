import type { Decorator } from '@storybook/svelte-vite'

/**
 * The toolbar's language and theme become the story's lang/theme args (unless a story pins its own), and the
 * page background follows the theme so dark stories are checked on a dark page.
 */
export const withFlags: Decorator = (Story, context) => {
  const lang = context.args.lang ?? context.globals.lang ?? 'en'
  const theme = context.args.theme ?? context.globals.theme ?? 'light'
  document.documentElement.lang = lang
  document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme
  document.body.style.background = theme === 'dark' ? '#121417' : theme === 'light' ? '#ffffff' : ''
  return Story({ args: { ...context.args, lang, theme } })
}
