/** Number formats the task pane shares, in the planner's locale. */

/** Whole amounts with thousands separators and an explicit sign: +1,200 / -35,000 / 0. */
export function signedAmount(value: number): string {
  return value.toLocaleString(undefined, { maximumFractionDigits: 0, signDisplay: "exceptZero" });
}

/** "1 finding" / "2 findings". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
