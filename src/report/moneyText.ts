/** Money in the pack's prose (exception details, options, summary lines): whole dollars, "-$1,234". */
export function money(x: number): string {
  const r = Math.round(x);
  return `${r < 0 ? "-" : ""}$${Math.abs(r).toLocaleString("en-US")}`;
}
