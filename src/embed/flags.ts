/** The render flags live with the components (src/lib/flags.ts) so the npm package carries them; re-exported here. */
export * from '../lib/flags.ts'
