import { defineConfig } from 'vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'

// Two pages: the examples drawn in the browser (index.html), and the page the server renders first (page.html).
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [svelte()],
  build: isSsrBuild ? {} : { rollupOptions: { input: ['index.html', 'page.html'] } },
}))
