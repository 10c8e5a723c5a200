/**
 * An LpModel as CPLEX LP text, the format HiGHS, GLPK (glpsol --lp), CPLEX, Gurobi and CBC all read,
 * so anyone can re-solve the balancing model with another solver (SPEC.md "Balancing", --lp).
 * Long expressions are broken over lines (CPLEX reads at most 255 characters a line); numbers are
 * written in full precision (JavaScript's shortest round-trip form), so the re-solved model is the same.
 */
import type { LpModel } from "./lpModel";

const TERMS_PER_LINE = 8;

function term(value: number, name: string, first: boolean): string {
  const sign = value < 0 ? "-" : first ? "" : "+";
  const size = Math.abs(value);
  return `${sign}${sign ? " " : ""}${size === 1 ? "" : `${size} `}${name}`;
}

function expression(
  lines: string[],
  head: string,
  names: readonly string[],
  columns: ArrayLike<number>,
  values: ArrayLike<number>,
): void {
  let line = head;
  for (let k = 0; k < columns.length; k++) {
    if (k > 0 && k % TERMS_PER_LINE === 0) {
      lines.push(line);
      line = "   ";
    }
    line += ` ${term(values[k], names[columns[k]], k === 0)}`;
  }
  lines.push(line);
}

/** @param comment lines written at the top as `\` comments (what the model is, where it came from) */
export function toLpFormat(model: LpModel, comment: readonly string[] = []): string {
  const lines: string[] = comment.map((c) => `\\ ${c.replace(/[\r\n]+/g, " ")}`);
  lines.push("Minimize");
  const costCols: number[] = [];
  const costs: number[] = [];
  model.colCost.forEach((c, i) => {
    if (c !== 0) {
      costCols.push(i);
      costs.push(c);
    }
  });
  // An objective needs a term: a model without costs minimizes 0 times its first column.
  if (costCols.length === 0 && model.columns > 0) {
    lines.push(` obj: 0 ${model.colNames[0]}`);
  } else {
    expression(lines, " obj:", model.colNames, costCols, costs);
  }
  lines.push("Subject To");
  for (let r = 0; r < model.rows; r++) {
    const start = model.rowStart[r];
    const end = model.rowStart[r + 1];
    const cols = model.rowIndex.slice(start, end);
    const vals = model.rowValue.slice(start, end);
    const head = ` ${model.rowNames[r]}:`;
    if (cols.length === 0) {
      // An empty row (all coefficients cancelled) is written with a zero term so it stays a valid row.
      lines.push(`${head} 0 ${model.colNames[0]} ${model.rowSense[r]} ${model.rowRhs[r]}`);
      continue;
    }
    expression(lines, head, model.colNames, cols, vals);
    lines[lines.length - 1] += ` ${model.rowSense[r]} ${model.rowRhs[r]}`;
  }
  // Columns are >= 0 by default in LP format; only finite upper bounds are written.
  const bounds = model.colUpper.flatMap((u, i) => (Number.isFinite(u) ? [` 0 <= ${model.colNames[i]} <= ${u}`] : []));
  if (bounds.length > 0) lines.push("Bounds", ...bounds);
  lines.push("End", "");
  return lines.join("\n");
}
