/**
 * The naive forecast (Hyndman & Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed.,
 * §5.2): every future month equals the last actual. Its intervals are the random walk's:
 * σ_h = σ √h, σ the root mean square of the one-step changes (§5.5, Table 5.2).
 */
import type { FitOptions, FittedModel, ForecastMethod, ForecastResult } from "./types";
import { centralZ } from "./normalQuantile";

function naiveModel(history: readonly number[]): FittedModel {
  const n = history.length;
  const last = n > 0 ? history[n - 1] : 0;
  const fitted = history.map((v, t) => (t === 0 ? v : history[t - 1]));
  let sumSq = 0;
  for (let t = 1; t < n; t++) sumSq += (history[t] - history[t - 1]) ** 2;
  const sigma = n > 1 ? Math.sqrt(sumSq / (n - 1)) : 0;
  return {
    name: "Naive",
    fitted,
    aicc: null,
    components: { level: last, slopePerMonth: 0, seasonal: null, seasonalKind: null },
    forecast(h: number, levels: readonly number[]): ForecastResult {
      const mean = Array.from({ length: h }, () => last);
      return {
        mean,
        intervals: levels.map((level) => {
          const z = centralZ(level);
          return {
            level,
            lower: mean.map((m, i) => Math.max(0, m - z * sigma * Math.sqrt(i + 1))),
            upper: mean.map((m, i) => m + z * sigma * Math.sqrt(i + 1)),
          };
        }),
      };
    },
    refilter: (values) => naiveModel(values),
  };
}

export const naive: ForecastMethod = {
  name: "Naive",
  fit: (history: readonly number[], _options: FitOptions) => (history.length > 0 ? naiveModel(history) : null),
};
