/** Only http(s) links from data become hrefs: a javascript: or data: URL in a data file must never be clickable. */
export function safeUrl(raw: string): string | null {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}
