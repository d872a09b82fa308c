/**
 * Where a graphic's "Updated" line links: the story's entry for the data version it draws ("Corrections and
 * updates"). The page that shows the graphic says how to reach the story (the story itself: an anchor; an embed page:
 * the story's file beside it); a graphic on a page that says nothing shows the date without a link.
 */
import { getContext, setContext } from 'svelte'

/** The version of a dataset a graphic draws, and its date. */
export interface DataVersion {
  dataset: string
  version: string
  /** YYYY-MM-DD */
  updated: string
}

/** The URL of a version's entry in the story's corrections list. */
export type ChangesHref = (dataset: string, version: string) => string

/** The context key (tests give it through their render options). */
export const CHANGES_HREF_CONTEXT = Symbol('peru-protests:changes-href')

export function setChangesHref(href: ChangesHref): void {
  setContext(CHANGES_HREF_CONTEXT, href)
}

export function getChangesHref(): ChangesHref | undefined {
  return getContext<ChangesHref | undefined>(CHANGES_HREF_CONTEXT)
}

/** The id of a version's entry on the story page. */
export function changelogAnchor(dataset: string, version: string): string {
  return `changes-${dataset}-${version}`
}

/** The most recently updated of the versions a graphic draws (the timeline draws two datasets). */
export function latestVersion(...versions: (DataVersion | null | undefined)[]): DataVersion | undefined {
  return versions
    .filter((v): v is DataVersion => Boolean(v))
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))[0]
}

/** A dataset document's version, for the "Updated" line. */
export function versionOf(doc: { dataset: string; version: string; updated: string } | null | undefined) {
  return doc ? { dataset: doc.dataset, version: doc.version, updated: doc.updated } : undefined
}
