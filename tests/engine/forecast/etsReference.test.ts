/**
 * Our ETS against R's forecast 8.20 ets(), numbers made by scripts/r-reference/ets-reference.R into
 * tests/fixtures/forecast/ets-references.json (R's outputs only; nothing here comes from our own code's output).
 *
 * Three layers, from the exact to the statistical:
 * 1. Our recursions (etsFilter, etsPointForecast) and variance formula run with R's fitted parameters and
 *    R's initial states reproduce R's likelihood, point forecasts and (class-1 model) intervals to 1e-6.
 * 2. Maximum likelihood on a fixed spec (fitEts): the same likelihood is maximised, so ours should reach at
 *    least R's optimum. Seasonal specs: R also optimises the m − 1 free seasonal initial states; ours keeps them
 *    at their decomposition estimates, so ours may fall short by what 11 more free parameters buy.
 * 3. Automatic selection (fitAllEts): the same model where the AICc gaps are clear; what is robust where not.
 *
 * Known shortfalls of src (found by this file, reported rather than hidden) run as `it.failing`: they pass
 * while the shortfall is there and turn red when it is fixed, so the marker is then removed.
 */
import * as fs from "fs";
import * as path from "path";
import { fitEts, type EtsFit } from "../../../src/engine/forecast/etsFit";
import { etsFromFit, fitAllEts } from "../../../src/engine/forecast/ets";
import { admissible } from "../../../src/engine/forecast/etsAdmissible";
import { etsFilter, etsPointForecast, type EtsParameters, type EtsSpec } from "../../../src/engine/forecast/etsFilter";

interface RFit {
  method: string;
  components: string[];
  alpha: number;
  beta: number | null;
  gamma: number | null;
  phi: number | null;
  initialLevel: number;
  initialSlope: number | null;
  initialSeasonal: number[];
  sigma2: number;
  loglik: number;
  gaussianLogLik: number;
  aicc: number;
  parameterCount: number;
  mean: number[];
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
}
interface RSeries {
  name: string;
  period: number;
  history: number[];
  h: number;
  auto: RFit;
  fixed: Record<string, RFit>;
}
const ref = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/ets-references.json"), "utf8")) as {
  series: RSeries[];
};

/** R's components c(error, trend, season, damped) as our spec. */
function specOf(r: RFit): EtsSpec {
  const [error, trend, season, damped] = r.components;
  return {
    error: error as EtsSpec["error"],
    trend: trend === "N" ? "N" : damped === "TRUE" ? "Ad" : "A",
    season: season as EtsSpec["season"],
  };
}
const isSeasonal = (r: RFit): boolean => r.components[2] !== "N";
const code = (s: EtsSpec): string => `${s.error}${s.trend}${s.season}`;

/** R's parameters and initial state in our form. R's s1 … sm run newest first (sm is used at the first month). */
function rParams(r: RFit): EtsParameters {
  return {
    alpha: r.alpha,
    beta: r.beta ?? 0,
    gamma: r.gamma ?? 0,
    phi: r.phi ?? 1,
    level0: r.initialLevel,
    slope0: r.initialSlope ?? 0,
    seasonal0: [...r.initialSeasonal].reverse(),
  };
}

/**
 * The Gaussian log-likelihood with σ² at its maximum Σe²/n (relative errors e/ŷ and the Jacobian −Σ log ŷ for
 * multiplicative errors): the definition R's gaussianLogLik is on (see the R script's header).
 */
function gaussianLogLik(y: readonly number[], spec: EtsSpec, p: EtsParameters): number {
  const n = y.length;
  const f = etsFilter(y, spec, p, spec.error === "M");
  const sse = spec.error === "A" ? f.sumSquaredErrors : f.sumSquaredRelativeErrors;
  return (-n / 2) * (Math.log((2 * Math.PI * sse) / n) + 1) - (spec.error === "M" ? f.sumLogFitted : 0);
}
const ourLogLik = (fit: EtsFit): number => -fit.minusTwoLogLik / 2;

/** Options as R sees the series: frequency 1 allows no seasonal model. */
const optionsOf = (s: RSeries) => ({ period: s.period > 1 ? s.period : 12, seasonalMinMonths: s.period > 1 ? 24 : Infinity });
const periodOf = (s: RSeries): number => optionsOf(s).period;

const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

/** Every R fit of a series: the fixed specs and the automatic choice. */
const allFits = (s: RSeries): [string, RFit][] => [...Object.entries(s.fixed), ["auto", s.auto]];

