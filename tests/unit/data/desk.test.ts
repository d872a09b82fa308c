import { describe, expect, it } from 'vitest'
import { changelogEntry, code, insertEntry } from '../../../scripts/lib/changelog.ts'
import { runChecks, type DataTree } from '../../../scripts/lib/check.ts'
import { DeskError, draft, nextVersion, publish, type Publication } from '../../../scripts/lib/desk.ts'
import { bumpBetween, diffDatasets, type Json } from '../../../scripts/lib/diff.ts'
import { latestOf, parseManifest, sha256 } from '../../../scripts/lib/manifest.ts'
import { codeSpans, parseChangelog } from '../../../src/pages/story/changelog.ts'
import { clone, dataTree, deaths, exportsDs } from './helpers.ts'

/** The latest published version of a dataset in the committed data, and the patch after it. */
function latest(name: string) {
  const tree = dataTree()
  const entry = latestOf(parseManifest(tree['manifest.json']).manifest.datasets, name)!
  return {
    version: entry.version,
    doc: JSON.parse(tree[entry.path]!) as Record<string, unknown>,
    patch: nextVersion(entry.version, 'patch'),
  }
}
const DEATHS = latest('protest-deaths')
const P = DEATHS.patch // the protest-deaths patch the tests draft
const TL = latest('timeline').patch

const WHY = 'The Defensoría’s list gives his age as 20'
const SOURCE = 'https://www.defensoria.gob.pe/example-list'

/** The tree with a protest-deaths patch drafted on 2026-12-02 and edited by `edit`. */
function drafted(edit: (doc: { records: Record<string, Json>[] } & Record<string, Json>) => void, bump = 'patch') {
  const tree = dataTree()
  const d = draft(tree, 'protest-deaths', bump, '2026-12-02')
  const doc = JSON.parse(d.text) as { records: Record<string, Json>[] } & Record<string, Json>
  edit(doc)
  tree[d.path] = JSON.stringify(doc, null, 2) + '\n'
  return { tree, path: d.path }
}

function refusal(f: () => unknown): string[] {
  try {
    f()
  } catch (e) {
    if (e instanceof DeskError) return e.problems
    throw e
  }
  throw new Error('expected a refusal')
}

describe('data:draft', () => {
  it('numbers the next version by the step asked for', () => {
    expect(nextVersion('1.0.0', 'patch')).toBe('1.0.1')
    expect(nextVersion('1.2.3', 'minor')).toBe('1.3.0')
    expect(nextVersion('1.2.3', 'major')).toBe('2.0.0')
    expect(bumpBetween('1.2.3', '1.2.4')).toBe('patch')
    expect(bumpBetween('1.2.3', '1.3.0')).toBe('minor')
    expect(bumpBetween('1.2.3', '2.0.0')).toBe('major')
    expect(bumpBetween('1.2.3', '1.2.5')).toBeNull()
    expect(bumpBetween('1.2.3', '1.3.1')).toBeNull()
  })

  it('copies the latest published version with only "version" and "updated" changed, and says what to do next', () => {
    const tree = dataTree()
    const d = draft(tree, 'protest-deaths', 'patch', '2026-12-02')
    expect(d.path).toBe(`protest-deaths/${P}.json`)
    const doc = JSON.parse(d.text) as Record<string, unknown>
    expect(doc.version).toBe(P)
    expect(doc.updated).toBe('2026-12-02')
    expect({ ...doc, version: DEATHS.doc.version, updated: DEATHS.doc.updated }).toEqual(DEATHS.doc)
    expect(Object.keys(doc)).toEqual(Object.keys(DEATHS.doc)) // same order: the file diff shows only the edits
    expect(d.next.join('\n')).toContain('npm run data:publish -- protest-deaths --why')
    expect(draft(tree, 'arms-exports', 'minor', '2026-12-02').path).toBe(
      `arms-exports/${nextVersion(latest('arms-exports').version, 'minor')}.json`,
    )
  })

  it('refuses an unknown dataset or step, a second draft, and the generated map', () => {
    const tree = dataTree()
    expect(refusal(() => draft(tree, 'deaths', 'patch', '2026-12-02'))[0]).toMatch(/^unknown dataset "deaths"/)
    expect(refusal(() => draft(tree, 'timeline', 'small', '2026-12-02'))[0]).toMatch(/not a version step/)
    expect(refusal(() => draft(tree, 'peru-departments', 'patch', '2026-12-02'))[0]).toMatch(/npm run data:geo/)
    tree[`timeline/${TL}.json`] = tree['timeline/1.0.0.json']!
    expect(refusal(() => draft(tree, 'timeline', 'minor', '2026-12-02'))[0]).toBe(
      `timeline already has a draft: data/timeline/${TL}.json. Edit and publish it, or delete it to start again`,
    )
  })

  it('leaves the draft unpublished: data:check says so and how to publish it', () => {
    const tree = dataTree()
    const d = draft(tree, 'timeline', 'patch', '2026-12-02')
    tree[d.path] = d.text
    expect(runChecks({ files: tree })).toEqual([
      `timeline/${TL}.json: not listed in manifest.json: a draft, not published (publish it: npm run data:publish -- timeline --why "<reason>" --source <url>)`,
    ])
  })
})

