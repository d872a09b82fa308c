/**
 * `npm run package`: the Svelte components as an npm package in package/ (svelte-package: .svelte, .js, .d.ts),
 * then relative imports rewritten from .ts to .js, since our sources import with their real extensions.
 */
import { execFileSync } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const out = root + 'package/'

execFileSync(root + 'node_modules/.bin/svelte-package', ['-i', 'src/lib', '-o', 'package'], {
  cwd: root,
  stdio: 'inherit',
})

/** './x.ts' → './x.js' and './x.svelte.ts' → './x.svelte.js', only in relative specifiers. */
export function rewriteSpecifiers(code: string): string {
  return code.replace(/(from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+?)\.ts\2/g, '$1$2$3.js$2')
}

let files = 0
for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(js|svelte|d\.ts)$/.test(entry.name)) continue
  const path = `${entry.parentPath}/${entry.name}`
  const code = await readFile(path, 'utf8')
  const rewritten = rewriteSpecifiers(code)
  if (rewritten !== code) {
    await writeFile(path, rewritten)
    files++
  }
}
console.log(`package/: rewrote .ts imports in ${files} files`)
