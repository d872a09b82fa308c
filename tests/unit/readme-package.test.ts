/**
 * README's npm-package section shows the consumer app's own files (tests/consumer/app), which the consumer test
 * type-checks, builds and runs: every code block there is one of them, byte for byte, and each of them is shown.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const SHOWN = ['src/Minimal.svelte', 'src/Linked.svelte', 'src/routes/+page.ts', 'src/routes/+page.svelte']

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

/** The text of a section, up to the next heading of level 3 or above. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`README has no section "${heading}"`)
  const rest = markdown.slice(start + heading.length + 2)
  const end = rest.search(/^#{1,3} /m)
  return end < 0 ? rest : rest.slice(0, end)
}

/** The contents of the fenced code blocks (```lang … ```) in a piece of Markdown. */
function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '')
}

describe('README: The Svelte package', () => {
  const blocks = codeBlocks(section(readme, '## The Svelte package'))

  it.each(SHOWN)('shows %s as the consumer app has it', (path) => {
    const file = readFileSync(new URL(`../consumer/app/${path}`, import.meta.url), 'utf8')
    expect(blocks).toContain(file)
  })

  it('shows no other code', () => {
    const files = SHOWN.map((path) => readFileSync(new URL(`../consumer/app/${path}`, import.meta.url), 'utf8'))
    expect(blocks.filter((block) => !files.includes(block))).toEqual([])
    expect(blocks).toHaveLength(SHOWN.length)
  })
})