describe('what changed between two versions', () => {
  it('records added and removed, and each field of each record from its old value to its new one', () => {
    const before = clone(exportsDs) as unknown as { records: Record<string, Json>[] } & Record<string, Json>
    const after = clone(before)
    const gone = after.records.splice(2, 1)[0]!
    after.records.push({ ...clone(gone), id: 'new-record' })
    after.records[0]!.value_cad = 1234.5
    ;(after.records[0]!.description as Record<string, Json>).fr = 'Nouveau'
    ;(after.records[1]!.sources as Json[]).push({ publisher: 'P', url: 'https://example.org/p' })
    delete after.records[1]!.formula
    after.title = 'New title'
    after.version = '9.9.9'
    const diff = diffDatasets(before, after)
    expect(diff.added).toEqual([{ list: 'records', id: 'new-record' }])
    expect(diff.removed).toEqual([{ list: 'records', id: gone.id }])
    const id0 = before.records[0]!.id as string
    const id1 = before.records[1]!.id as string
    expect(diff.changed).toEqual([
      { list: null, id: null, field: 'title', from: before.title, to: 'New title' },
      { list: 'records', id: id0, field: 'value_cad', from: before.records[0]!.value_cad, to: 1234.5 },
      {
        list: 'records',
        id: id0,
        field: 'description.fr',
        from: (before.records[0]!.description as Record<string, Json>).fr,
        to: 'Nouveau',
      },
      { list: 'records', id: id1, field: 'formula', from: before.records[1]!.formula },
      {
        list: 'records',
        id: id1,
        field: `sources[${(before.records[1]!.sources as Json[]).length}]`,
        to: { publisher: 'P', url: 'https://example.org/p' },
      },
    ])
    expect(diff.newFields).toEqual([])
  })

  it('a field no earlier record had is a new field, counted once', () => {
    const before = clone(deaths) as unknown as { records: Record<string, Json>[] }
    const after = clone(before)
    for (const r of after.records.slice(0, 3)) r.place_es = 'x'
    expect(diffDatasets(before as unknown as Json, after as unknown as Json).newFields).toEqual([
      { field: 'records[].place_es', count: 3 },
    ])
  })
})

