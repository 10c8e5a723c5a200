/**
 * HiGHS (University of Edinburgh, MIT licence; npm `highs`, compiled to WebAssembly) as the engine's
 * LpSolver. The task pane imports this module dynamically (officeHost.ts), so the solver is its own
 * webpack chunk plus highs.wasm, fetched only when a run balances a plan; Node reads the .wasm from the
 * package.
 *
 * The model is passed as arrays (HiGHS's passModel, rows in CSR form), not as LP text: on the
 * 2,000-family plan parsing the text took longer than a third of the solve. The --lp file is written
 * from the same LpModel, so a re-solve elsewhere sees the same model.
 */
import highsLoader from "highs";
import type { LpModel } from "./lpModel";
import type { LpSolution, LpSolver } from "./solver";

export interface HighsLoadOptions {
  /** Where the browser finds highs.wasm (the task pane serves it beside its scripts). */
  locateFile?: (file: string) => string;
}

/**
 * The model as HiGHS's passModel takes it: flat typed arrays (rows in CSR form, ±Infinity for an open
 * bound), which a Web Worker receives by transfer rather than by copy.
 */
export interface LpArrays {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export function lpArrays(lp: LpModel): LpArrays {
  const m = lp.rows;
  const rowLower = new Float64Array(m);
  const rowUpper = new Float64Array(m);
  for (let r = 0; r < m; r++) {
    const sense = lp.rowSense[r];
    rowLower[r] = sense === "<=" ? -Infinity : lp.rowRhs[r];
    rowUpper[r] = sense === ">=" ? Infinity : lp.rowRhs[r];
  }
  return {
    numCols: lp.columns,
    numRows: m,
    colCost: Float64Array.from(lp.colCost),
    colUpper: Float64Array.from(lp.colUpper),
    rowLower,
    rowUpper,
    starts: Int32Array.from(lp.rowStart),
    indices: Int32Array.from(lp.rowIndex),
    values: Float64Array.from(lp.rowValue),
  };
}

export interface HighsSolver extends LpSolver {
  /** The solve on the model's arrays (what the Web Worker receives). */
  solveArrays(a: LpArrays): LpSolution;
  /** The WebAssembly memory HiGHS holds now (it grows with the largest model solved, never shrinks). */
  readonly memoryBytes: number;
}

export async function loadHighs(options: HighsLoadOptions = {}): Promise<HighsSolver> {
  const highs = await highsLoader(options.locateFile ? { locateFile: options.locateFile } : {});
  const name = `HiGHS ${highs.version.string}`;
  const inf = highs.infinity;
  // This build's infinity is IEEE Infinity: the bounds go over as they are, without a copy each.
  const bounds = (a: Float64Array) => (inf === Infinity ? a : a.map((v) => (v === Infinity ? inf : v === -Infinity ? -inf : v)));
  const optimalCode = highs.constants.modelStatus.optimal;
  const statusWords = new Map<number, string>(Object.entries(highs.constants.modelStatus).map(([k, v]) => [v as number, k]));
  const solveArrays = (a: LpArrays): LpSolution => {
    const n = a.numCols;
    const model = highs.createModel({
      numCols: n,
      numRows: a.numRows,
      colCost: a.colCost,
      colLower: new Float64Array(n),
      colUpper: bounds(a.colUpper),
      rowLower: bounds(a.rowLower),
      rowUpper: bounds(a.rowUpper),
      matrix: { format: "csr", numRows: a.numRows, numCols: n, starts: a.starts, indices: a.indices, values: a.values },
    });
    try {
      // Presolve off: on this model (mostly balance rows, one per family-month) HiGHS's presolve costs
      // more than it saves; measured on a 300 x 18 x 40 plan, the same 12,860 simplex iterations
      // took 2.9-3.7 s without it and 5.3-8.9 s with it (src/bench/balance.ts has the sizes).
      model.options.set({ output_flag: false, presolve: "off" });
      model.run();
      const code = model.getModelStatus();
      const optimal = code === optimalCode;
      return {
        status: optimal ? "Optimal" : (statusWords.get(code) ?? `status ${code}`),
        objective: optimal ? model.getObjectiveValue() : NaN,
        // A copy of its own (HiGHS's returned arrays outlive the model), not a view of HiGHS's memory.
        values: optimal ? model.getSolution().colValue : new Float64Array(n),
      };
    } finally {
      model.dispose();
    }
  };
  return {
    name,
    solveArrays,
    solve: (lp: LpModel) => solveArrays(lpArrays(lp)),
    get memoryBytes() {
      return highs.memoryBytes;
    },
  };
}
