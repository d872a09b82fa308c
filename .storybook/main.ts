import type { StorybookConfig } from '@storybook/svelte-vite'

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|svelte)'],
  addons: ['@storybook/addon-svelte-csf', '@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: '@storybook/svelte-vite',
  core: { disableTelemetry: true },
  // The app's Vite config builds pages from src/pages; Storybook builds its own entry from the project root.
  viteFinal: async (config) => {
    config.root = process.cwd()
    if (config.build) delete config.build.rollupOptions
    return config
  },
}
export default config
