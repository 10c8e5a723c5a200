/**
 * Maximum-likelihood fit of one ETS model (Hyndman et al. 2008, §5.2): the smoothing parameters and
 * the initial state together, by Nelder–Mead, within the usual region 0 < β < α < 1,
 * 0 < γ < 1 − α, 0.8 ≤ φ ≤ 0.98, and then kept only if admissible. The series is divided by its
 * mean first, so a history in units or in billions is fitted alike.
 *
 * Concentrated likelihoods (σ² profiled out), up to constants common to all models of one history:
 *   additive errors        n · log Σ e²
 *   multiplicative errors  n · log Σ (e / ŷ)² + 2 Σ log ŷ
 */
import { admissible } from "./etsAdmissible";
import { emptyRun, etsFilter, type EtsParameters, type EtsSpec, type FilterResult, type FilterRun, runFilter } from "./etsFilter";
import { initialState } from "./etsInitialState";
import { nelderMead } from "./optimize";

export interface EtsFit {
  spec: EtsSpec;
  /** Parameters on the history's own scale. */
  params: EtsParameters;
  /** Number of estimated parameters including σ (for AICc). */
  parameterCount: number;
  /** −2 log-likelihood on the history's own scale. */
  minusTwoLogLik: number;
  aicc: number;
  /** Innovation variance: of e for additive errors, of e / ŷ for multiplicative ones. */
  sigma2: number;
  filter: FilterResult;
}

const LOWER = 1e-4;
const UPPER = 0.9999;
const PHI_MIN = 0.8;
const PHI_MAX = 0.98;

interface Layout {
  hasTrend: boolean;
  damped: boolean;
  seasonal: boolean;
}

/**
 * The free parameters in a vector: α, [β], [γ], [φ], ℓ0, [b0]. The seasonal initial states stay at
 * their decomposition estimates (initialState): optimising those 11 more dimensions made the fit four
 * times slower and no more accurate on the M1 series (docs/forecasting.md has the figures).
 */
function unpack(x: readonly number[], layout: Layout, seasonal0: readonly number[]): EtsParameters | null {
  let i = 0;
  const alpha = x[i++];
  const beta = layout.hasTrend ? x[i++] : 0;
  const gamma = layout.seasonal ? x[i++] : 0;
  const phi = layout.damped ? x[i++] : 1;
  if (!(alpha >= LOWER && alpha <= UPPER)) return null;
  if (layout.hasTrend && !(beta >= LOWER && beta <= alpha)) return null;
  if (layout.seasonal && !(gamma >= LOWER && gamma <= 1 - alpha)) return null;
  if (layout.damped && !(phi >= PHI_MIN && phi <= PHI_MAX)) return null;
  const level0 = x[i++];
  const slope0 = layout.hasTrend ? x[i++] : 0;
  return { alpha, beta, gamma, phi, level0, slope0, seasonal0 };
}

function objective(filter: FilterRun, n: number, error: "A" | "M"): number {
  if (!filter.valid) return Infinity;
  if (error === "A") return filter.sumSquaredErrors > 0 ? n * Math.log(filter.sumSquaredErrors) : -1e300;
  return n * Math.log(filter.sumSquaredRelativeErrors) + 2 * filter.sumLogFitted;
}

/** Fits `spec` to `y` (clean, and positive where the spec has a multiplicative part); null when it cannot. */
export function fitEts(y: readonly number[], spec: EtsSpec, m: number): EtsFit | null {
  const n = y.length;
  const scale = y.reduce((s, v) => s + Math.abs(v), 0) / n;
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  const z = Float64Array.from(y, (v) => v / scale);
  const layout: Layout = { hasTrend: spec.trend !== "N", damped: spec.trend === "Ad", seasonal: spec.season !== "N" };
  const multiplicativeSeason = spec.season === "M";
  const needPositive = spec.error === "M";
  const start = initialState(Array.from(z), spec, m);

  const x0: number[] = [0.3];
  const step: number[] = [0.1];
  if (layout.hasTrend) (x0.push(0.03), step.push(0.02));
  if (layout.seasonal) (x0.push(0.05), step.push(0.05));
  if (layout.damped) (x0.push(0.95), step.push(0.02));
  (x0.push(start.level0), step.push(0.1 * Math.max(Math.abs(start.level0), 0.1)));
  if (layout.hasTrend) (x0.push(start.slope0), step.push(0.01));

  // One set of buffers for every run the optimiser asks for.
  const seasonal = new Float64Array(start.seasonal0.length);
  const run = emptyRun();
  const f = (x: readonly number[]): number => {
    const p = unpack(x, layout, start.seasonal0);
    if (p === null) return Infinity;
    return objective(runFilter(z, spec, p, needPositive, seasonal, null, run), n, spec.error);
  };
  const dims = x0.length;
  let result = nelderMead(f, x0, { step, maxIter: 100 * dims, tol: 1e-8 });
  // One restart from the optimum: Nelder–Mead's simplex may have collapsed early.
  result = nelderMead(f, result.x, { step: step.map((s) => s / 2), maxIter: 50 * dims, tol: 1e-10 });
  if (!Number.isFinite(result.value)) return null;
  const scaled = unpack(result.x, layout, start.seasonal0);
  if (scaled === null || !admissible(spec, scaled, m)) return null;

  const params: EtsParameters = {
    ...scaled,
    level0: scaled.level0 * scale,
    slope0: scaled.slope0 * scale,
    seasonal0: multiplicativeSeason ? scaled.seasonal0 : scaled.seasonal0.map((s) => s * scale),
  };
  const filter = etsFilter(y, spec, params, needPositive);
  if (!filter.valid) return null;
  // Parameters for AICc: those the likelihood chose, and σ. The seasonal initial states come from
  // the decomposition, not the likelihood; counting them too (as where they are optimised) favoured
  // non-seasonal models and cost accuracy on the M1 series (sMAPE 15.00 against 14.73).
  const k = dims + 1;
  if (n - k - 1 <= 0) return null;
  const sse = spec.error === "A" ? filter.sumSquaredErrors : filter.sumSquaredRelativeErrors;
  const minusTwoLogLik =
    n * Math.log(Math.max(sse, 1e-300) / n) +
    n * (1 + Math.log(2 * Math.PI)) +
    (spec.error === "M" ? 2 * filter.sumLogFitted : 0);
  const aic = minusTwoLogLik + 2 * k;
  const aicc = aic + (2 * k * (k + 1)) / (n - k - 1);
  return { spec, params, parameterCount: k, minusTwoLogLik, aicc, sigma2: sse / Math.max(1, n - k), filter };
}
