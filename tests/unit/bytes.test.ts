/** The bench's first-view graph (scripts/lib/bytes.ts): what a built chunk fetches now, later, or starts as a worker. */
import { describe, expect, it } from 'vitest'
import { dynamicImports, htmlDependencies, staticImports } from '../../scripts/lib/bytes.ts'
import { deferPageScript } from '../../scripts/lib/bootstrap.ts'

describe('chunk references', () => {
  it('finds static imports and re-exports, not dynamic ones', () => {
    const code =
      'import{a as b}from"./flags-1.js";import"./c-2.js";export*from"./d-3.js";const l=()=>import("./lazy-4.js")'
    expect(staticImports(code)).toEqual(['./flags-1.js', './c-2.js', './d-3.js'])
    expect(dynamicImports(code)).toEqual(['./lazy-4.js'])
  })
})

describe('first-view files of a built page', () => {
  it("counts the bootstrap's module and preloads as the build writes them, and skips what is not fetched", () => {
    const vitePage = [
      '<html><head><script type="module" crossorigin src="./assets/story-1.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/flags-2.js">',
      '<link rel="stylesheet" disabled href="./assets/lazy-3.css">',
      '</head><body><template><script src="./t.js"></script></template><div id="app"></div></body></html>',
    ].join('')
    expect(htmlDependencies(deferPageScript(vitePage))).toEqual(['./assets/story-1.js', './assets/flags-2.js'])
  })
})
