/**
 * Months of cover (forward coverage): how many of the following months' demand the inventory at the
 * end of month t would meet, walking forward month by month and counting the last month partly.
 * E.g. inventory 150 with next demands 100, 100 -> 1 + 50/100 = 1.5 months.
 * (APICS Dictionary, "days of supply" expressed in months; Chopra & Meindl ch. 3 inventory measures.)
 *
 * When the horizon ends before the inventory is used up, the rest is counted at the average monthly
 * demand of the months that follow t (or of the whole horizon for the last month), so every period gets
 * a figure. Zero or negative inventory has 0 months of cover; no demand at all gives null (cover is
 * unlimited and a number would mislead).
 */
export function monthsOfCover(projected: readonly number[], demand: readonly number[]): (number | null)[] {
  const n = projected.length;
  const end = Math.min(n, demand.length);
  const need = (j: number): number => Math.max(0, demand[j] ?? 0);
  let horizonTotal = 0;
  for (let j = 0; j < n; j++) horizonTotal += need(j);
  const horizonAverage = n > 0 ? horizonTotal / n : 0;
  // Index loops rather than a slice per month: this runs for every family x month of every scenario.
  return projected.map((inventory, t) => {
    if (inventory <= 0) return 0;
    let left = inventory;
    let months = 0;
    let futureTotal = 0;
    for (let j = t + 1; j < end; j++) {
      const d = need(j);
      futureTotal += d;
      if (d <= 0) {
        months += 1;
        continue;
      }
      if (left <= d) return months + left / d;
      left -= d;
      months += 1;
    }
    const futureMonths = Math.max(0, end - (t + 1));
    const futureAverage = futureMonths > 0 ? futureTotal / futureMonths : horizonAverage;
    const rate = futureAverage > 0 ? futureAverage : horizonAverage;
    if (rate <= 0) return null;
    return months + left / rate;
  });
}