describe('data:publish', () => {
  const agePatch = () =>
    drafted((doc) => {
      doc.records[0]!.age = 20
    })

  it('refuses a draft that fails the schema, naming the record and the field, and writes nothing', () => {
    const { tree } = drafted((doc) => {
      doc.records[4]!.age = 'twenty'
    })
    const before = JSON.stringify(tree)
    const problems = refusal(() => publish(tree, { dataset: 'protest-deaths', why: WHY, sources: [SOURCE] }))
    expect(problems).toEqual([
      `protest-deaths/${P}.json: records[4] (id pd-2022-12-12-andahuaylas-02) field age: must be integer`,
      `protest-deaths/${P}.json: records[4] (id pd-2022-12-12-andahuaylas-02) field age: must be null`,
    ])
    expect(JSON.stringify(tree)).toBe(before)
  })

  it('refuses a draft that fails a cross-check', () => {
    const { tree } = drafted((doc) => {
      doc.records[5]!.department_code = 'PE-XXX'
    })
    const problems = refusal(() => publish(tree, { dataset: 'protest-deaths', why: WHY, sources: [SOURCE] }))
    expect(problems).toContain(
      `protest-deaths/${P}.json: records[5] (id ${deaths.records[5]!.id}): department_code PE-XXX is not in the geo file`,
    )
  })

  it('refuses a missing reason or source, and a patch that adds what only a minor may', () => {
    const { tree } = agePatch()
    expect(refusal(() => publish(tree, { dataset: 'protest-deaths', why: ' ', sources: ['ftp://x'] }))).toEqual([
      '--why "<reason>" is required: say what changed and why, in one sentence',
      '--source ftp://x: not an http(s) URL',
    ])
    const added = drafted((doc) => {
      doc.records[0]!.place_es = 'x'
    })
    expect(refusal(() => publish(added.tree, { dataset: 'protest-deaths', why: WHY, sources: [SOURCE] }))[0]).toMatch(
      /a patch may only correct values, but this version adds new field records\[\]\.place_es: that is a minor/,
    )
    expect(refusal(() => publish(dataTree(), { dataset: 'timeline', why: WHY, sources: [SOURCE] }))).toEqual([
      'timeline: no draft to publish (start one with: npm run data:draft -- timeline patch)',
    ])
  })

  it('writes the CHANGELOG entry and lists the version with its sha256 in the manifest', () => {
    const { tree, path } = agePatch()
    const result: Publication = publish(tree, {
      dataset: 'protest-deaths',
      why: WHY,
      whyEs: 'La lista de la Defensoría da 20 años',
      sources: [SOURCE, 'https://example.org/second'],
    })
    expect(Object.keys(result.writes).sort()).toEqual(['CHANGELOG.md', 'manifest.json'])
    const manifest = JSON.parse(result.writes['manifest.json']!) as { datasets: Record<string, string>[] }
    expect(manifest.datasets.at(-1)).toEqual({
      name: 'protest-deaths',
      version: P,
      path: `protest-deaths/${P}.json`,
      sha256: sha256(tree[path]!),
      updated: '2026-12-02',
      schema: 'schemas/protest-deaths.schema.json',
    })
    expect(manifest.datasets.slice(0, -1)).toEqual(JSON.parse(tree['manifest.json']!).datasets)
    const id = deaths.records[0]!.id
    const old = deaths.records[0]!.age
    expect(result.writes['CHANGELOG.md']).toContain(
      [
        '## 2026-12-02',
        '',
        `### protest-deaths ${P}`,
        '',
        `Why: ${WHY}`,
        'Why (es): La lista de la Defensoría da 20 años',
        `Sources: <${SOURCE}> <https://example.org/second>`,
        '',
        `- \`records\` \`${id}\` \`age\`: \`${String(old)}\` → \`20\``,
        '',
      ].join('\n'),
    )
    // the published tree passes data:check
    const published: DataTree = { ...tree, ...result.writes }
    expect(runChecks({ files: published })).toEqual([])
    // and the story reads the entry back
    const entry = parseChangelog(result.writes['CHANGELOG.md']!)[0]!
    expect(entry).toMatchObject({ date: '2026-12-02', title: '' })
    expect(entry.datasets[0]).toBe(`protest-deaths ${P}`)
    expect(entry.versions[0]).toEqual({
      label: `protest-deaths ${P}`,
      dataset: 'protest-deaths',
      version: P,
      why: { en: WHY, es: 'La lista de la Defensoría da 20 años' },
      sources: [SOURCE, 'https://example.org/second'],
      changes: [{ kind: 'changed', list: 'records', id, field: 'age', from: String(old), to: '20' }],
    })
  })

  it('a later publication on the same day goes under the same date, newest first', () => {
    const entry = (v: string) => `### timeline ${v}\n\nWhy: x\nSources: <https://e.org>\n\n- No value changed.\n`
    const once = insertEntry(
      '# Log\n\nIntro.\n\n## 2026-11-27 — first\n\n### timeline 1.0.0\n',
      '2026-12-02',
      entry('1.0.1'),
    )
    const twice = insertEntry(once, '2026-12-02', entry('1.0.2'))
    expect(parseChangelog(twice).map((e) => [e.date, e.datasets])).toEqual([
      ['2026-12-02', ['timeline 1.0.2', 'timeline 1.0.1']],
      ['2026-11-27', ['timeline 1.0.0']],
    ])
  })
})

describe('the CHANGELOG entry reads back exactly', () => {
  it('every kind of change, with values that hold backticks, arrows and quotes', () => {
    const before = { records: [{ id: 'a', v: 'x → y', n: 1, gone: true }, { id: 'b' }], note: 'old `tick`' } as Json
    const after = {
      records: [{ id: 'a', v: 'has ``two`` ticks', n: null, added: [1, 2] }, { id: 'c' }],
      note: 'new',
      extra: { k: '→' },
    } as Json
    const diff = diffDatasets(before, after)
    const text = changelogEntry({ dataset: 'timeline', version: '1.1.0', why: 'w', sources: ['https://e.org/'], diff })
    const [entry] = parseChangelog(`## 2026-12-02\n\n${text}`)
    expect(entry?.versions[0]?.changes).toEqual([
      { kind: 'new-field', field: 'records[].added', count: 1 },
      { kind: 'new-field', field: 'extra', count: 1 },
      { kind: 'record-added', list: 'records', id: 'c' },
      { kind: 'record-removed', list: 'records', id: 'b' },
      { kind: 'changed', list: 'records', id: 'a', field: 'v', from: '"x → y"', to: '"has ``two`` ticks"' },
      { kind: 'changed', list: 'records', id: 'a', field: 'n', from: '1', to: 'null' },
      { kind: 'field-removed', list: 'records', id: 'a', field: 'gone', from: 'true' },
      { kind: 'changed', list: null, id: null, field: 'note', from: '"old `tick`"', to: '"new"' },
    ])
    expect(codeSpans(code('``x``')).spans).toEqual(['``x``'])
  })
})
