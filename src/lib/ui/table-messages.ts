/** Messages for DataTable's sort buttons. */
import { defineMessages } from '../i18n/index.ts'

export const tableMessages = defineMessages(
  { sort: '(sort)', sortedReverse: '(sorted; activate to reverse)' },
  { sort: '(ordenar)', sortedReverse: '(ordenada; active para invertir)' },
  { sort: '(trier)', sortedReverse: '(trié\u00a0; activer pour inverser)' },
)
