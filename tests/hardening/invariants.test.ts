/**
 * Properties that must hold for every input, checked with fast-check over random grids and
 * random plans: the engine fails only with InputError, never puts NaN or Infinity in a sheet or the
 * JSON summary; the projected-inventory identity; scale invariance of the bias metrics and of
 * utilization; the pack's totals rows equal the sums of their rows.
 */
import fc from "fast-check";
import type { CellGrid, CellValue } from "../../src/engine/grid";
import { InputError } from "../../src/engine/errors";
import { resolveSettings } from "../../src/engine/settings";
import { readPlanningModel } from "../../src/engine/read";
import { analyze } from "../../src/engine/analyze";
import { biasPct, mape, nfm, trackingSignal, wmape, type ForecastPair } from "../../src/engine/demand";
import { capacityUtilization, ratedCapacity } from "../../src/engine/capacity";
import { buildPack } from "../../src/report/buildPack";
import { buildSummaryJson } from "../../src/report/summaryJson";
import type { SheetSpec, WorkbookSpec } from "../../src/report/workbookSpec";

const settings = resolveSettings();
const RUNS = { numRuns: 100 };

function period(i: number): string {
  return `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

/** Anything a cell can hold, including what planners put in numeric columns by mistake. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom("n/a", "", " ", "=SUM(A1)", "-x", "2026-13", "Jan 2026", "85%", "1,234", "TBD"),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#DIV/0!" }, new Date(Date.UTC(2026, 2, 1)), new Date(NaN)),
  fc.constantFrom(0, 1e308, -0),
);

const HEADERS: Record<string, string[]> = {
  Demand: ["Family", "Period", "Actual", "Statistical Forecast", "Consensus Forecast"],
  Supply: ["Family", "Period", "Planned Production", "Beginning Inventory", "Target Inventory"],
  Capacity: ["Resource", "Period", "Available Hours", "Utilization", "Efficiency", "Max Overtime Hours"],
  "Bill of Resources": ["Family", "Resource", "Hours per Unit", "Offset"],
  Finance: ["Family", "Period", "Unit Price", "Unit Cost", "Budget Revenue"],
  Scenarios: ["Scenario", "Demand Change %", "Price Change %", "Capacity Change %", "Family", "Resource"],
};

/** Random grids: real headers (so the readers get past them) over rows of arbitrary cells. */
const randomGrids: fc.Arbitrary<CellGrid[]> = fc
  .subarray(Object.keys(HEADERS), { minLength: 1 })
  .chain((sheets) =>
    fc.tuple(
      ...sheets.map((sheet) =>
        fc
          .array(fc.array(anyCell, { minLength: 0, maxLength: HEADERS[sheet].length + 1 }), { maxLength: 12 })
          .map((body): CellGrid => ({ sheet, values: [HEADERS[sheet], ...body] })),
      ),
    ),
  );

interface Plan {
  families: string[];
  history: number;
  horizon: number;
  grids: CellGrid[];
  beginning: Record<string, number>;
}

/** Random but well-formed plans, so every analysis runs. */
const randomPlan: fc.Arbitrary<Plan> = fc
  .record({
    families: fc.subarray(["Kettles", "Toasters", "Blenders", "=Juicers"], { minLength: 1 }),
    history: fc.integer({ min: 1, max: 6 }),
    horizon: fc.integer({ min: 1, max: 6 }),
    seed: fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 200, maxLength: 200 }),
  })
  .map(({ families, history, horizon, seed }) => {
    let k = 0;
    const next = () => seed[k++ % seed.length];
    const demand: CellValue[][] = [HEADERS.Demand];
    const supply: CellValue[][] = [HEADERS.Supply];
    const finance: CellValue[][] = [HEADERS.Finance];
    const bor: CellValue[][] = [HEADERS["Bill of Resources"]];
    const beginning: Record<string, number> = {};
    for (const f of families) {
      for (let i = 0; i < history + horizon; i++) {
        demand.push([f, period(i), i < history ? next() : null, next(), next()]);
      }
      beginning[f] = next();
      for (let i = history; i < history + horizon; i++) {
        supply.push([f, period(i), next(), i === history ? beginning[f] : null, next() % 300]);
        finance.push([f, period(i), 1 + (next() % 100), next() % 60, next() * 10]);
      }
      bor.push([f, "Assembly", (1 + (next() % 50)) / 100, next() % 2]);
      bor.push([f, "Packaging", (1 + (next() % 20)) / 100, 0]);
    }
    const capacity: CellValue[][] = [HEADERS.Capacity];
    for (const r of ["Assembly", "Packaging"]) {
      for (let i = history; i < history + horizon; i++) capacity.push([r, period(i), next() % 500, 0.9, 0.95, next() % 50]);
    }
    const grids: CellGrid[] = [
      { sheet: "Demand", values: demand },
      { sheet: "Supply", values: supply },
      { sheet: "Capacity", values: capacity },
      { sheet: "Bill of Resources", values: bor },
      { sheet: "Finance", values: finance },
      {
        sheet: "Scenarios",
        values: [HEADERS.Scenarios, ["Optimistic", 0.1, null, null, null, null], ["Pessimistic", -0.1, null, null, null, null]],
      },
    ];
    return { families, history, horizon, grids, beginning };
  });

function generate(grids: CellGrid[]): { workbook: WorkbookSpec; summary: unknown } {
  const { model, findings } = readPlanningModel(grids, settings);
  const analysis = analyze(model, settings, findings);
  return { workbook: buildPack(analysis), summary: buildSummaryJson(analysis) };
}

/** Every non-finite number in the sheets' cells, as "Sheet!row,col". */
function nonFiniteCells(workbook: WorkbookSpec): string[] {
  const bad: string[] = [];
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (typeof v === "number" && !Number.isFinite(v)) bad.push(`${sheet.name}!${r},${c}=${v}`);
      }),
    );
  }
  return bad;
}

/** Every non-finite number anywhere in the JSON summary (JSON.stringify would write it as null). */
function nonFiniteJson(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path}=${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteJson(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => nonFiniteJson(v, `${path}.${k}`));
  return [];
}

describe("no input crashes the engine or puts NaN/Infinity in the pack", () => {
  test("random grids under real headers: InputError or a pack of finite numbers", () => {
    fc.assert(
      fc.property(randomGrids, (grids) => {
        let out: ReturnType<typeof generate>;
        try {
          out = generate(grids);
        } catch (e) {
          // The only allowed failure says what to fix.
          expect(e).toBeInstanceOf(InputError);
          return;
        }
        expect(nonFiniteCells(out.workbook)).toEqual([]);
        expect(nonFiniteJson(out.summary)).toEqual([]);
      }),
      RUNS,
    );
  });

  test("random well-formed plans: every analysis runs and every number is finite", () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const out = generate(plan.grids);
        expect(nonFiniteCells(out.workbook)).toEqual([]);
        expect(nonFiniteJson(out.summary)).toEqual([]);
      }),
      RUNS,
    );
  });
});

test("projected inventory: ending = beginning + total supply - total demand, per family (SPEC: I(t) = I(t-1) + S(t) - D(t))", () => {
  fc.assert(
    fc.property(randomPlan, (plan) => {
      const summary = buildSummaryJson(analyze(...readArgs(plan.grids))) as unknown as {
        gaps: { family: string; period: string; demand: number; supply: number; projectedInventory: number }[];
      };
      for (const family of plan.families) {
        const lines = summary.gaps.filter((g) => g.family === family).sort((a, b) => a.period.localeCompare(b.period));
        expect(lines).toHaveLength(plan.horizon);
        const supply = lines.reduce((s, l) => s + l.supply, 0);
        const demand = lines.reduce((s, l) => s + l.demand, 0);
        expect(lines[lines.length - 1].projectedInventory).toBeCloseTo(plan.beginning[family] + supply - demand, 6);
      }
    }),
    RUNS,
  );
});

function readArgs(grids: CellGrid[]): Parameters<typeof analyze> {
  const { model, findings } = readPlanningModel(grids, settings);
  return [model, settings, findings];
}

describe("metrics that are ratios do not depend on the unit of measure", () => {
  const pairsArb = fc.array(
    fc.record({ actual: fc.integer({ min: 1, max: 10000 }), forecast: fc.integer({ min: 0, max: 10000 }) }),
    { minLength: 1, maxLength: 24 },
  );
  const factor = fc.constantFrom(0.001, 0.5, 3, 12, 1000);
  const scale = (p: ForecastPair[], k: number) => p.map((x) => ({ actual: x.actual * k, forecast: x.forecast * k }));
  const same = (a: number | null, b: number | null) => {
    if (a === null || b === null) expect(b).toBe(a);
    else expect(b).toBeCloseTo(a, 9);
  };

  test("tracking signal, MAPE, WMAPE, bias % and NFM are unchanged when actuals and forecasts are scaled alike (cases to dozens)", () => {
    fc.assert(
      fc.property(pairsArb, factor, (pairs, k) => {
        const scaled = scale(pairs, k);
        for (const metric of [trackingSignal, mape, wmape, biasPct, nfm]) same(metric(pairs), metric(scaled));
      }),
      RUNS,
    );
  });

  test("utilization is unchanged when available hours and hours per unit are scaled alike (hours to minutes)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10000 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        fc.integer({ min: 0, max: 20000 }),
        factor,
        (hours, util, eff, load, k) => {
          const rated = ratedCapacity(hours, util, eff);
          // Rated capacity scales with the hours (it is hours x utilization x efficiency)...
          expect(ratedCapacity(hours * k, util, eff)).toBeCloseTo(rated * k, 6);
          // ...so load / rated capacity does not change.
          expect(capacityUtilization(load * k, ratedCapacity(hours * k, util, eff))).toBeCloseTo(
            capacityUtilization(load, rated),
            9,
          );
        },
      ),
      RUNS,
    );
  });
});

/** The body rows of a named table of a sheet, and the row just below it (where the totals go). */
function tableWithTotal(sheet: SheetSpec, name: string): { body: unknown[][]; total: unknown[] } {
  const table = (sheet.tables ?? []).find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name} on ${sheet.name}`);
  const [, end] = table.range.split(":");
  const lastRow = Number(/\d+/.exec(end)![0]) - 1;
  const firstRow = Number(/\d+/.exec(table.range)![0]) - 1;
  return { body: sheet.rows.slice(firstRow + 1, lastRow + 1), total: sheet.rows[lastRow + 1] };
}

const sumOf = (rows: unknown[][], c: number) => rows.reduce((s, r) => s + (typeof r[c] === "number" ? (r[c] as number) : 0), 0);

test("Gap Table and Financial Gap: the Total row equals the sum of the rows above it", () => {
  fc.assert(
    fc.property(randomPlan, (plan) => {
      const { workbook } = generate(plan.grids);
      const gap = workbook.sheets.find((s) => s.name === "Gap Table")!;
      const g = tableWithTotal(gap, "GapTable");
      expect(g.total[0]).toBe("Total");
      // Demand, Supply, Gap (columns C, D, E) add up.
      for (const c of [2, 3, 4]) expect(g.total[c] as number).toBeCloseTo(sumOf(g.body, c), 6);
      const fin = workbook.sheets.find((s) => s.name === "Financial Gap")!;
      const f = tableWithTotal(fin, "FinancialGap");
      expect(f.total[0]).toBe("Total");
      // Demand units, Demand Revenue, Cost, Margin, Budget Revenue, Revenue Gap.
      for (const c of [3, 5, 7, 8, 9, 10]) expect(f.total[c] as number).toBeCloseTo(sumOf(f.body, c), 4);
    }),
    RUNS,
  );
});
