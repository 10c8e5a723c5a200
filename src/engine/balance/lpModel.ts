/**
 * A linear program in the form solvers take it: columns (variables >= 0, an optional upper bound,
 * a cost), rows (a sparse linear expression, a sense and a right-hand side) and a minimized objective.
 * Kept in flat arrays so a 180,000-column model costs a few MB, not an object per coefficient.
 */
export type RowSense = "<=" | ">=" | "=";

export class LpModel {
  readonly colNames: string[] = [];
  readonly colCost: number[] = [];
  /** Upper bound; Infinity = none. Every column is >= 0. */
  readonly colUpper: number[] = [];
  readonly rowNames: string[] = [];
  readonly rowSense: RowSense[] = [];
  readonly rowRhs: number[] = [];
  /** Row r's terms are rowIndex/rowValue[rowStart[r] .. rowStart[r + 1]). */
  readonly rowStart: number[] = [0];
  readonly rowIndex: number[] = [];
  readonly rowValue: number[] = [];

  addColumn(name: string, cost: number, upper = Infinity): number {
    this.colNames.push(name);
    this.colCost.push(cost);
    this.colUpper.push(upper);
    return this.colNames.length - 1;
  }

  /** Terms on the same column are added together. */
  addRow(name: string, columns: readonly number[], values: readonly number[], sense: RowSense, rhs: number): number {
    const merged = new Map<number, number>();
    columns.forEach((c, i) => merged.set(c, (merged.get(c) ?? 0) + values[i]));
    for (const [c, v] of merged) {
      if (v === 0) continue;
      this.rowIndex.push(c);
      this.rowValue.push(v);
    }
    this.rowNames.push(name);
    this.rowSense.push(sense);
    this.rowRhs.push(rhs);
    this.rowStart.push(this.rowIndex.length);
    return this.rowNames.length - 1;
  }

  get columns(): number {
    return this.colNames.length;
  }

  get rows(): number {
    return this.rowNames.length;
  }

  get nonzeros(): number {
    return this.rowIndex.length;
  }

  /** Σ cost x x. */
  objectiveOf(x: ArrayLike<number>): number {
    let s = 0;
    for (let c = 0; c < this.colCost.length; c++) s += this.colCost[c] * x[c];
    return s;
  }

  /** Row r's activity Σ a x. */
  activity(r: number, x: ArrayLike<number>): number {
    let s = 0;
    for (let k = this.rowStart[r]; k < this.rowStart[r + 1]; k++) s += this.rowValue[k] * x[this.rowIndex[k]];
    return s;
  }
}
