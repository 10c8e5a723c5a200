/// <reference types="custom-functions-runtime" />
/**
 * The SOP.* worksheet formulas on 10,000-cell ranges, called the way Excel calls them (number[][]
 * columns), through src/functions/functions.ts. Each figure is the median of 21 calls after a warm-up,
 * since Excel recalculates a formula many times and the first call pays for compilation.
 */
import * as SOP from "../functions/functions";

export interface FormulaTiming {
  formula: string;
  cells: number;
  medianMs: number;
}

const CELLS = 10_000;

function column(values: number[]): number[][] {
  return values.map((v) => [v]);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(formula: string, cells: number, fn: () => unknown): FormulaTiming {
  for (let i = 0; i < 5; i++) fn();
  const runs: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { formula, cells, medianMs: median(runs) };
}

export function measureFormulas(): FormulaTiming[] {
  // Deterministic data: actuals around 100, forecasts 5% high with a wobble.
  const a = Array.from({ length: CELLS }, (_, i) => 100 + ((i * 37) % 50));
  const f = a.map((v, i) => v * 1.05 + ((i * 13) % 7) - 3);
  const actuals = column(a);
  const forecasts = column(f);
  const baseline = column(a.map((v, i) => (i === 0 ? v : a[i - 1])));
  // 100 families x 100 periods = 10,000 quantities for SOP.LOAD.
  const quantities = Array.from({ length: 100 }, (_, r) => Array.from({ length: 100 }, (_, c) => 10 + ((r + c) % 20)));
  const hoursPerUnit = column(Array.from({ length: 100 }, (_, r) => 0.1 + (r % 5) / 10));
  const loadRow = [a];
  const capacityRow = [a.map((v) => v * 1.2)];
  return [
    time("SOP.TRACKINGSIGNAL", CELLS, () => SOP.trackingSignal(actuals, forecasts)),
    time("SOP.BIAS", CELLS, () => SOP.bias(actuals, forecasts)),
    time("SOP.BIASPCT", CELLS, () => SOP.biasPct(actuals, forecasts)),
    time("SOP.MAD", CELLS, () => SOP.mad(actuals, forecasts)),
    time("SOP.MAPE", CELLS, () => SOP.mape(actuals, forecasts)),
    time("SOP.WMAPE", CELLS, () => SOP.wmape(actuals, forecasts)),
    time("SOP.NFM", CELLS, () => SOP.nfm(actuals, forecasts)),
    time("SOP.BIASFLAG", CELLS, () => SOP.biasFlag(actuals, forecasts)),
    time("SOP.FVA", CELLS, () => SOP.fva(actuals, forecasts, baseline)),
    time("SOP.LOAD", CELLS, () => SOP.load(quantities, hoursPerUnit)),
    time("SOP.UTILIZATION", CELLS, () => SOP.utilization(loadRow, capacityRow)),
    time("SOP.PROJECTEDINVENTORY", CELLS, () => SOP.projectedInventory(500, actuals, forecasts)),
    time("SOP.GAP", CELLS, () => SOP.gap(actuals, forecasts)),
  ];
}