describe("our recursions run with R's parameters and initial states give R's numbers", () => {
  for (const s of ref.series)
    for (const [label, r] of allFits(s)) {
      const spec = specOf(r);
      const p = rParams(r);

      it(`${s.name} ${label} ${r.method}: log-likelihood and point forecasts within 1e-6`, () => {
        // Same states, same recursion, same likelihood: only rounding separates the two.
        expect(relErr(gaussianLogLik(s.history, spec, p), r.gaussianLogLik)).toBeLessThan(1e-6);
        const f = etsFilter(s.history, spec, p, false);
        const mean = etsPointForecast(spec, p.phi, f.state, s.h);
        // One exception, on R's side: for M-error, M-season models forecast() takes its mean from class3(), which for a
        // damped trend sums φ⁰ … φ^(h−1) instead of the textbook φ¹ … φ^h (Hyndman et al. 2008, Table 2.1; R's own
        // class1() for ETS(A,Ad,N) above follows the textbook, as ours does): (1 − φ^h)·b apart, seen 7.7e-4 at h = 12 on
        // AirPassengers. etsHandWorked.test.ts checks the damped formula by hand.
        const tol = spec.trend === "Ad" && spec.error === "M" && spec.season === "M" ? 1e-3 : 1e-6;
        mean.forEach((v, i) => expect(relErr(v, r.mean[i])).toBeLessThan(tol));
      });

      // Additive errors are Hyndman et al.'s class 1 (and 2): R's intervals are the exact normal ones, as ours.
      // Multiplicative models differ on purpose (ours: first-order approximation; R: its class 2/3 formulas or simulation).
      if (spec.error === "A")
        it(`${s.name} ${label} ${r.method}: 80% and 95% half-widths with R's σ² within 1e-6`, () => {
          const filter = etsFilter(s.history, spec, p, false);
          const fit: EtsFit = {
            spec,
            params: p,
            parameterCount: r.parameterCount,
            minusTwoLogLik: NaN,
            aicc: NaN,
            sigma2: r.sigma2,
            filter,
          };
          const m = periodOf(s);
          const f = etsFromFit(fit, m).forecast(s.h, [0.8, 0.95]);
          // R's class1() puts γ on the second state row, which is the second seasonal state when there is no slope: for
          // ETS(A,N,A) its γ enters the variance one month early, at h = m (seen 2.5e-4 on USAccDeaths). There the
          // textbook applies (Hyndman et al. 2008, Table 6.1): no month before h = m uses an updated seasonal state, so
          // Var(m) = σ²(1 + (m − 1)α²).
          const rOffByOne = (i: number): boolean => spec.trend === "N" && spec.season === "A" && i + 1 === m;
          [0.8, 0.95].forEach((level, k) => {
            const upper = k === 0 ? r.upper80 : r.upper95;
            const z = level === 0.8 ? 1.2815515655446004 : 1.959963984540054;
            f.intervals[k].upper.forEach((u, i) => {
              const textbook = z * Math.sqrt(r.sigma2 * (1 + i * r.alpha ** 2));
              expect(relErr(u - f.mean[i], rOffByOne(i) ? textbook : upper[i] - r.mean[i])).toBeLessThan(1e-6);
            });
          });
        });
    }
});

/**
 * Tolerance on "ours ≥ R's" for a non-seasonal spec: 0.1 log-likelihood units. Where the optimum sits on a flat
 * ridge (β at its lower bound, φ barely identified) two Nelder–Mead runs stop a few hundredths apart; 0.1 moves
 * an AICc by 0.2 and an Akaike weight (which is how our baseline uses the fits) by a factor e^0.1 ≈ 1.1 at most.
 */
const LOGLIK_TOL = 0.1;
/**
 * Allowance for a seasonal spec: R optimises m − 1 = 11 more initial states. If they bought nothing real, twice
 * R's gain would be χ²(11); its 99.9% quantile is 31.26, so we allow R to be ahead by up to 15.6.
 */
const SEASONAL_ALLOWANCE = 31.26 / 2;

/**
 * Non-seasonal fits where our optimiser stops at a worse local optimum than R's (β at its lower bound while R
 * finds β near 1): reported in the session report as a bug of src/engine/forecast/etsFit.ts.
 */
const OPTIMISER_SHORTFALL = new Set(["co2 1990-1997 AAN", "co2 1990-1997 AAdN", "WWWusage AAdN"]);
/**
 * Fixed specs whose unconstrained likelihood optimum (with our decomposition's seasonal start) lies outside the
 * admissible region: R searches inside the region, we drop the model from the candidates. Searching inside it
 * too (admissibility checked at every step) made the M1 bench slower and no more accurate (sMAPE 14.23 against
 * 14.20, MASE 1.026 against 1.024), so the candidate is dropped and the others carry the choice.
 */
