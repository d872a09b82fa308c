// Hosts that are mirrors, CDNs, caches, editing back-ends or link-redirect services, not publishers.
// A cited `url` must be the publisher's own page; such copies may only appear as `archive_url`.

const MIRROR_HOST_SUFFIXES: [string, string][] = [
  ['arcpublishing.com', 'Arc Publishing CDN copy'],
  ['bflnqr70.asia', 'mirror'],
  ['ebin.pub', 'document mirror'],
  ['dokumen.pub', 'document mirror'],
  ['democraticunderground.org', 'forum copy'],
  ['panatimes.com', 'mirror of another outlet'],
  ['search.com.vn', 'Wikipedia mirror'],
  ['riteme.site', 'Wikipedia mirror'],
  ['kampuspedia.com', 'Wikipedia mirror'],
  ['un-icc.cloud', 'mirror of ohchr.org'],
  ['scribd.com', 'document-sharing copy'],
  ['pressreader.com', 'press-reader copy'],
  ['businessdocbox.com', 'document mirror'],
  ['safelinks.protection.outlook.com', 'link-protection redirect'],
  ['urldefense.com', 'link-protection redirect'],
  ['urldefense.proofpoint.com', 'link-protection redirect'],
  ['webcache.googleusercontent.com', 'cache'],
  ['cdn.ampproject.org', 'AMP cache'],
  ['translate.goog', 'translation proxy'],
  ['web.archive.org', 'archive (use archive_url)'],
  ['archive.org', 'archive (use archive_url)'],
  ['archive.ph', 'archive (use archive_url)'],
  ['archive.today', 'archive (use archive_url)'],
  ['archive.is', 'archive (use archive_url)'],
  ['bit.ly', 'link shortener'],
  ['t.co', 'link shortener'],
  ['lnkd.in', 'link shortener'],
  ['tinyurl.com', 'link shortener'],
  ['ow.ly', 'link shortener'],
  ['buff.ly', 'link shortener'],
]

// Exact hosts that are a publisher's back-end rather than its public site.
const MIRROR_HOSTS: Record<string, string> = {
  'edit.hrw.org': 'HRW editing host (cite www.hrw.org)',
  'arc-dev.theglobeandmail.com': 'Globe and Mail development mirror',
  'mail.nitro.pe': 'mail host copy',
  'webiis05.mondaq.com': 'Mondaq back-end host',
}

/** Why a URL may not be cited (null when it may). */
export function mirrorReason(url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return 'not a valid URL'
  }
  const host = u.hostname.toLowerCase()
  if (host.endsWith('.')) return 'host with a trailing dot (a mirror address)'
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) return 'bare IP address (a mirror or cache)'
  if (MIRROR_HOSTS[host]) return MIRROR_HOSTS[host]
  for (const [suffix, why] of MIRROR_HOST_SUFFIXES) if (host === suffix || host.endsWith(`.${suffix}`)) return why
  return null
}
