/**
 * Duplicate keys (the same family and period twice, ...): the first row counts, the later one is
 * left out, and the finding names both cells so the planner can decide which is right.
 *
 * Keys have two parts (family + period, resource + period, ...) kept in nested maps, and rows are
 * remembered by number: a 180,000-row Demand sheet then builds no key or address strings.
 */
export class DuplicateKeys {
  private readonly first = new Map<string, Map<string, number>>();

  /** Records key (a, b) at grid row r; returns the grid row where it was first seen, or undefined if new. */
  check(a: string, b: string, r: number): number | undefined {
    let inner = this.first.get(a);
    if (inner === undefined) this.first.set(a, (inner = new Map()));
    const seen = inner.get(b);
    if (seen !== undefined) return seen;
    inner.set(b, r);
    return undefined;
  }
}

/** Keys compare as a planner would: case does not make a different family (names are trimmed when read). */
export function foldKey(...parts: (string | null)[]): string {
  return parts.length === 1
    ? (parts[0] ?? "").toLowerCase()
    : parts.map((p) => (p === null ? "" : p.toLowerCase())).join("\u0000");
}
