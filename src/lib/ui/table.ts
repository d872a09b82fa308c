/** A column of DataTable. */
export interface Column<R> {
  key: string
  label: string
  /** Text of the cell (formatted with Intl by the caller). */
  cell: (row: R) => string
  /** Value to sort by; columns without one are not sortable. */
  sortValue?: (row: R) => number | string
  align?: 'start' | 'end'
  /** Header cell of each row (the row's name). */
  rowHeader?: boolean
}
