// RFC 4180 CSV: fields with a comma, double quote, CR or LF are quoted and quotes doubled; rows end in CRLF.

export type CsvValue = string | number | boolean | null | undefined

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  const s = typeof value === 'number' ? numberText(value) : String(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Plain decimal text: never exponent notation, never thousands separators. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`)
  const s = String(n)
  if (!/e/i.test(s)) return s
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
}

export function toCsv(header: readonly string[], rows: readonly CsvValue[][]): string {
  const lines = [header.map(csvField).join(',')]
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} fields, header has ${header.length}`)
    lines.push(row.map(csvField).join(','))
  }
  return lines.join('\r\n') + '\r\n'
}

/** Unique URLs in order, joined with " | " (the separator the downloads document). */
export function joinUrls(urls: readonly string[]): string {
  return [...new Set(urls)].join(' | ')
}
