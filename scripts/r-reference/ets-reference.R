# Reference numbers for src/engine/forecast/ets.ts and etsFit.ts from R's forecast package
# (run with R 4.2 / forecast 8.20, from the repository root):
#   Rscript scripts/r-reference/ets-reference.R
# writes tests/fixtures/forecast/ets-references.json, which tests/engine/forecast/etsReference.test.ts
# compares against. Only R's outputs are used (no code is ported from it).
#
# Log-likelihoods. R's ets()$loglik is −½ of its optimisation criterion,
#   additive errors        n · log Σ e²
#   multiplicative errors  n · log Σ (e / ŷ)² + 2 Σ log |ŷ|
# i.e. the Gaussian log-likelihood with σ² profiled out, up to a constant that is the same for every model
# of one series. `gaussianLogLik` adds that constant back so the number is the full Gaussian
# log-likelihood at σ² = Σ e² / n (on the relative scale for multiplicative errors):
#   gaussianLogLik = loglik − n/2 · (1 + log(2π) − log n)
# which is what −½ · EtsFit.minusTwoLogLik is in our code. R's aicc is kept as R reports it (R counts
# every initial state, seasonal ones included, as a parameter).
suppressMessages(library(forecast))
library(jsonlite)

set.seed(20240601) # forecast.ets simulates the intervals of some multiplicative models

# Absent parameters (no β without trend…) are written as null.
num <- function(x) if (length(x) == 0 || is.na(x)) NA_real_ else unname(as.numeric(x))

fit_case <- function(fit, y, h) {
  n <- length(y)
  f <- forecast(fit, h = h, level = c(80, 95))
  p <- fit$par
  list(
    method = fit$method,
    components = as.character(fit$components),
    alpha = num(p["alpha"]), beta = num(p["beta"]), gamma = num(p["gamma"]), phi = num(p["phi"]),
    initialLevel = num(fit$initstate["l"]),
    initialSlope = num(fit$initstate["b"]),
    # R's seasonal initial states s1 … sm: s1 is the state of the month just before the first observation,
    # sm the one used at the first observation (so the first month of the series uses sm, the m-th uses s1).
    initialSeasonal = if (fit$components[3] == "N") list() else unname(as.numeric(fit$initstate[grepl("^s", names(fit$initstate))])),
    sigma2 = fit$sigma2,
    loglik = fit$loglik,
    gaussianLogLik = fit$loglik - n / 2 * (1 + log(2 * pi) - log(n)),
    aicc = fit$aicc,
    parameterCount = length(fit$par) + 1,
    mean = as.numeric(f$mean),
    lower80 = as.numeric(f$lower[, 1]), upper80 = as.numeric(f$upper[, 1]),
    lower95 = as.numeric(f$lower[, 2]), upper95 = as.numeric(f$upper[, 2])
  )
}

series_case <- function(name, y, h = 12) {
  seasonal <- frequency(y) > 1
  fixed <- list(
    ANN = fit_case(ets(y, model = "ANN"), y, h),
    AAN = fit_case(ets(y, model = "AAN", damped = FALSE), y, h),
    AAdN = fit_case(ets(y, model = "AAN", damped = TRUE), y, h)
  )
  if (seasonal) {
    fixed$AAA <- fit_case(ets(y, model = "AAA", damped = FALSE), y, h)
    fixed$MAM <- fit_case(ets(y, model = "MAM", damped = FALSE), y, h)
  }
  list(
    name = name,
    period = frequency(y),
    start = as.numeric(start(y)),
    history = as.numeric(y),
    h = h,
    auto = fit_case(ets(y), y, h),
    fixed = fixed
  )
}

out <- list(
  generatedBy = paste(R.version.string, "forecast", as.character(packageVersion("forecast"))),
  series = list(
    series_case("AirPassengers", AirPassengers),
    series_case("USAccDeaths", USAccDeaths),
    series_case("ldeaths", ldeaths),
    series_case("UKDriverDeaths", UKDriverDeaths),
    series_case("co2 1990-1997", window(co2, start = c(1990, 1))),
    # Not monthly, and not seasonal (frequency 1): R fits no seasonal model to them.
    series_case("WWWusage", WWWusage),
    series_case("BJsales", BJsales)
  )
)
dir.create("tests/fixtures/forecast", showWarnings = FALSE, recursive = TRUE)
write_json(out, "tests/fixtures/forecast/ets-references.json", digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")
