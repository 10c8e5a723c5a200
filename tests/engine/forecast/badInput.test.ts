/** Hostile but clean histories (finite, >= 0): no method throws or yields NaN; fit returns null only where impossible. */
import { theta } from "../../../src/engine/forecast/theta";
import { croston, sba } from "../../../src/engine/forecast/croston";
import { tsb } from "../../../src/engine/forecast/tsb";
import type { FittedModel, ForecastMethod } from "../../../src/engine/forecast/types";
import { DEFAULT_FIT_OPTIONS } from "../../../src/engine/forecast/types";

const seasonal = (n: number, scale: number): number[] =>
  Array.from({ length: n }, (_, t) => scale * (1 + 0.01 * t) * (1 + 0.3 * Math.sin((2 * Math.PI * t) / 12)));

const cases: [string, number[]][] = [
  ["empty", []],
  ["one month", [5]],
  ["two months", [5, 9]],
  ["one zero", [0]],
  ["all zeros, 30 months", new Array<number>(30).fill(0)],
  ["a constant, 30 months", new Array<number>(30).fill(42)],
  ["1e12 magnitudes, seasonal", seasonal(48, 1e12)],
  ["1e12 intermittent", [0, 0, 3e12, 0, 1e12, 0, 0, 0, 2e12, 0]],
  ["1e-9 values", seasonal(36, 1e-9)],
  ["a single spike among zeros", [...new Array<number>(20).fill(0), 1000, ...new Array<number>(20).fill(0)]],
  ["a spike among 1e12", [1e12, 1e12, 0, 1e12, 5e12, 1e12, 1e12, 1e12]],
  ["zeros then demand", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 12]],
  ["600 months", seasonal(600, 50)],
];
const methods: ForecastMethod[] = [theta, croston, sba, tsb];

function checkModel(m: FittedModel, n: number): void {
  expect(m.fitted).toHaveLength(n);
  m.fitted.forEach((v) => expect(Number.isFinite(v)).toBe(true));
  const c = m.components;
  expect(Number.isFinite(c.level)).toBe(true);
  expect(Number.isFinite(c.slopePerMonth)).toBe(true);
  if (c.seasonal) c.seasonal.forEach((v) => expect(Number.isFinite(v) && v > 0).toBe(true));
  const f = m.forecast(18, [0.8, 0.95]);
  expect(f.mean).toHaveLength(18);
  f.mean.forEach((v, i) => {
    expect(Number.isFinite(v) && v >= 0).toBe(true);
    for (const iv of f.intervals) {
      expect(Number.isFinite(iv.lower[i]) && Number.isFinite(iv.upper[i])).toBe(true);
      expect(iv.lower[i]).toBeGreaterThanOrEqual(0);
      expect(iv.lower[i]).toBeLessThanOrEqual(v);
      expect(iv.upper[i]).toBeGreaterThanOrEqual(v);
    }
  });
}

describe.each(methods.map((m) => [m.name, m] as const))("%s on bad input", (_name, method) => {
  it.each(cases)("%s", (_label, history) => {
    const m = method.fit(history, DEFAULT_FIT_OPTIONS);
    if (history.length === 0) {
      expect(m).toBeNull();
      return;
    }
    // Theta needs 3 months; the intermittent methods work from 1.
    if (method === theta && history.length < 3) {
      expect(m).toBeNull();
      return;
    }
    expect(m).not.toBeNull();
    checkModel(m!, history.length);
    // refilter through a longer history that starts the same way (a zero added, then a demand).
    const longer = [...history, 0, history[history.length - 1]];
    checkModel(m!.refilter(longer), longer.length);
  });
});

describe("magnitudes scale", () => {
  it("Theta and Croston on x × 1e12 forecast 1e12 × their forecast on x (relative 1e-6)", () => {
    const x = seasonal(48, 1);
    for (const method of [theta, croston, tsb]) {
      const small = method.fit(x, DEFAULT_FIT_OPTIONS)!.forecast(12, []).mean;
      const big = method
        .fit(
          x.map((v) => v * 1e12),
          DEFAULT_FIT_OPTIONS,
        )!
        .forecast(12, []).mean;
      big.forEach((v, i) => expect(Math.abs(v / 1e12 - small[i])).toBeLessThan(1e-6 * small[i]));
    }
  });
});
