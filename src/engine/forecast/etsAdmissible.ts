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

/** A square matrix, row-major. */
interface Square {
  size: number;
  data: Float64Array;
}

function discountMatrix(spec: EtsSpec, p: EtsParameters, m: number): Square {
  const hasTrend = spec.trend !== "N";
  const phi = spec.trend === "Ad" ? p.phi : 1;
  const seasons = spec.season === "N" ? 0 : m;
  // State x = (level, [slope], [s_1 … s_m]) with s_1 the newest seasonal state.
  const size = 1 + (hasTrend ? 1 : 0) + seasons;
  const F = new Float64Array(size * size);
  const w = new Float64Array(size);
  const g = new Float64Array(size);
  F[0] = 1;
  w[0] = 1;
  g[0] = p.alpha;
  let next = 1;
  if (hasTrend) {
    F[1] = phi;
    F[size + 1] = phi;
    w[1] = phi;
    g[1] = p.beta;
    next = 2;
  }
  if (seasons > 0) {
    F[next * size + next + seasons - 1] = 1; // the new s_1 starts from the old s_m
    for (let j = 1; j < seasons; j++) F[(next + j) * size + next + j - 1] = 1;
    w[next + seasons - 1] = 1;
    g[next] = p.gamma;
  }
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) F[i * size + j] -= g[i] * w[j];
  return { size, data: F };
}

/**
 * D on R^n / span(v) for a seasonal model, in the coordinates without the level: a class is
 * represented by its vector with level 0, so column k is D e_k − (D e_k)_level · v, level row dropped.
 */
function withoutSeasonalNormalisation(d: Square, seasonStart: number): Square {
  const n = d.size;
  const size = n - 1;
  const data = new Float64Array(size * size);
  for (let i = 1; i < n; i++) {
    const v = i >= seasonStart ? -1 : 0;
    for (let k = 1; k < n; k++) data[(i - 1) * size + (k - 1)] = d.data[i * n + k] - d.data[k] * v;
  }
  return { size, data };
}

/** out = a · a (out a different buffer). */
function square(a: Float64Array, n: number, out: Float64Array): void {
  out.fill(0);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k];
      if (aik === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j] += aik * a[k * n + j];
    }
}

/** ρ(D) estimated as ‖D^(2^20)‖^(2^−20). */
export function spectralRadius(d: Square): number {
  const n = d.size;
  let matrix = Float64Array.from(d.data);
  let spare = new Float64Array(n * n);
  let logScale = 0; // log of the factor divided out so far: D^(2^k) = matrix · e^logScale
  const squarings = 20;
  for (let k = 0; k < squarings; k++) {
    square(matrix, n, spare);
    [matrix, spare] = [spare, matrix];
    logScale *= 2;
    let norm = 0;
    for (let i = 0; i < matrix.length; i++) norm += matrix[i] * matrix[i];
    norm = Math.sqrt(norm);
    if (norm === 0) return 0;
    if (!Number.isFinite(norm)) return Infinity;
    logScale += Math.log(norm);
    for (let i = 0; i < matrix.length; i++) matrix[i] /= norm;
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
