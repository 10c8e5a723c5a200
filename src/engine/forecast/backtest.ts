/**
 * The baseline's rolling-origin backtest, without peeking (SPEC "Backtest"): for each month m asked
 * for, the lag-1 forecast made at the end of m − 1 and the lag-3 forecast made at the end of m − 3,
 * each from the data up to its origin only. The model and its parameters are chosen once, on the
 * data up to the first origin; at later origins the same model's state is updated with the actuals
 * (refilter), never refitted. So the baseline has past forecasts like the people's columns.
 */
import { type BaselineOptions, DEFAULT_BASELINE_OPTIONS, fitBaseline } from "./baseline";

export interface Backtest {
  /** The model chosen at the first origin (a short history there gets a simpler model). */
  model: string;
  /** One per month asked for: the lag-1 forecast, null where its origin is before the history. */
  lag1: (number | null)[];
  lag3: (number | null)[];
}

/**
 * @param history the clean history (prepareHistory), oldest first
 * @param months indices into `history` of the months to backtest, ascending (the bias window)
 */
export function backtestBaseline(
  history: readonly number[],
  months: readonly number[],
  options: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
): Backtest {
  const empty = { lag1: months.map(() => null), lag3: months.map(() => null) };
  if (months.length === 0) return { model: "", ...empty };
  const firstOrigin = Math.max(0, months[0] - 3);
  if (months[months.length - 1] - 1 < 0) return { model: "", ...empty };
  // Point forecasts only: the backtest has no use for intervals, the most costly part of a fit.
  const fit = fitBaseline(history.slice(0, firstOrigin + 1), options, false);
  const model = fit.model;
  const name = model?.name ?? "No demand";
  // Forecasts from each origin o (data up to and including index o), h = 1..3.
  const fromOrigin = new Map<number, number[]>();
  const forecastsAt = (o: number): number[] | null => {
    if (o < firstOrigin || o < 0) return null;
    let f = fromOrigin.get(o);
    if (!f) {
      f = model === null ? [0, 0, 0] : model.refilter(history.slice(0, o + 1)).forecast(3, []).mean;
      f = f.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
      fromOrigin.set(o, f);
    }
    return f;
  };
  return {
    model: name,
    lag1: months.map((m) => forecastsAt(m - 1)?.[0] ?? null),
    lag3: months.map((m) => forecastsAt(m - 3)?.[2] ?? null),
  };
}