const INADMISSIBLE_OPTIMUM = new Set(["AirPassengers AAA"]);

describe("admissibility against R's forecast:::admissible", () => {
  // α = 0.5669, β = 1e-4, γ = 0.239 (near our ETS(A,A,A) optimum on USAccDeaths): R's admissible() says TRUE, and the
  // discount matrix's eigenvalue moduli from R's eigen() are 1 (the level / season redundancy every seasonal
  // model has), then 0.99983, 0.99249: nothing beyond 1. Ours agrees once that unit eigenvalue is taken out (etsAdmissible.ts).
  const p: EtsParameters = {
    alpha: 0.5669,
    beta: 1e-4,
    gamma: 0.239,
    phi: 1,
    level0: 0,
    slope0: 0,
    seasonal0: new Array<number>(12).fill(0),
  };
  it("ETS(A,A,A) with a small β is admissible, as in R", () => {
    expect(admissible({ error: "A", trend: "A", season: "A" }, p, 12)).toBe(true);
  });
  it("ETS(A,N,A) with the same α, γ is admissible, as in R", () => {
    expect(admissible({ error: "A", trend: "N", season: "A" }, p, 12)).toBe(true);
  });
});

describe("maximum likelihood on a fixed spec (fitEts) reaches R's optimum", () => {
  for (const s of ref.series) {
    const n = s.history.length;
    for (const [label, r] of allFits(s)) {
      const spec = specOf(r);
      const key = `${s.name} ${code(spec)}`;
      if (label === "auto" && Object.values(s.fixed).some((f) => f.method === r.method)) continue; // already fixed

      if (!isSeasonal(r)) {
        const test = OPTIMISER_SHORTFALL.has(key) ? it.failing : it;
        test(`${s.name} ${r.method}: our log-likelihood ≥ R's − ${LOGLIK_TOL}`, () => {
          const fit = fitEts(s.history, spec, periodOf(s))!;
          expect(fit).not.toBeNull();
          expect(ourLogLik(fit)).toBeGreaterThanOrEqual(r.gaussianLogLik - LOGLIK_TOL);
        });

        if (!OPTIMISER_SHORTFALL.has(key))
          it(`${s.name} ${r.method}: forecasts within 0.2 of R's 80% half-width; AICc on R's scale and parameter count as R's`, () => {
            // Forecast tolerance: on the flat ridges above, likelihoods 0.1 apart can still hold 12-month forecasts
            // several % apart (ldeaths ETS(A,A,N): β 5e-4 against 1e-4). What a planner can see is the forecast against
            // its own uncertainty, so the gap is judged in units of R's 80% half-width at each horizon.
            const fit = fitEts(s.history, spec, periodOf(s))!;
            const mean = etsFromFit(fit, periodOf(s)).forecast(s.h, []).mean;
            mean.forEach((v, i) => expect(Math.abs(v - r.mean[i])).toBeLessThanOrEqual(0.2 * (r.upper80[i] - r.mean[i])));
            // R's criterion drops the constant n(1 + log 2π) − n log n of the Gaussian likelihood (R script header);
            // without a season both count the same parameters (smoothing, initial level / slope, σ).
            expect(fit.parameterCount).toBe(r.parameterCount);
            const onRScale = fit.aicc - n * (1 + Math.log(2 * Math.PI)) + n * Math.log(n);
            expect(onRScale - r.aicc).toBeCloseTo(-2 * (ourLogLik(fit) - r.gaussianLogLik), 6);
          });
      } else {
        const test = it;
        if (INADMISSIBLE_OPTIMUM.has(key)) {
          it(`${s.name} ${r.method}: left out of our candidates, as its likelihood's optimum is not admissible`, () => {
            expect(fitEts(s.history, spec, periodOf(s))).toBeNull();
          });
          continue;
        }
        test(`${s.name} ${r.method}: our log-likelihood ≥ R's − ${SEASONAL_ALLOWANCE.toFixed(2)} (our seasonal start is not optimised)`, () => {
          // Seen (R ahead by): USAccDeaths ETS(A,N,A) 5.7, ldeaths ETS(M,N,M) 10.1, UKDriverDeaths ETS(M,N,A) 11.5.
          const fit = fitEts(s.history, spec, periodOf(s));
          expect(fit).not.toBeNull();
          expect(ourLogLik(fit!)).toBeGreaterThanOrEqual(r.gaussianLogLik - SEASONAL_ALLOWANCE);
          // We count σ, the smoothing parameters and the level / slope start; R also its m − 1 free seasonal starts.
          expect(fit!.parameterCount).toBe(r.parameterCount - (periodOf(s) - 1));
        });
      }
    }
  }
});

