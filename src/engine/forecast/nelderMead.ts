/**
 * Nelder & Mead's downhill simplex ("A simplex method for function minimization", The Computer
 * Journal 7, 1965), with the usual coefficients (reflection 1, expansion 2, contraction ½, shrink ½).
 * It needs no derivatives, which suits likelihoods that are Infinity outside the admissible region:
 * a vertex there is simply worse than every vertex inside.
 */
export interface NelderMeadOptions {
  /** Initial simplex: x0 plus one vertex per coordinate, moved by step[i]. */
  step: readonly number[];
  /** Stop after this many evaluations of f. */
  maxEvaluations: number;
  /** Stop when the simplex's values agree within tol (relative to their size) . */
  tolerance: number;
}

export interface NelderMeadResult {
  x: number[];
  value: number;
  evaluations: number;
}

export function nelderMead(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions,
): NelderMeadResult {
  const n = x0.length;
  let evaluations = 0;
  const evaluate = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };
  const simplex: number[][] = [Array.from(x0)];
  for (let i = 0; i < n; i++) {
    const v = Array.from(x0);
    v[i] += options.step[i];
    simplex.push(v);
  }
  const values = simplex.map(evaluate);
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const centroid = new Array<number>(n);
  const along = (from: number[], towards: number[], t: number): number[] =>
    from.map((c, i) => c + t * (towards[i] - c));

  while (evaluations < options.maxEvaluations) {
    order.sort((a, b) => values[a] - values[b]);
    const best = order[0];
    const worst = order[n];
    const secondWorst = order[n - 1];
    const spread = Math.abs(values[worst] - values[best]);
    if (Number.isFinite(values[worst]) && spread <= options.tolerance * (Math.abs(values[best]) + 1e-10)) break;

    centroid.fill(0);
    for (const i of order.slice(0, n)) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;

    const reflected = along(centroid, simplex[worst], -1);
    const fr = evaluate(reflected);
    if (fr < values[best]) {
      const expanded = along(centroid, simplex[worst], -2);
      const fe = evaluate(expanded);
      if (fe < fr) {
        simplex[worst] = expanded;
        values[worst] = fe;
      } else {
        simplex[worst] = reflected;
        values[worst] = fr;
      }
      continue;
    }
    if (fr < values[secondWorst]) {
      simplex[worst] = reflected;
      values[worst] = fr;
      continue;
    }
    // Contract: outside when the reflection beat the worst vertex, inside otherwise.
    const outside = fr < values[worst];
    const contracted = along(centroid, outside ? reflected : simplex[worst], 0.5);
    const fc = evaluate(contracted);
    if (fc < (outside ? fr : values[worst])) {
      simplex[worst] = contracted;
      values[worst] = fc;
      continue;
    }
    for (const i of order.slice(1)) {
      simplex[i] = along(simplex[best], simplex[i], 0.5);
      values[i] = evaluate(simplex[i]);
    }
  }
  let bestIndex = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[bestIndex]) bestIndex = i;
  return { x: simplex[bestIndex], value: values[bestIndex], evaluations };
}
