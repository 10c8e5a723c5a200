/** Number formats the task pane shares, in the planner's locale. */

/** "1 finding" / "2 findings". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** A whole money amount with the pack's currency: $18,000 / -$450,000. */
export function moneyAmount(value: number): string {
  const whole = Math.round(Math.abs(value)).toLocaleString(undefined, { maximumFractionDigits: 0 });
  return `${value < 0 && Math.round(value) !== 0 ? "-" : ""}$${whole}`;
}

/** A money change with its sign: +$5,000 / -$51,000 / $0. */
export function signedMoney(value: number): string {
  return Math.round(value) > 0 ? `+${moneyAmount(value)}` : moneyAmount(value);
}