describe("automatic selection (fitAllEts) against R's ets()", () => {
  const byName = new Map(ref.series.map((s) => [s.name, s]));
  const ours = (s: RSeries) => {
    const fits = fitAllEts(s.history, optionsOf(s));
    return { best: fits[0], fits, mean: etsFromFit(fits[0], periodOf(s)).forecast(s.h, []).mean };
  };
  const maxRel = (a: readonly number[], b: readonly number[]) => Math.max(...a.map((v, i) => relErr(v, b[i])));

  // Where R's AICc gaps are clear both choose the same model. Forecasts: equal for a non-seasonal choice
  // (BJsales, seen 1e-6); within 6% for a seasonal one, as our seasonal start comes from the decomposition and
  // R's from the likelihood (seen: USAccDeaths 3.2%, ldeaths 4.5%, UKDriverDeaths 4.1%).
  for (const [name, tol] of [
    ["USAccDeaths", 0.06],
    ["UKDriverDeaths", 0.06],
    ["BJsales", 1e-3],
  ] as const) {
    it(`${name}: the same model as R (${byName.get(name)!.auto.method}), forecasts within ${tol * 100}%`, () => {
      const s = byName.get(name)!;
      const o = ours(s);
      expect(code(o.best.spec)).toBe(code(specOf(s.auto)));
      expect(maxRel(o.mean, s.auto.mean)).toBeLessThan(tol);
    });
  }

  it("AirPassengers: R picks ETS(M,Ad,M); ours a multiplicative error and season too, forecasts within 10%", () => {
    // What is robust is the multiplicative season (the swing grows with the level) and the error type; R's damped
    // trend is not: R's AICc gaps between the trended multiplicative models are a few units, and ours are on a
    // different footing (we do not count the 11 seasonal starts as parameters, nor optimise them). Ours is
    // ETS(M,A,M), with ETS(M,Ad,M) second, about 10 AICc units behind.
    const s = byName.get("AirPassengers")!;
    const o = ours(s);
    expect(o.best.spec.error).toBe("M");
    expect(o.best.spec.season).toBe("M");
    expect(maxRel(o.mean, s.auto.mean)).toBeLessThan(0.1);
  });

  it("AirPassengers: R's ETS(M,Ad,M) is among our candidate fits", () => {
    const o = ours(byName.get("AirPassengers")!);
    expect(o.fits.map((f) => code(f.spec))).toContain("MAdM");
  });

  it("ldeaths: R picks ETS(M,N,M); ours a multiplicative season too, forecasts within 6%", () => {
    // Ours adds a small trend, ETS(M,A,M): its AICc is within a few units of ETS(M,N,M) on our footing (the
    // seasonal starts neither optimised nor counted), which is where R's and ours can rank two models apart.
    const s = byName.get("ldeaths")!;
    const o = ours(s);
    expect(o.best.spec.season).toBe("M");
    expect(o.fits.map((f) => code(f.spec))).toContain("MNM");
    expect(maxRel(o.mean, s.auto.mean)).toBeLessThan(0.06);
  });

  it("co2 1990-1997: R picks ETS(A,A,A); ours has an additive season and a trend, forecasts within 1%", () => {
    // A steady rise with a fixed swing: additive season and a trend are what matters; seen 0.07% apart.
    const s = byName.get("co2 1990-1997")!;
    const o = ours(s);
    expect(o.best.spec.season).toBe("A");
    expect(o.best.spec.trend).not.toBe("N");
    expect(maxRel(o.mean, s.auto.mean)).toBeLessThan(0.01);
  });

  it("WWWusage: R picks ETS(A,Ad,N); ours a trended non-seasonal model, forecasts within 10%", () => {
    // Ours is ETS(A,A,N) because our ETS(A,Ad,N) fit stops 5 log-likelihood units below R's (OPTIMISER_SHORTFALL);
    // seen 7.5% apart at 12 months (undamped against damped).
    const s = byName.get("WWWusage")!;
    const o = ours(s);
    expect(o.best.spec.season).toBe("N");
    expect(o.best.spec.trend).not.toBe("N");
    expect(maxRel(o.mean, s.auto.mean)).toBeLessThan(0.1);
  });
});
