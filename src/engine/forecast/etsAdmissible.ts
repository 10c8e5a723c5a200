/**
 * Whether smoothing parameters are admissible (forecastable): the discount matrix D = F − g w' of the
 * linear state-space form has every eigenvalue inside the unit circle, so the effect of old
 * observations on the forecast dies out (Hyndman et al. 2008, §10.2; the multiplicative forms are
 * judged by their linear counterparts, as there).
 *
 * The spectral radius is read off Gelfand's formula ρ(D) = lim ‖D^k‖^{1/k} with k = 2^20 reached by
 * repeated squaring (normalised at each step so nothing overflows): exact enough for a yes / no at the
 * boundary, and no eigenvalue solver to hand-write for a 14 × 14 matrix.
 *
 * Every seasonal model has the eigenvalue 1 exactly, whatever its parameters: adding c to the level
 * and taking c from every seasonal state changes no forecast (v = (1, 0, −1, …, −1) has w'v = 0 and
 * Fv = v). That direction is the seasonal normalisation, not a memory that fails to die out, so it is
 * taken out before the radius is read: D acts on the quotient space R^n / span(v), whose matrix has
 * D's other eigenvalues. (Left in, the unit eigenvalue's estimate lands at 1 + log‖P‖ / 2^k and
 * rejects every seasonal model with a small slope parameter, whose projection P is large.)
 */
import type { EtsParameters, EtsSpec } from "./etsFilter";

function discountMatrix(spec: EtsSpec, p: EtsParameters, m: number): number[][] {
  const hasTrend = spec.trend !== "N";
  const phi = spec.trend === "Ad" ? p.phi : 1;
  const seasons = spec.season === "N" ? 0 : m;
  // State x = (level, [slope], [s_1 … s_m]) with s_1 the newest seasonal state.
  const size = 1 + (hasTrend ? 1 : 0) + seasons;
  const F = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const w = new Array<number>(size).fill(0);
  const g = new Array<number>(size).fill(0);
  F[0][0] = 1;
  w[0] = 1;
  g[0] = p.alpha;
  let next = 1;
  if (hasTrend) {
    F[0][1] = phi;
    F[1][1] = phi;
    w[1] = phi;
    g[1] = p.beta;
    next = 2;
  }
  if (seasons > 0) {
    F[next][next + seasons - 1] = 1; // the new s_1 starts from the old s_m
    for (let j = 1; j < seasons; j++) F[next + j][next + j - 1] = 1;
    w[next + seasons - 1] = 1;
    g[next] = p.gamma;
  }
  return F.map((row, i) => row.map((v, j) => v - g[i] * w[j]));
}

/**
 * D on R^n / span(v) for a seasonal model, in the coordinates without the level: a class is
 * represented by its vector with level 0, so column k is D e_k − (D e_k)_level · v, level row dropped.
 */
function withoutSeasonalNormalisation(d: number[][], seasonStart: number): number[][] {
  const v = (i: number) => (i >= seasonStart ? -1 : 0);
  const n = d.length;
  const q: number[][] = [];
  for (let i = 1; i < n; i++) {
    const row: number[] = [];
    for (let k = 1; k < n; k++) row.push(d[i][k] - d[0][k] * v(i));
    q.push(row);
  }
  return q;
}

function multiply(a: number[][], b: number[][]): number[][] {
  const n = a.length;
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const aik = a[i][k];
      if (aik === 0) continue;
      for (let j = 0; j < n; j++) out[i][j] += aik * b[k][j];
    }
  return out;
}

/** ρ(D) estimated as ‖D^(2^20)‖^(2^−20). */
export function spectralRadius(d: number[][]): number {
  let matrix = d;
  let logScale = 0; // log of the factor divided out so far: D^(2^k) = matrix · e^logScale
  const squarings = 20;
  for (let k = 0; k < squarings; k++) {
    matrix = multiply(matrix, matrix);
    logScale *= 2;
    let norm = 0;
    for (const row of matrix) for (const v of row) norm += v * v;
    norm = Math.sqrt(norm);
    if (norm === 0) return 0;
    if (!Number.isFinite(norm)) return Infinity;
    logScale += Math.log(norm);
    matrix = matrix.map((row) => row.map((v) => v / norm));
  }
  return Math.exp(logScale / 2 ** squarings);
}

export function admissible(spec: EtsSpec, p: EtsParameters, m: number): boolean {
  if (spec.trend === "Ad" && !(p.phi > 0 && p.phi <= 1)) return false;
  // A radius a hair above 1 is the boundary itself (a tiny gamma puts a root there), not divergence.
  const d = discountMatrix(spec, p, m);
  const reduced = spec.season === "N" ? d : withoutSeasonalNormalisation(d, spec.trend === "N" ? 1 : 2);
  return spectralRadius(reduced) < 1 + 1e-6;
}
