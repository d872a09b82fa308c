/** Money and share formats for the exports charts, all through Intl (src/lib/i18n) in the reader's language. */
import { formatCAD, formatCADShort, formatNumber, formatPercent, type Lang } from '../i18n/index.ts'

export { formatCAD, formatCADShort }

/** A rounded figure we computed: "≈ CAD 79 million". Rounded to CAD 0.1 million so no false precision shows. */
export function formatCADApprox(lang: Lang, value: number): string {
  return formatCAD(lang, Math.round(value / 1e5) * 1e5)
}

/** US dollars, compact (only where a source gives USD): "US$49.5M", "USD 49.5 M", "49,5 M $ US". */
export function formatUSDShort(lang: Lang, value: number): string {
  return formatNumber(lang, value, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: lang === 'en' ? 'symbol' : 'code',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  })
}

/**
 * Short CAD for axes and bar labels: like formatCADShort (src/lib/i18n) but without padded decimals, so an axis
 * reads "$0, $200K, $400K" rather than "$0.0, $200.0K" (en-CA writes CAD as "$", es-PE as "CAD", fr-CA as "$").
 */
export function formatCADCompact(lang: Lang, value: number): string {
  // es-PE's compact pattern writes 5 billion as "5000 M" but 10 billion as "10 MRD"; Spanish says "mil millones"
  if (lang === 'es' && Math.abs(value) >= 1e9)
    return `CAD ${formatNumber(lang, value / 1e9, { maximumFractionDigits: 1 })} mil M`
  return formatNumber(lang, value, {
    style: 'currency',
    currency: 'CAD',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  })
}

/** An amount whose currency the source does not state: a compact number with no currency sign. */
export function formatAmountShort(lang: Lang, value: number): string {
  return formatNumber(lang, value, { notation: 'compact', maximumFractionDigits: 1 })
}

/** Shares: small ones keep two decimals so 0.59 % and 0.57 % stay distinct. */
export function formatShare(lang: Lang, share: number): string {
  return formatPercent(lang, share, share < 0.1 ? 2 : 0)
}
