/**
 * Small derivative-free optimisers for fitting smoothing parameters, written from the textbook
 * definitions so any method can reuse them without a dependency:
 *
 * - `nelderMead`: the simplex method of Nelder & Mead (1965) with the standard coefficients
 *   (reflection 1, expansion 2, contraction 0.5, shrink 0.5), as in Lagarias et al. (1998).
 * - `goldenSection`: golden-section search for a minimum of a 1-D function on [a, b] (Kiefer 1953).
 *
 * Both treat a non-finite objective value as +Infinity, so a caller can return NaN or Infinity
 * for a point outside its admissible region (a penalty) without breaking the search.
 */

export interface NelderMeadOptions {
  /** Maximum number of iterations (default 500). */
  maxIter?: number;
  /** Stop when the spread of function values over the simplex falls below tol (default 1e-10). */
  tol?: number;
  /** Initial simplex edge along each axis: one number for all axes, or one per axis (default 0.1, or 10% of |x0_i|). */
  step?: number | readonly number[];
}

export interface OptimumResult {
  x: number[];
  value: number;
  iterations: number;
}

function safe(f: (x: number[]) => number, x: number[]): number {
  const v = f(x);
  return Number.isFinite(v) ? v : Infinity;
}

/** Minimises f over R^d from x0 with the Nelder–Mead simplex method. */
export function nelderMead(f: (x: number[]) => number, x0: readonly number[], options: NelderMeadOptions = {}): OptimumResult {
  const d = x0.length;
  const maxIter = options.maxIter ?? 500;
  const tol = options.tol ?? 1e-10;
  const stepOf = (i: number): number => {
    const s = options.step;
    if (typeof s === "number") return s;
    if (s !== undefined && s[i] !== undefined) return s[i];
    return x0[i] !== 0 ? 0.1 * Math.abs(x0[i]) : 0.1;
  };
  // The initial simplex: x0 and x0 moved along each axis.
  const simplex: number[][] = [x0.slice()];
  for (let i = 0; i < d; i++) {
    const p = x0.slice();
    p[i] += stepOf(i);
    simplex.push(p);
  }
  let values = simplex.map((p) => safe(f, p));
  let iter = 0;
  for (; iter < maxIter; iter++) {
    // Order best first.
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const sorted = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    for (let i = 0; i <= d; i++) simplex[i] = sorted[i];
    const best = values[0];
    const worst = values[d];
    if (Math.abs(worst - best) <= tol * (Math.abs(best) + tol)) break;
    // Centroid of all points but the worst.
    const centroid = new Array<number>(d).fill(0);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) centroid[j] += simplex[i][j] / d;
    const along = (t: number): number[] => centroid.map((c, j) => c + t * (simplex[d][j] - c));
    const reflected = along(-1);
    const fr = safe(f, reflected);
    if (fr < values[0]) {
      const expanded = along(-2);
      const fe = safe(f, expanded);
      if (fe < fr) {
        simplex[d] = expanded;
        values[d] = fe;
      } else {
        simplex[d] = reflected;
        values[d] = fr;
      }
      continue;
    }
    if (fr < values[d - 1]) {
      simplex[d] = reflected;
      values[d] = fr;
      continue;
    }
    // Contract: outside when the reflection beat the worst, inside otherwise.
    const outside = fr < values[d];
    const contracted = along(outside ? -0.5 : 0.5);
    const fc = safe(f, contracted);
    if (fc < (outside ? fr : values[d])) {
      simplex[d] = contracted;
      values[d] = fc;
      continue;
    }
    // Shrink every point towards the best.
    for (let i = 1; i <= d; i++) {
      simplex[i] = simplex[i].map((v, j) => simplex[0][j] + 0.5 * (v - simplex[0][j]));
      values[i] = safe(f, simplex[i]);
    }
  }
  let bestIndex = 0;
  for (let i = 1; i <= d; i++) if (values[i] < values[bestIndex]) bestIndex = i;
  return { x: simplex[bestIndex].slice(), value: values[bestIndex], iterations: iter };
}

const INV_PHI = (Math.sqrt(5) - 1) / 2;

/** Minimises a unimodal f on [a, b] by golden-section search; returns the best point seen. */
export function goldenSection(
  f: (x: number) => number,
  a: number,
  b: number,
  tol = 1e-10,
  maxIter = 200,
): { x: number; value: number } {
  const g = (x: number): number => {
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  let x1 = hi - INV_PHI * (hi - lo);
  let x2 = lo + INV_PHI * (hi - lo);
  let f1 = g(x1);
  let f2 = g(x2);
  for (let i = 0; i < maxIter && hi - lo > tol; i++) {
    if (f1 <= f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - INV_PHI * (hi - lo);
      f1 = g(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + INV_PHI * (hi - lo);
      f2 = g(x2);
    }
  }
  return f1 <= f2 ? { x: x1, value: f1 } : { x: x2, value: f2 };
}
