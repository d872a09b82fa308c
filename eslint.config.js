import { defineConfig } from 'eslint/config'
import js from '@eslint/js'
import ts from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import svelteConfig from './svelte.config.js'

export default defineConfig(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'lh/',
      'coverage/',
      '.vitest/',
      '.svelte-check/',
      'test-results/',
      '.svelte-kit/',
      'package/',
      'bench/out/',
      'src/lib/data/validators.generated.js',
    ],
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  prettier,
  svelte.configs.prettier,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  {
    // Dependencies point one way: pages use boot, embed and lib; boot and embed use lib; lib uses none of them. The
    // site's code never imports the build, bench or test code, and the build never imports the tests.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+(scripts|tests|bench)/', message: 'src/ is the product.' }] },
      ],
    },
  },
  {
    files: ['src/embed/**', 'src/boot/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(scripts|tests|bench|pages)/',
              message: 'Pages depend on embed and boot, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(scripts|tests|bench|pages|embed|boot)/',
              message: 'src/lib depends on nothing else of the site.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.{1,2}/)+tests/', message: 'Tests use the build, never the reverse.' }] },
      ],
    },
  },
)
