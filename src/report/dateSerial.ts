/**
 * How a date becomes a cell: Excel's serial day number in the 1900 date system (days since 1899-12-30
 * UTC, the time of day as a fraction). One rule for every writer of the pack: the Office host, the
 * .xlsx writer and the bench's raw floor.
 */
export function dateSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}
