/**
 * Automatic exponential smoothing (Hyndman, Koehler, Snyder & Grose 2002): every admissible model of
 * error A/M × trend N/A/Ad × season N/A/M is fitted by maximum likelihood and the one with the
 * smallest AICc is kept.
 *
 * Which models are candidates, and why:
 * - multiplicative error or season only when every month is positive (they divide by the level);
 * - no additive error with a multiplicative season: those models have infinite forecast variance
 *   in the limit and are numerically unstable (Hyndman et al. 2008, §15.1);
 * - a season only with at least `seasonalMinMonths` months (two full cycles to estimate it from).
 */
import type { FitOptions, FittedModel, ForecastMethod, ForecastResult, ModelComponents } from "./types";
import { etsFilter, etsPointForecast, type EtsSpec, type SeasonType, specName, type TrendType } from "./etsFilter";
import { type EtsFit, fitEts } from "./etsFit";
import { centralZ } from "./normalQuantile";

export function candidateSpecs(history: readonly number[], options: FitOptions): EtsSpec[] {
  const positive = history.every((v) => v > 0);
  const seasons: SeasonType[] = history.length >= options.seasonalMinMonths ? ["N", "A", "M"] : ["N"];
  const trends: TrendType[] = ["N", "A", "Ad"];
  const specs: EtsSpec[] = [];
  for (const error of positive ? (["A", "M"] as const) : (["A"] as const))
    for (const trend of trends)
      for (const season of seasons) {
        if (season === "M" && (!positive || error === "A")) continue;
        specs.push({ error, trend, season });
      }
  return specs;
}

/**
 * The h-step forecast variance multipliers c_j (Hyndman et al. 2008, Table 6.1, class 1):
 * Var(h) = σ² (1 + Σ_{j<h} c_j²), c_j = α + β φ_j + γ [j a multiple of m], φ_j = φ + … + φ^j.
 * Multiplicative models use the same on the relative scale (the first-order approximation of §6.4).
 */
function varianceMultipliers(fit: EtsFit, h: number, m: number): number[] {
  const { alpha, beta, gamma, phi } = fit.params;
  const out: number[] = [];
  let sum = 1;
  let phiJ = 0;
  for (let j = 1; j <= h; j++) {
    out.push(sum);
    phiJ += fit.spec.trend === "Ad" ? phi ** j : 1;
    const c = alpha + (fit.spec.trend === "N" ? 0 : beta * phiJ) + (fit.spec.season !== "N" && j % m === 0 ? gamma : 0);
    sum += c * c;
  }
  return out;
}

function etsModel(fit: EtsFit, m: number): FittedModel {
  const state = fit.filter.state;
  const phi = fit.spec.trend === "Ad" ? fit.params.phi : 1;
  let fitted: number[] | null = null;
  let components: ModelComponents | null = null;
  return {
    name: specName(fit.spec),
    // Made when asked for: the rolling-origin errors refilter a model hundreds of times and never ask.
    get fitted() {
      return (fitted ??= Array.from(fit.filter.fitted));
    },
    aicc: fit.aicc,
    get components() {
      return (components ??= {
        level: state.level,
        slopePerMonth: fit.spec.trend === "N" ? 0 : phi * state.slope,
        seasonal: fit.spec.season === "N" ? null : Array.from({ length: m }, (_, j) => state.seasonal[(state.time + j) % m]),
        seasonalKind: fit.spec.season === "N" ? null : fit.spec.season === "A" ? "additive" : "multiplicative",
      });
    },
    forecast(h: number, levels: readonly number[]): ForecastResult {
      const mean = etsPointForecast(fit.spec, phi, state, h);
      if (levels.length === 0) return { mean, intervals: [] };
      const multipliers = varianceMultipliers(fit, h, m);
      const sd = mean.map((mu, i) => {
        const relative = Math.sqrt(fit.sigma2 * multipliers[i]);
        return fit.spec.error === "M" ? Math.abs(mu) * relative : relative;
      });
      return {
        mean,
        intervals: levels.map((level) => {
          const z = centralZ(level);
          return {
            level,
            lower: mean.map((mu, i) => Math.max(0, mu - z * sd[i])),
            upper: mean.map((mu, i) => mu + z * sd[i]),
          };
        }),
      };
    },
    refilter(values: readonly number[]): FittedModel {
      const filter = etsFilter(values, fit.spec, fit.params, false);
      return etsModel({ ...fit, filter }, m);
    },
  };
}

/** All candidate fits that succeeded, best AICc first. */
export function fitAllEts(history: readonly number[], options: FitOptions): EtsFit[] {
  const fits: EtsFit[] = [];
  for (const spec of candidateSpecs(history, options)) {
    const fit = fitEts(history, spec, options.period);
    if (fit !== null && Number.isFinite(fit.aicc)) fits.push(fit);
  }
  return fits.sort((a, b) => a.aicc - b.aicc);
}

export function etsFromFit(fit: EtsFit, m: number): FittedModel {
  return etsModel(fit, m);
}

export const autoEts: ForecastMethod = {
  name: "ETS",
  fit(history, options) {
    const fits = fitAllEts(history, options);
    return fits.length > 0 ? etsModel(fits[0], options.period) : null;
  },
};
