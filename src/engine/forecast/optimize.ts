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

/**
 * Minimises f over R^d from x0 with the Nelder–Mead simplex method. The points are a fixed set of
 * arrays, moved around and overwritten in place (f must not keep the array it is given): a fit runs
 * this loop hundreds of times, and fresh arrays per step were a sixth of its time in garbage collection.
 */
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
  const values = simplex.map((p) => safe(f, p));
  const centroid = new Array<number>(d).fill(0);
  // Trial points; one taken into the simplex swaps places with the worst point it replaces.
  let reflected = new Array<number>(d).fill(0);
  let expanded = new Array<number>(d).fill(0);
  let contracted = new Array<number>(d).fill(0);
  const along = (t: number, out: number[]): number[] => {
    for (let j = 0; j < d; j++) out[j] = centroid[j] + t * (simplex[d][j] - centroid[j]);
    return out;
  };
  const replaceWorst = (point: number[], value: number): number[] => {
    const old = simplex[d];
    simplex[d] = point;
    values[d] = value;
    return old;
  };
  let iter = 0;
  for (; iter < maxIter; iter++) {
    // Order best first (an insertion sort: stable, as Array.prototype.sort).
    for (let i = 1; i <= d; i++) {
      const v = values[i];
      const p = simplex[i];
      let j = i - 1;
      for (; j >= 0 && values[j] > v; j--) {
        values[j + 1] = values[j];
        simplex[j + 1] = simplex[j];
      }
      values[j + 1] = v;
      simplex[j + 1] = p;
    }
    const best = values[0];
    const worst = values[d];
    if (Math.abs(worst - best) <= tol * (Math.abs(best) + tol)) break;
    // Centroid of all points but the worst.
    centroid.fill(0);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) centroid[j] += simplex[i][j] / d;
    const fr = safe(f, along(-1, reflected));
    if (fr < values[0]) {
      const fe = safe(f, along(-2, expanded));
      if (fe < fr) expanded = replaceWorst(expanded, fe);
      else reflected = replaceWorst(reflected, fr);
      continue;
    }
    if (fr < values[d - 1]) {
      reflected = replaceWorst(reflected, fr);
      continue;
    }
    // Contract: outside when the reflection beat the worst, inside otherwise.
    const outside = fr < values[d];
    const fc = safe(f, along(outside ? -0.5 : 0.5, contracted));
    if (fc < (outside ? fr : values[d])) {
      contracted = replaceWorst(contracted, fc);
      continue;
    }
    // Shrink every point towards the best.
    for (let i = 1; i <= d; i++) {
      const p = simplex[i];
      for (let j = 0; j < d; j++) p[j] = simplex[0][j] + 0.5 * (p[j] - simplex[0][j]);
      values[i] = safe(f, p);
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
